// `npm run screenshots`: the browser tests with their screenshots (test-output/screenshots/), for
// people to look at and for the README's pictures (copied to docs/screenshots/ by hand). `npm test`
// runs the same tests without them (test/e2e/pane.ts, takeScreenshots).
import { spawnSync } from "node:child_process";

const run = (command, args, env = process.env) => spawnSync(command, args, { stdio: "inherit", env, shell: process.platform === "win32" });
const built = run("npm", ["run", "--silent", "build"]);
if (built.status !== 0) process.exit(built.status ?? 1);
const tests = run("npx", ["jest", "test/e2e", ...process.argv.slice(2)], { ...process.env, SCREENSHOTS: "1" });
process.exit(tests.status ?? 1);
