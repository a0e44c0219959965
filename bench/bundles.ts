/** Sizes of the built bundles (raw and gzip) against the targets: functions ≤ 60 kB gz, pane ≤ 350 kB gz. */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { Row } from "./measure";

const dist = join(__dirname, "..", "dist");
/** The pane is its own script and the React and Fluent scripts it shares with the preview (webpack.config.js). */
const TARGETS: [string[], number][] = [
  [["functions.js"], 60 * 1024],
  [["taskpane.js", "react.js", "fluent.js"], 350 * 1024],
];

export function bundleBenchmarks(): { title: string; rows: Row[] }[] {
  if (!existsSync(join(dist, "functions.js"))) throw new Error("dist/ missing: `npm run bench` builds first");
  const rows: Row[] = TARGETS.map(([files, target]) => {
    const raw = Buffer.concat(files.map((file) => readFileSync(join(dist, file))));
    const gz = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0);
    return {
      name: `${files.join(" + ")} (gzip / target)`,
      value: `${(raw.length / 1024).toFixed(1)} kB raw, ${(gz / 1024).toFixed(1)} kB gz`,
      ratio: gz / target,
      target: { max: 1, label: `≤ ${target / 1024} kB gz` },
    };
  });
  rows.push(...onDemandChunks());
  return [{ title: "Bundles (ratio = gzip size / target)", rows }];
}

/** The chunks loaded on demand (the later steps and panels, the Excel adapter, the preview's .xlsx code), with gzip sizes. */
function onDemandChunks(): Row[] {
  return readdirSync(dist)
    .filter((f) => f.endsWith(".chunk.js"))
    .map((file) => {
      const raw = readFileSync(join(dist, file));
      return { file, raw: raw.length, gz: gzipSync(raw, { level: 9 }).length };
    })
    .sort((a, b) => b.gz - a.gz)
    .map(({ file, raw, gz }) => ({
      name: `on demand: ${file}`,
      value: `${(raw / 1024).toFixed(1)} kB raw, ${(gz / 1024).toFixed(1)} kB gz`,
    }));
}
