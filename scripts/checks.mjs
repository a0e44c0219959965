// The checks npm test runs before jest — format, lint, types and the production build — started
// side by side (a 2-core machine runs two at a time), each one's output printed when it ends, and
// the whole fails when any fails. The build must pass too: jest's browser and bundle tests use dist/.
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import records from "./check-records.js";

const { passedBefore, readState, remember } = records;

//
// Each keeps what it learnt in node_modules/.cache (webpack's modules and minified chunks, tsc's
// build info, ESLint's and Prettier's results per file content), so a second `npm test` redoes only
// what changed: on a 2-core machine the four take ~40–90 s from cold (the build's CSS extraction is
// the longest), ~11 s warm, and ~3 s when the build and the type check are known to pass (below).
// A fresh clone (CI) starts cold and checks everything. ESLint's cache is per file: a file that
// imports one deleted since is caught by tsc, which follows imports.
const CHECKS = [
  ["build", "npm", ["run", "--silent", "build"]],
  ["types", "npm", ["run", "--silent", "typecheck"]],
  ["lint", "npm", ["run", "--silent", "lint"]],
  ["format", "npm", ["run", "--silent", "format:check"]],
];

// Even warm, webpack (validating its cache, sealing, emitting) and tsc (parsing 400,000 lines of
// type definitions) take ~5 core-seconds each when nothing they read has changed. So each records
// what it read when it passed — the content of these files, and the installed packages — and the
// build what it left in dist/ (scripts/check-records.js); with both the same, it passed and is not run again. Anything else
// (a changed file, a new one, `npm install`, dist/ rebuilt in development mode or deleted) runs it.
// A fresh clone (CI) has no record. CHECKS_FORCE=1 runs every check.
const PACKAGES = ["package.json", "package-lock.json", "node_modules/.package-lock.json", "tsconfig.json"];
const INPUTS = {
  build: { read: ["src", "assets", "scripts", "webpack.config.js", "manifest.xml", ...PACKAGES], wrote: "dist" },
  types: { read: ["src", "test", "bench", "scripts", ...PACKAGES] },
};
const RECORDS = join("node_modules", ".cache", "checks");

const recordOf = (name) => join(RECORDS, `${name}.json`);
const readStateOf = (name) => (INPUTS[name] ? readState(".", INPUTS[name]) : null);

function run([name, command, args]) {
  const started = Date.now();
  const read = readStateOf(name);
  if (read !== null && !process.env.CHECKS_FORCE && passedBefore(".", INPUTS[name], recordOf(name), read)) {
    process.stdout.write(`::: ${name} passed before, and nothing it reads or wrote has changed since\n`);
    return Promise.resolve(true);
  }
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`::: ${name} ${code === 0 ? "passed" : "FAILED"} in ${seconds} s\n`);
      if (code === 0 && read !== null) remember(".", INPUTS[name], recordOf(name), read);
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
