/**
 * The record of a check that passed (scripts/checks.mjs): what it read — a hash of the names and
 * contents of its input files — and what it wrote (names, sizes and times of its output files).
 * A check whose record matches the files now passed on exactly these files and need not run again;
 * any change to an input (content, a new or deleted file) or to its output makes it run.
 *
 * @example
 *   const check = { read: ["src", "package-lock.json"], wrote: "dist" };
 *   const read = readState(root, check);            // before the check runs
 *   // … the check passes …
 *   remember(root, check, "node_modules/.cache/checks/build.json", read);
 *   passedBefore(root, check, "node_modules/.cache/checks/build.json", readState(root, check)); // true until a file changes
 */
const { createHash } = require("node:crypto");
const { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } = require("node:fs");
const { dirname, join } = require("node:path");

/** Every file under the paths (relative to root), depth first in name order. */
function filesUnder(root, paths) {
  return paths.flatMap((path) => {
    if (!existsSync(join(root, path))) return [];
    if (!statSync(join(root, path)).isDirectory()) return [path];
    return filesUnder(
      root,
      readdirSync(join(root, path))
        .sort()
        .map((name) => join(path, name)),
    );
  });
}

/** A hash of the names and contents of the files the check reads. */
function readState(root, check) {
  const hash = createHash("sha256");
  for (const file of filesUnder(root, check.read))
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update("\0");
  return hash.digest("hex");
}

/** The names, sizes and modification times of the files the check wrote. */
function wroteState(root, check) {
  if (!check.wrote) return [];
  return filesUnder(root, [check.wrote]).map((file) => {
    const stat = statSync(join(root, file));
    return [file, stat.size, stat.mtimeMs];
  });
}

/** Records a pass: `read` is the state of the inputs taken before the check ran (a file edited while it ran is not counted as checked). */
function remember(root, check, recordFile, read) {
  mkdirSync(dirname(join(root, recordFile)), { recursive: true });
  writeFileSync(join(root, recordFile), JSON.stringify({ read, wrote: wroteState(root, check) }));
}

/** Whether the check passed on these inputs, with its output as it left it. */
function passedBefore(root, check, recordFile, read) {
  if (!existsSync(join(root, recordFile))) return false;
  return readFileSync(join(root, recordFile), "utf8") === JSON.stringify({ read, wrote: wroteState(root, check) });
}

module.exports = { passedBefore, readState, remember };
