/** Sizes of the built bundles (raw and gzip) against the targets: functions ≤ 60 kB gz, pane ≤ 350 kB gz. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { Row } from "./measure";

const dist = join(__dirname, "..", "dist");
const TARGETS: [string, number][] = [
  ["functions.js", 60 * 1024],
  ["taskpane.js", 350 * 1024],
];

export function bundleBenchmarks(): { title: string; rows: Row[] }[] {
  if (!existsSync(join(dist, "functions.js"))) throw new Error("dist/ missing: `npm run bench` builds first");
  const rows: Row[] = TARGETS.map(([file, target]) => {
    const raw = readFileSync(join(dist, file));
    const gz = gzipSync(raw, { level: 9 }).length;
    return {
      name: `${file} (gzip / target)`,
      value: `${(raw.length / 1024).toFixed(1)} kB raw, ${(gz / 1024).toFixed(1)} kB gz`,
      ratio: gz / target,
      target: { max: 1, label: `≤ ${target / 1024} kB gz` },
    };
  });
  return [{ title: "Bundles (ratio = gzip size / target)", rows }];
}
