/**
 * Issue 17 case 15: the preview computes every formula any planner writes. Random workbooks
 * are written through the gateway into the simulated Excel as the pane writes them — the
 * Gemeenten table, Correcties, the scenario sheet with its Verantwoording, the Monitor (targets
 * from the growth path or fixed, with or without credit) with realised years pasted — and then
 *  1. every function name in any formula cell must be in the evaluator's function table, and
 *  2. every cell of every sheet must be what HyperFormula computes.
 */
import { perShare } from "../../src/scenario/params";
import { STEDENDRIEHOEK_2024 } from "../../src/data";
import type { Municipality, RegionDataset } from "../../src/data/region";
import { createExcelGateway } from "../../src/excel/gateway";
import { FUNCTIONS, evaluateWorkbook, functionNamed, isError } from "../../src/preview/formulas";
import type { ScenarioKey, ScenarioSettings } from "../../src/scenario";
import { installFakeExcel } from "../fake-excel/fakeExcel";
import { WorkbookModel } from "../fake-excel/model";
import { compareEngines, random } from "./twoEngines";
import { seeds } from "../cases";

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

function randomRegion(r: () => number): Municipality[] {
  const n = 1 + Math.floor(r() * 12);
  const maybe = (max: number) => (r() < 0.15 ? null : Math.floor(r() * max));
  return Array.from({ length: n }, (_, i) => ({
    name: `Gemeente ${i + 1}`,
    population: i === 0 ? 1 + Math.floor(r() * 5000) : maybe(5000),
    lettingsSocial: maybe(1500),
    lettingsCheap: maybe(800),
    realised: maybe(400),
    origin: r() < 0.3 ? maybe(300) : null,
    stock: 1 + Math.floor(r() * 40000),
  }));
}

function randomSettings(r: () => number): ScenarioSettings {
  const startYear = 2024 + Math.floor(r() * 3);
  return {
    need: r() < 0.25 ? { kind: "share", share: Math.round(r() * 60) / 100 } : { kind: "number", value: Math.floor(r() * 2000) },
    ...perShare((share) => Math.round(r() * (share === "minShare" ? 30 : 50)) / 100),
    rounding: pick(r, ["round", "down", "up"] as const),
    method: pick(r, ["hamilton", "webster", "dhondt"] as const),
    solidarity: r() < 0.5,
    growth: r() < 0.85 ? { startYear, endYear: startYear + Math.floor(r() * 11) } : null,
    key: r() < 0.25 ? { columns: ["population", "stock"], factors: [0.5, 0.5] } : null,
    adjust: r() < 0.4 ? { base: pick<ScenarioKey>(r, ["A", "C", "E"]) } : null,
  };
}

/**
 * The per-group block (issue 19) in half the workbooks: groups with needs adding up to a fixed
 * need of 100 (set below), keys of every kind, one group's need blank; honouring A (N when there is one).
 * A draw of its own, so the other settings of each seed stay as they were.
 */
function randomGroups(g: () => number): ScenarioSettings["groups"] {
  if (g() < 0.5) return null;
  const keys = ["population", "origin", "lettingsSocial", "stock", "blend"] as const;
  const count = 1 + Math.floor(g() * 4);
  const needs = Array.from({ length: count }, () => Math.floor(g() * 30));
  needs[0] += 100 - needs.reduce((a, b) => a + b, 0);
  const groups = needs.map((need, j) => ({ name: `Groep ${j + 1}`, need: need >= 0 ? need : 0, key: pick(g, keys) }));
  groups.push({ name: "Onbekend", need: null as unknown as number, key: "population" });
  return { groups, honour: g() < 0.5 ? "A" : "N", method: g() < 0.5 ? "webster" : "dhondt" };
}

