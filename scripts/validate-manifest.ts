/**
 * `npm run validate`: the offline manifest checks (scripts/manifest-checks.ts), then Microsoft's
 * official validator when its web service answers; says plainly when that part was skipped.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkManifest } from "./manifest-checks";

const root = join(__dirname, "..");
const problems = checkManifest(readFileSync(join(root, "manifest.xml"), "utf8"), join(root, "assets"));
if (problems.length > 0) {
  console.error("manifest.xml: offline checks FAILED");
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log("manifest.xml: offline checks passed (well-formed, resids, shared runtime, namespace THUIS, https, icons, GUID, permissions)");

// run the package's cli.js with node: its bin file is not marked executable in the package
const cli = require.resolve("office-addin-manifest/cli.js");
const official = spawnSync(process.execPath, [cli, "validate", "manifest.xml"], {
  cwd: root,
  encoding: "utf8",
  timeout: 60_000,
});
const output = `${official.stdout ?? ""}${official.stderr ?? ""}`;
if (/Unable to contact|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|getaddrinfo|fetch failed|socket hang up/i.test(output) || official.error) {
  console.log("official validator: SKIPPED — the Microsoft validation service could not be reached from this machine.");
} else if (official.status === 0) {
  console.log("official validator: passed");
} else {
  console.error("official validator: FAILED");
  console.error(output.trim());
  process.exit(1);
}
