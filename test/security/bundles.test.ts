/**
 * Security properties of the production build (run after `npm run build`, as `npm test` does):
 * no eval-like code in any bundle, a strict Content-Security-Policy on every page, https-only
 * and no script host but Office.js.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = join(__dirname, "..", "..", "dist");
const OFFICE_JS = "https://appsforoffice.microsoft.com";

function files(ext: string): string[] {
  return readdirSync(dist)
    .filter((f) => f.endsWith(ext))
    .map((f) => join(dist, f));
}

beforeAll(() => {
  if (!existsSync(join(dist, "functions.js"))) throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
});

describe("production bundles", () => {
  test("contain no eval( or new Function", () => {
    const bundles = files(".js");
    expect(bundles.length).toBeGreaterThanOrEqual(2);
    for (const file of bundles) {
      const code = readFileSync(file, "utf8");
      // \beval\( matches eval( but not e.g. "retrieval(" ; the Function constructor in any spacing
      expect({ file, evalCall: /(^|[^\w$.])eval\s*\(/.test(code) }).toEqual({ file, evalCall: false });
      expect({ file, newFunction: /new\s+Function\s*\(/.test(code) }).toEqual({ file, newFunction: false });
    }
  });

  test("load no script from any host but Office.js", () => {
    for (const file of files(".html")) {
      const html = readFileSync(file, "utf8");
      // attribute quotes are optional in (minified) HTML
      const sources = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1]);
      // the start page (index.html) is static; the pane and the preview load their bundles
      if (!file.endsWith("index.html")) expect(sources.length).toBeGreaterThan(0);
      else expect(/<script/i.test(html)).toBe(false);
      for (const src of sources) {
        if (/^[a-z]+:\/\//i.test(src)) expect(src.startsWith(OFFICE_JS + "/")).toBe(true);
      }
    }
  });
});

describe("the preview's first load", () => {
  // strings only exceljs's .xlsx reader and writer carry
  const XLSX_CODE = /sharedStrings\.xml|xl\/worksheets\/sheet/;
  const initialScripts = (page: string) =>
    [...readFileSync(join(dist, page), "utf8").matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1]);

  test("21.3 carries no .xlsx code: the reader and writer are their own chunk, loaded when a file is opened", () => {
    // the preview's own script beside React's and Fluent's, which the task pane loads too
    expect(initialScripts("preview.html")).toEqual(["fluent.js", "react.js", "preview.js"]);
    for (const script of [...initialScripts("preview.html"), "taskpane.js"]) {
      expect({ script, xlsx: XLSX_CODE.test(readFileSync(join(dist, script), "utf8")) }).toEqual({ script, xlsx: false });
    }
    expect(XLSX_CODE.test(readFileSync(join(dist, "xlsx.chunk.js"), "utf8"))).toBe(true);
    // the preview knows where to fetch it from, on demand
    expect(readFileSync(join(dist, "preview.js"), "utf8")).toContain("chunk.js");
  });

  test("the scripts of the first view ask V8 to compile them as they stream in (the compile hint is their first line)", () => {
    for (const file of ["react.js", "fluent.js", "taskpane.js", "preview.js"]) {
      const firstLine = readFileSync(join(dist, file), "utf8").split("\n", 1)[0];
      expect({ file, firstLine }).toEqual({ file, firstLine: "//# allFunctionsCalledOnLoad" });
    }
  });
});

describe("pages", () => {
  const pages = () => files(".html");

  test("every page carries a strict Content-Security-Policy", () => {
    expect(pages().length).toBeGreaterThanOrEqual(2);
    for (const file of pages()) {
      const html = readFileSync(file, "utf8");
      const meta = /<meta[^>]+http-equiv=["']?Content-Security-Policy["']?[^>]+content="([^"]+)"/i.exec(html);
      expect({ file, hasCsp: meta !== null }).toEqual({ file, hasCsp: true });
      const policy = parsePolicy(meta![1]);
      expect(policy["default-src"]).toBeDefined();
      const scripts = policy["script-src"] ?? policy["default-src"];
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("*");
      for (const source of scripts) {
        if (/^https?:/.test(source)) expect(source.startsWith(OFFICE_JS)).toBe(true);
        expect(source.startsWith("http:")).toBe(false);
      }
      expect(policy["object-src"]).toEqual(["'none'"]);
    }
  });
});

function parsePolicy(text: string): Record<string, string[]> {
  const policy: Record<string, string[]> = {};
  for (const part of text.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy[name] = sources;
  }
  return policy;
}

describe("the pane's first load (issue 20)", () => {
  // the budget bench/pane.ts reports; a test too, so that a change that pulls a later step's code
  // (or a Fluent component only a later step uses) into the first chunk fails here, not only in a bench
  const BUDGET = 180 * 1024;

  test("the scripts taskpane.html loads before step 1 (functions.js and Office.js apart) are ≤ 180 KiB gzip", () => {
    const html = readFileSync(join(dist, "taskpane.html"), "utf8");
    const own = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)]
      .map((m) => m[1])
      .filter((src) => !/^[a-z]+:\/\//i.test(src) && !/(^|\/)functions\.js$/.test(src));
    expect(own).toEqual(["fluent.js", "react.js", "taskpane.js"]);
    const gzipped = own.reduce((sum, src) => sum + gzipSync(readFileSync(join(dist, src)), { level: 9 }).length, 0);
    expect({ gzipped, withinBudget: gzipped <= BUDGET }).toEqual({ gzipped, withinBudget: true });
  });
});
