// `npm run test:deep`: the suite without the browser tests, every property test drawing ten times
// the cases of `npm test` from a new seed (test/cases.ts). Slower (about ten minutes on a 2-core
// machine); it explores where npm test's fixed sample does not reach. Extra arguments go to jest,
// e.g. `npm run test:deep -- test/scenario`; VERDEELWIJZER_DEEP=<n> sets another factor and
// VERDEELWIJZER_SEED=<seed> replays a run.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const jest = createRequire(import.meta.url).resolve("jest/bin/jest");
const env = { ...process.env, VERDEELWIJZER_DEEP: process.env.VERDEELWIJZER_DEEP || "10" };
const args = [jest, "--testPathIgnorePatterns", "e2e", "--testTimeout", "600000", ...process.argv.slice(2)];
const { status } = spawnSync(process.execPath, args, { stdio: "inherit", env });
process.exit(status ?? 1);
