/**
 * Test doubles stay out of the product: no file under src/ imports (or requires, or lazily
 * imports) anything under test/ — the fake Excel the preview shows is product code in
 * src/preview/. A static scan of every import specifier, resolved against the importing file.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

const root = join(__dirname, "..", "..");
const src = join(root, "src");
const testDir = join(root, "test");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|jsx|mjs|cjs|html)$/.test(name) ? [path] : [];
  });
}

/** Every module specifier in a file: import … from "x", import("x"), require("x"), export … from "x". */
function specifiers(code: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
    /^\s*import\s*["']([^"']+)["']/gm,
    /<script[^>]*\ssrc=["']([^"']+)["']/g,
  ];
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) found.push(m[1]);
  return found;
}

function importsFromTest(file: string): string[] {
  return specifiers(readFileSync(file, "utf8")).filter((spec) => {
    if (!spec.startsWith(".") && !spec.startsWith("/")) return /(^|\/)test\//.test(spec) && !spec.startsWith("@");
    const target = resolve(dirname(file), spec);
    return target === testDir || target.startsWith(testDir + sep);
  });
}

test("the scan finds imports that reach into test/ (the check itself works)", () => {
  const file = join(src, "preview", "index.tsx");
  expect(
    specifiers(`import { x } from "../../test/fake-excel/fakeExcel";\nconst y = require("../../test/a");\nimport("../../test/b");`),
  ).toEqual(["../../test/fake-excel/fakeExcel", "../../test/b", "../../test/a"]);
  const bad = ["../../test/fake-excel/fakeExcel", "../excel/a1"].filter((spec) => resolve(dirname(file), spec).startsWith(testDir + sep));
  expect(bad).toEqual(["../../test/fake-excel/fakeExcel"]);
});

test("no file under src/ imports from test/", () => {
  const files = sourceFiles(src);
  expect(files.length).toBeGreaterThan(20);
  const offenders = files.map((f) => ({ file: relative(root, f), imports: importsFromTest(f) })).filter((x) => x.imports.length > 0);
  expect(offenders).toEqual([]);
});