/** Everything the pane can write, for one seed; null when the gateway refuses the random settings. */
async function randomWorkbook(seed: number): Promise<WorkbookModel | null> {
  const r = random(seed);
  const municipalities = randomRegion(r);
  const settings = { ...randomSettings(r), groups: randomGroups(random(seed * 7919)) };
  const language = r() < 0.5 ? "nl" : "en";
  const model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
  const gateway = createExcelGateway();
  const dataset: RegionDataset = { ...STEDENDRIEHOEK_2024, region: `Regio ${seed}`, municipalities, need: 0 };
  const names = municipalities.map((m) => m.name);
  await gateway.writeMunicipalityTable(dataset);
  if (settings.adjust) {
    const line = (i: number) => ({
      name: names[i],
      amount: Math.floor(r() * 9) - 4,
      reason: "besluit",
      decidedBy: "PHO",
      date: "1-1-2026",
    });
    await gateway.appendCorrections(Array.from({ length: 1 + Math.floor(r() * 4) }, () => line(Math.floor(r() * names.length))));
  }
  const request = { sheetName: "Scenario", tableName: "Gemeenten", settings, region: dataset.region, year: 2024 };
  if (settings.groups) settings.need = { kind: "number", value: 100 };
  const written = await gateway
    .writeScenarioSheet({ ...request, sources: dataset.sources, replaceOwnSheet: false, language })
    .then(() => true)
    .catch(() => false);
  if (!written) return null;
  await writeMonitor(gateway, r, settings, names, language);
  return model;
}

async function writeMonitor(
  gateway: ReturnType<typeof createExcelGateway>,
  r: () => number,
  settings: ScenarioSettings,
  names: string[],
  language: "nl" | "en",
): Promise<void> {
  const fixed = settings.growth === null || r() < 0.3;
  const startYear = settings.growth?.startYear ?? 2024;
  const endYear = settings.growth?.endYear ?? 2024 + Math.floor(r() * 8);
  await gateway.writeMonitorSheet({
    sheetName: "Monitor",
    region: "Regio",
    target: fixed
      ? { kind: "fixed", names, values: names.map(() => (r() < 0.15 ? null : Math.floor(r() * 60))) }
      : { kind: "scenario", sheetName: "Scenario" },
    startYear,
    endYear,
    allowCredit: r() < 0.5,
    thresholds: { onTrack: 0.9, behind: 0.75 },
    language,
    replaceOwnSheet: false,
  });
  const years = Math.floor(r() * (endYear - startYear + 2));
  for (let k = 0; k < years; k++) {
    const pairs = names.filter(() => r() < 0.85).map((name): [string, number] => [name, Math.floor(r() * 70)]);
    if (pairs.length > 0) await gateway.enterRealisation({ sheetName: "Monitor", year: startYear + k, pairs });
  }
}

/** The function names called in a formula (text in quotes left out): "=IF(ISNUMBER(A1),A1,\"x(\")" → IF, ISNUMBER. */
function functionsIn(formula: string): string[] {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'!/g, "S!");
  return [...code.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\(/g)].map((m) => m[1].toUpperCase());
}

const SEEDS = seeds(40, 1);

/** Each seed's workbook, built once for both tests below (neither changes it). */
const built = new Map<number, Promise<WorkbookModel | null>>();
const workbookOf = (seed: number) => built.get(seed) ?? built.set(seed, randomWorkbook(seed)).get(seed)!;

test("17.15 every function a planner writes is in the preview's function table (40 random workbooks, every sheet)", async () => {
  const used = new Map<string, string>();
  let workbooks = 0;
  for (const seed of SEEDS) {
    const model = await workbookOf(seed);
    if (!model) continue;
    workbooks += 1;
    for (const sheet of model.sheets)
      for (const cell of sheet.cells.values())
        if (cell.formula)
          for (const name of functionsIn(cell.formula)) if (!used.has(name)) used.set(name, `${sheet.name}: ${cell.formula}`);
  }
  expect(workbooks).toBeGreaterThan(30);
  const missing = [...used].filter(([name]) => !functionNamed(name)).map(([name, example]) => `${name} (${example})`);
  expect(missing).toEqual([]);
  // the Monitor's functions are among them (the sheet that showed 452 × #NAME? before)
  for (const name of ["AND", "ISNUMBER", "SUMPRODUCT", "COUNT", "INDEX", "IFERROR", "NA", "SUMIF", "THUIS.CARRYOVER", "THUIS.GROUPSHARE"])
    expect(used.has(name)).toBe(true);
  expect(Object.keys(FUNCTIONS).length).toBeGreaterThanOrEqual(used.size);
});

