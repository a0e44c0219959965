/**
 * A full recalculation of a realistic workbook through the BUILT dist/functions.js (issue 20,
 * item 6): 342 municipalities (synthetic sizes from a fixed seed), every THUIS formula of a
 * scenario sheet — the columns of src/scenario/columns.ts with their formulas as the sheet holds
 * them, the growth path — and a group block of 10 groups (GROUPSHARE). Each call gets what Excel
 * hands a custom function: 2-D arrays of the ranges, a parameter cell's value, the spilled result
 * of the column it refers to. The same run times the engine alone on the same figures (each
 * column's `compute`, growthPath, groupShare) and prints the ratio; both give the same numbers
 * (checked first). Excel's own formulas (B's IF, K's SUMPRODUCT) are not ours and are not timed.
 *
 * `npx tsx bench/recalc.ts` prints this table alone (after `npm run build`).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { fairShare, groupShare, growthPath } from "../src/engine";
import { DEFAULT_SETTINGS, METHOD_WORDS, ROUNDING_WORDS, ScenarioSettings, includedColumns, resolveNeed } from "../src/scenario";
import type { ComputeContext, FormulaRefs, ScenarioInput } from "../src/scenario/columnTypes";
import { DIST, ERROR_CODES, FakeCustomFunctionsError, Registered } from "../test/functions/loadBundle";
import { Row, printTable, ratio, time } from "./measure";

const MUNICIPALITIES = 342;
const GROUPS = 10;
type Cells = unknown[][];

/** Deterministic synthetic region: sizes log-uniform from 1 000 to 900 000 inhabitants, as the Dutch municipalities run. */
export function recalcWorkbook() {
  let seed = 342;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const population = Array.from({ length: MUNICIPALITIES }, () => Math.round(1000 * 900 ** next()));
  const lettingsSocial = population.map((p) => Math.round(p * (0.003 + 0.009 * next())));
  const input: ScenarioInput = {
    names: population.map((_, i) => `Gemeente ${i + 1}`),
    population,
    lettingsSocial,
    lettingsCheap: lettingsSocial.map((l) => Math.round(l * (0.5 + 0.4 * next()))),
    realised: lettingsSocial.map((l) => Math.round(l * 0.1 * next())),
    // a few municipalities without an origin figure: blank, as on a real sheet
    origin: population.map((p) => (next() < 0.05 ? null : Math.round(p * 0.002 * next()))),
    stock: population.map((p) => Math.round(p * 0.45)),
    corrections: population.map(() => (next() < 0.03 ? Math.round(20 * next()) - 10 : null)),
    correctionLines: [],
  };
  const settings: ScenarioSettings = { ...DEFAULT_SETTINGS, need: { kind: "share", share: 0.37 }, adjust: { base: "A" } };
  const need = resolveNeed(settings.need, input.lettingsSocial);
  // the group block: each group's need (summing to the region's) × its key share, to six decimals as a sheet shows it
  const groupNeeds = fairShare(
    need,
    Array.from({ length: GROUPS }, () => 1 + Math.floor(next() * 9)),
  ) as number[];
  const keys = Array.from({ length: GROUPS }, () => population.map((p) => Math.floor(p * (0.5 + next()))));
  const keySums = keys.map((k) => k.reduce((a, b) => a + b, 0));
  const weights = population.map((_, i) => keys.map((k, g) => Number(((groupNeeds[g] * k[i]) / keySums[g]).toFixed(6))));
  return { input, settings, need, groupNeeds, weights };
}

/** References as tokens ("T:population", "S:A", "P:cap"): the formula text says what each argument reads. */
const TOKENS: FormulaRefs = {
  param: (key) => `P:${key}`,
  table: (column) => `T:${column}`,
  span: (key) => `S:${key}`,
  keyBlock: () => "KEYS",
  factors: () => "FACTORS",
  corrections: (column) => `C:${column}`,
  nameCell: (i) => `N:${i}`,
};

interface Call {
  name: string;
  args: string[];
  /** the scenario column it fills, if any */
  key?: string;
}

const column = (xs: readonly (number | null)[]): Cells => xs.map((x) => [x === null ? "" : x]);

/** Every THUIS call of the sheet, in sheet order, from the column definitions' own formulas. */
function thuisCalls(w: ReturnType<typeof recalcWorkbook>): Call[] {
  const calls: Call[] = [];
  for (const def of includedColumns(w.input, w.settings)) {
    const m = /^=THUIS\.([A-Z0-9]+)\(([^()]*)\)$/.exec(def.formula(TOKENS, w.settings));
    if (m) calls.push({ name: m[1], args: m[2].split(","), key: def.key });
  }
  // the growth block's one formula, as src/sheets/scenarioPlan.ts writes it: B to A over the years
  if (w.settings.growth) calls.push({ name: "GROWTHPATH", args: ["S:B", "S:A", "P:from", "P:to"] });
  calls.push({ name: "GROUPSHARE", args: ["GROUPS", "S:A", "NEEDS"] });
  return calls;
}

/** One full recalculation: every THUIS call through the registered functions, each result feeding the calls that refer to it. */
function recalculate(fns: Registered, calls: Call[], fixed: Map<string, unknown>): Map<string, unknown> {
  const values = new Map(fixed);
  for (const call of calls) {
    const result = fns[call.name](...call.args.map((a) => values.get(a)));
    if (call.key) values.set(`S:${call.key}`, result);
    else values.set(call.name, result);
  }
  return values;
}

