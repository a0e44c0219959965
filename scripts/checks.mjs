// The checks npm test runs before jest — format, lint, types and the production build — started
// side by side (a 2-core machine runs two at a time), each one's output printed when it ends, and
// the whole fails when any fails. The build must pass too: jest's browser and bundle tests use dist/.
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";

//
// Each keeps what it learnt in node_modules/.cache (webpack's modules and minified chunks, tsc's
// build info, ESLint's and Prettier's results per file content), so a second `npm test` redoes only
// what changed: on a 2-core machine the four take ~40–90 s from cold (the build's CSS extraction is
// the longest) and ~11 s warm. A fresh clone (CI) starts cold and checks everything. ESLint's cache is per file: a file that imports one
// deleted since is caught by tsc, which follows imports.
const CHECKS = [
  ["build", "npm", ["run", "--silent", "build"]],
  ["types", "npm", ["run", "--silent", "typecheck"]],
  ["lint", "npm", ["run", "--silent", "lint"]],
  ["format", "npm", ["run", "--silent", "format:check"]],
];

function run([name, command, args]) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`::: ${name} ${code === 0 ? "passed" : "FAILED"} in ${seconds} s\n`);
      if (code !== 0 || process.env.CHECKS_VERBOSE) process.stdout.write(output);
      resolve(code === 0);
    });
  });
}

const queue = [...CHECKS];
const slots = Math.max(1, Math.min(availableParallelism(), 2));
const results = await Promise.all(
  Array.from({ length: slots }, async () => {
    let ok = true;
    while (queue.length > 0) ok = (await run(queue.shift())) && ok;
    return ok;
  }),
);
process.exit(results.every(Boolean) ? 0 : 1);