test("17.15 the Monitor and every other sheet computed by the preview as HyperFormula computes them (40 random workbooks)", async () => {
  let monitors = 0;
  for (const seed of SEEDS) {
    const model = await workbookOf(seed);
    if (!model) continue;
    const { compared, differences } = compareEngines(model);
    expect({ seed, differences: differences.slice(0, 5) }).toEqual({ seed, differences: [] });
    expect(compared).toBeGreaterThan(100);
    const values = evaluateWorkbook(model);
    const monitor = model.sheet("Monitor")!;
    const used = monitor.usedBlock()!;
    const errors = [];
    for (let row = 0; row < used.row + used.rows; row++)
      for (let column = 0; column < used.column + used.columns; column++) {
        const v = values.get("Monitor", row, column);
        if (isError(v) && v.error !== "#N/A") errors.push(`${row},${column} ${v.error}`);
      }
    expect({ seed, errors }).toEqual({ seed, errors: [] });
    monitors += 1;
  }
  expect(monitors).toBeGreaterThan(30);
});

/** A sheet with text, blanks and zeros, and one formula per row from row 6 on; its computed values. */
function computed(formulas: string[]): { model: WorkbookModel; shown: unknown[] } {
  const model = new WorkbookModel(["Blad1"]);
  const sheet = model.sheet("Blad1")!;
  const rows: (string | number | null)[][] = [
    [5, "tekst", null, 0, -3],
    [2024, 2025, 2026, 2027, 2028],
    [1, null, 3, "vier", null],
  ];
  rows.forEach((row, r) => row.forEach((v, c) => v !== null && sheet.set(r, c, { value: v })));
  formulas.forEach((f, k) => sheet.set(5 + k, 0, { value: "", formula: f }));
  const values = evaluateWorkbook(model);
  return { model, shown: formulas.map((_, k) => values.get("Blad1", 5 + k, 0)) };
}

test("17.15 the Monitor's functions on text, blanks, errors and criteria, as HyperFormula computes them", () => {
  const cases: [string, unknown][] = [
    ["=COUNT(A1:E1)", 3],
    ["=COUNT(A3:E3)", 2],
    ['=SUMIF(A1:E1,">0")', 5],
    ['=SUMIF(A3:E3,"<>3")', 1],
    ["=SUMPRODUCT(A3:E3)", 4],
    ["=SUMPRODUCT(ISNUMBER(A3:E3)*ISNUMBER(A1:E1),A2:E2)", 2024],
    ["=SUMPRODUCT(A1:B1,A2:C2)", expect.objectContaining({ error: "#VALUE!" })],
    ["=SUMPRODUCT(A1:B1,A2:B2)", 5 * 2024],
    ["=INDEX(A2:E2,1,MAX(ISNUMBER(A3:E3)*A2:E2)-2023)", 2026],
    ["=INDEX(A1:E1,1,4)", 0],
    ["=INDEX(A1:A3,2)", 2024],
    ["=AND(ISNUMBER(A1),ISNUMBER(B1))", false],
    ["=AND(A3,C3)", true],
    ['=IFERROR(1/D1,"")', ""],
    ["=IFERROR(A1/2,0)", 2.5],
    ["=IF(ISNUMBER(B3),B3,NA())", expect.objectContaining({ error: "#N/A" })],
    ['=MAX((A3:E3<>"")*A2:E2)', 2027],
    ['=IF(COUNT(C1:D1)=0,"",SUM(C1:D1))', 0],
    ['=IF(COUNT(C3:C3)=0,"",SUM(C3:C3))', 3],
  ];
  const { model, shown } = computed(cases.map(([f]) => f));
  expect(compareEngines(model).differences).toEqual([]);
  expect(shown).toEqual(cases.map(([, v]) => v));
});

test("17.15 where HyperFormula departs from Excel, the evaluator does as Excel documents", () => {
  // Excel: INDEX on one row takes the number as the column, and a blank it points at shows 0; AND
  // skips blanks in a range and over only blanks has no logical value (#VALUE!); SUMPRODUCT counts
  // a logical in an array as 0. HyperFormula differs on each (the add-in's formulas avoid them).
  const { shown } = computed([
    "=INDEX(A1:E1,3)",
    "=INDEX(A1:E1,1,3)",
    "=INDEX(A1:E1,9)",
    "=AND(A3:E3)",
    "=AND(C1:C1)",
    "=SUMPRODUCT(A1:A1=5,A1:A1)",
  ]);
  expect(shown).toEqual([0, 0, expect.objectContaining({ error: "#REF!" }), true, expect.objectContaining({ error: "#VALUE!" }), 0]);
});
