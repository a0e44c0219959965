import { readFileSync, readdirSync, statSync } from "fs";
import { join, relative } from "path";

/**
 * One language mechanism (issue 18): outside src/i18n nothing chooses a text by comparing the
 * language ("=== \"nl\"", "!== \"en\", …) and nothing declares its own "nl" | "en" type; texts
 * come from the catalogues through the message function. And src/i18n imports nothing else of
 * the project, so every layer may use it without a cycle.
 */
const SRC = join(__dirname, "..", "..", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const files = sourceFiles(SRC).map((path) => ({ path: relative(SRC, path).replace(/\\/g, "/"), text: readFileSync(path, "utf8") }));
const outside = files.filter((f) => !f.path.startsWith("i18n/"));

function hits(pattern: RegExp, among: typeof files): string[] {
  return among.flatMap((f) => f.text.split("\n").flatMap((line, i) => (pattern.test(line) ? [`${f.path}:${i + 1}: ${line.trim()}`] : [])));
}

test("the scan sees the source (so an empty result below means something)", () => {
  expect(outside.length).toBeGreaterThan(50);
  expect(
    hits(
      /[!=]==\s*"(nl|en)"/,
      files.filter((f) => f.path.startsWith("i18n/")),
    ).length,
  ).toBeGreaterThan(0);
});

test('no language comparison outside src/i18n: no === "nl", !== "en" or "nl" === x', () => {
  expect(hits(/[!=]==?\s*["'](nl|en)["']|["'](nl|en)["']\s*[!=]==?/, outside)).toEqual([]);
});

test('one Language type: no "nl" | "en" union and no other Language declaration outside src/i18n', () => {
  expect(hits(/["']nl["']\s*\|\s*["']en["']|["']en["']\s*\|\s*["']nl["']|type\s+Language\s*=/, outside)).toEqual([]);
});

test("src/i18n imports nothing else of the project", () => {
  const i18n = files.filter((f) => f.path.startsWith("i18n/"));
  expect(hits(/from\s+["']\.\.\//, i18n)).toEqual([]);
});