/** What Excel hands the functions apart from THUIS results: table columns, parameter cells, B and K, the group block. */
function fixedArguments(w: ReturnType<typeof recalcWorkbook>): Map<string, unknown> {
  const s = w.settings;
  const v = new Map<string, unknown>([
    ["P:need", w.need],
    ["P:cap", s.capShare],
    ["P:min", s.minShare],
    ["P:rounding", ROUNDING_WORDS.nl[s.rounding]],
    ["P:method", METHOD_WORDS.nl[s.method]],
    ["P:from", s.growth?.startYear ?? ""],
    ["P:to", s.growth?.endYear ?? ""],
    ["S:B", column(w.input.realised)],
    ["S:K", column(w.input.corrections)],
    ["GROUPS", w.weights],
    ["NEEDS", [w.groupNeeds]],
  ]);
  for (const c of ["population", "lettingsSocial", "lettingsCheap", "realised", "origin", "stock"] as const)
    v.set(`T:${c}`, column(w.input[c]));
  return v;
}

/** The engine alone: each column's compute (the pane's preview), the growth path and groupShare on the same figures. */
function engineAlone(w: ReturnType<typeof recalcWorkbook>) {
  const context: ComputeContext = { input: w.input, settings: w.settings, need: w.need, computed: {} };
  for (const def of includedColumns(w.input, w.settings)) context.computed[def.key] = def.compute(context);
  const a = context.computed.A!;
  const g = w.settings.growth!;
  const growth = w.input.realised.map((b, i) => growthPath(b, a[i], g.startYear, g.endYear));
  const groups = groupShare(w.weights, a as number[], w.groupNeeds).seats;
  return { computed: context.computed, growth, groups };
}

/** The functions' results equal the engine's, column by column: a bench of wrong answers measures nothing. */
function checkSame(via: Map<string, unknown>, engine: ReturnType<typeof engineAlone>): void {
  const blankAsEmpty = (xs: readonly (number | null)[]) => xs.map((x) => (x === null ? "" : x));
  const differ: string[] = [];
  for (const [key, values] of Object.entries(engine.computed)) {
    const got = via.get(`S:${key}`) as Cells | undefined;
    if (got && JSON.stringify(got.map((r) => r[0])) !== JSON.stringify(blankAsEmpty(values))) differ.push(key);
  }
  const growth = (via.get("GROWTHPATH") as Cells).map((r) => r.map((x) => (x === "" ? null : x)));
  if (JSON.stringify(growth) !== JSON.stringify(engine.growth)) differ.push("GROWTHPATH");
  if (JSON.stringify(via.get("GROUPSHARE")) !== JSON.stringify(engine.groups)) differ.push("GROUPSHARE");
  if (differ.length > 0) throw new Error(`recalc bench: dist/functions.js and the engine differ in ${differ.join(", ")}`);
}

/**
 * The built functions.js run in this realm, as Office's runtime runs it in its own: the tests'
 * loader (test/functions/loadBundle.ts) runs it in a `vm` context for isolation, where every global
 * the code names (BigInt, Math, Number) is looked up through the context's interceptor — several
 * times slower in GROUPSHARE's BigInt loops, a cost no Excel has. The two give the same results.
 */
function loadFunctionsHere(): Registered {
  const registered: Registered = {};
  const globals = globalThis as Record<string, unknown>;
  const saved = { CustomFunctions: globals.CustomFunctions, Office: globals.Office };
  globals.CustomFunctions = {
    associate(id: string | Registered, fn?: Registered[string]) {
      if (typeof id === "string") registered[id] = fn!;
      else Object.assign(registered, id);
    },
    Error: FakeCustomFunctionsError,
    ErrorCode: ERROR_CODES,
  };
  globals.Office = { onReady: () => Promise.resolve({ host: "Excel" }), context: { displayLanguage: "nl-NL" } };
  try {
    vm.runInThisContext(readFileSync(join(DIST, "functions.js"), "utf8"), { filename: "functions.js" });
  } finally {
    Object.assign(globals, saved);
  }
  return registered;
}

export function recalcBenchmarks(): { title: string; rows: Row[] }[] {
  if (!existsSync(join(DIST, "functions.js"))) throw new Error("dist/ missing: `npm run bench` builds first");
  const w = recalcWorkbook();
  const registered = loadFunctionsHere();
  const calls = thuisCalls(w);
  const fixed = fixedArguments(w);
  checkSame(recalculate(registered, calls, fixed), engineAlone(w));
  const subject = () => recalculate(registered, calls, fixed);
  const baseline = () => engineAlone(w);
  const r = ratio(subject, baseline, 3);
  const ms = time(subject, { samples: 7, minMs: 200 }).nsPerCall / 1e6;
  const names = calls.map((c) => (c.key ? `${c.key}=${c.name}` : c.name)).join(", ");
  return [
    {
      title: `Full recalculation via dist/functions.js (${MUNICIPALITIES} municipalities, ${calls.length} THUIS calls, ${GROUPS} groups)`,
      rows: [
        { name: `checked: every result equals the engine's (${names})`, value: "yes" },
        { name: "baseline: the engine alone on the same figures", value: `${(r.nsPerCall / r.ratio / 1e6).toFixed(2)} ms`, ratio: 1 },
        { name: "full recalculation, every THUIS call via functions.js", value: `${ms.toFixed(2)} ms`, ratio: r.ratio },
      ],
    },
  ];
}

if (require.main === module) {
  recalcBenchmarks().forEach((t) => printTable(t.title, t.rows));
}
