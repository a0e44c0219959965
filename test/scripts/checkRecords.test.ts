/**
 * The record that lets `npm test` skip a check that passed on the same files (scripts/check-records.js):
 * it holds while nothing it read or wrote changes, and any change runs the check again.
 */
import { mkdtempSync, mkdirSync, rmSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { passedBefore, readState, remember } = require("../../scripts/check-records.js");

const CHECK = { read: ["src", "package-lock.json"], wrote: "dist" };
const RECORD = "node_modules/.cache/checks/build.json";
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "verdeelwijzer-records-"));
  mkdirSync(join(root, "src", "engine"), { recursive: true });
  mkdirSync(join(root, "dist"));
  writeFileSync(join(root, "src", "engine", "a.ts"), "export const a = 1;\n");
  writeFileSync(join(root, "package-lock.json"), "{}");
  writeFileSync(join(root, "dist", "taskpane.js"), "built");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const passed = () => passedBefore(root, CHECK, RECORD, readState(root, CHECK));
const record = () => remember(root, CHECK, RECORD, readState(root, CHECK));

test("no record: the check runs; recorded: it holds while nothing changes, a touch included", () => {
  expect(passed()).toBe(false);
  record();
  expect(passed()).toBe(true);
  utimesSync(join(root, "src", "engine", "a.ts"), new Date(), new Date(Date.now() + 5000)); // same content
  expect(passed()).toBe(true);
});

test("a changed, added or deleted input, or another lock file, runs the check again", () => {
  record();
  writeFileSync(join(root, "src", "engine", "a.ts"), "export const a = 2;\n");
  expect(passed()).toBe(false);
  writeFileSync(join(root, "src", "engine", "a.ts"), "export const a = 1;\n");
  expect(passed()).toBe(true); // the same content as when it passed
  writeFileSync(join(root, "src", "engine", "b.ts"), "");
  expect(passed()).toBe(false);
  unlinkSync(join(root, "src", "engine", "b.ts"));
  unlinkSync(join(root, "src", "engine", "a.ts"));
  expect(passed()).toBe(false);
  writeFileSync(join(root, "src", "engine", "a.ts"), "export const a = 1;\n");
  writeFileSync(join(root, "package-lock.json"), '{"lockfileVersion":3}');
  expect(passed()).toBe(false);
});

test("what the check wrote, rewritten or deleted since (a development build over dist/), runs it again", () => {
  record();
  writeFileSync(join(root, "dist", "taskpane.js"), "built in development mode");
  expect(passed()).toBe(false);
  record();
  utimesSync(join(root, "dist", "taskpane.js"), new Date(), new Date(Date.now() + 5000));
  expect(passed()).toBe(false);
  record();
  rmSync(join(root, "dist"), { recursive: true });
  expect(passed()).toBe(false);
});

test("the inputs are taken before the check runs: a file edited while it ran is not counted as checked", () => {
  const before = readState(root, CHECK);
  writeFileSync(join(root, "src", "engine", "a.ts"), "export const a = 3;\n"); // edited during the run
  remember(root, CHECK, RECORD, before);
  expect(passed()).toBe(false);
});
