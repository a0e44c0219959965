/**
 * The layers of docs/architecture.md, checked on the real import graph of src/ (type-only imports
 * included: a cycle of types is still two modules that cannot be understood one without the other).
 *
 * ESLint's import-x/no-cycle skips `import type`, so this test is the cycle check of record; the
 * boundary rules are also in eslint.config.mjs for the editor.
 */
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import * as ts from "typescript";

const SRC = resolve(__dirname, "../../src");

/**
 * Which project folders each folder may import (besides itself). `version.ts` is free for all.
 * i18n stands beside the layers: it imports nothing of the project, so every layer may use it
 * (the engine's error messages and explanations are Dutch and English too).
 */
const ALLOWED: Record<string, string[]> = {
  engine: ["i18n"],
  i18n: [],
  data: ["engine", "i18n"],
  scenario: ["engine", "data", "i18n"],
  sheets: ["engine", "data", "scenario", "i18n"],
  functions: ["engine", "i18n"],
  excel: ["engine", "data", "scenario", "sheets", "i18n"],
  taskpane: ["engine", "data", "scenario", "sheets", "i18n", "excel"],
  xlsx: ["engine", "data", "scenario", "sheets", "i18n"],
  preview: ["engine", "data", "scenario", "sheets", "i18n", "excel", "taskpane", "functions", "xlsx"],
  commands: ["engine", "i18n", "excel"],
};

/** The only modules of excel/ the pane may import: the gateway it is handed and the plain types it speaks. */
const PANE_MAY_IMPORT_FROM_EXCEL = new Set(["excel/gateway.ts", "excel/types.ts", "excel/index.ts"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const base = resolve(dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")];
  return candidates.find((path) => existsSync(path) && statSync(path).isFile()) ?? null;
}

/** Module (path relative to src) → modules it imports (relative to src), type-only imports included. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    const targets = importedFiles
      .map((imported) => resolveImport(file, imported.fileName))
      .filter((path): path is string => path !== null && path.startsWith(SRC))
      .map((path) => relative(SRC, path));
    graph.set(relative(SRC, file), targets);
  }
  return graph;
}

/** Strongly connected components with more than one module, or a module importing itself (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

const folderOf = (module: string): string => (module.includes("/") ? module.split("/")[0] : "");

function boundaryViolations(graph: Map<string, string[]>): string[] {
  const violations: string[] = [];
  for (const [module, targets] of graph) {
    const from = folderOf(module);
    for (const target of targets) {
      const to = folderOf(target);
      if (to === from || to === "") continue;
      const allowed = ALLOWED[from];
      if (!allowed) violations.push(`${module}: folder '${from}' has no layer rule`);
      else if (!allowed.includes(to)) violations.push(`${module} → ${target} (${from} may not import ${to})`);
      else if (from === "taskpane" && to === "excel" && !PANE_MAY_IMPORT_FROM_EXCEL.has(target))
        violations.push(`${module} → ${target} (the pane talks to Excel only through the gateway and its types)`);
    }
  }
  return violations;
}

describe("layers (docs/architecture.md)", () => {
  const graph = importGraph();

  it("reads the real source tree", () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get("engine/fairShare.ts")).toEqual(expect.arrayContaining(["engine/cells.ts"]));
  });

  it("no module imports in a cycle, type-only imports included", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("every import goes down the layers", () => {
    expect(boundaryViolations(graph)).toEqual([]);
  });

  it("the checks catch a planted cycle and a planted upward import", () => {
    const planted = new Map(graph);
    planted.set("engine/fairShare.ts", [...(graph.get("engine/fairShare.ts") ?? []), "taskpane/App.tsx"]);
    planted.set("taskpane/App.tsx", [...(graph.get("taskpane/App.tsx") ?? []), "engine/fairShare.ts"]);
    expect(cycles(planted).some((component) => component.includes("engine/fairShare.ts"))).toBe(true);
    expect(boundaryViolations(planted)).toContain("engine/fairShare.ts → taskpane/App.tsx (engine may not import taskpane)");
  });
});
