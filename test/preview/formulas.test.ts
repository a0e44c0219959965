/**
 * The preview's formula evaluator (src/preview/formulas/) against a real formula engine:
 * the scenario sheets the adapter writes into the simulated Excel are computed by both the
 * evaluator and HyperFormula (with the THUIS functions registered, test/excel/hyperformulaThuis)
 * and every cell of every sheet must agree — for the seed, for every option, and for random
 * regions with blanks. Plus the evaluator's own subset: precedence, references, spilling.
 */
import { columnIndex } from "../../src/sheets/a1";
import { perShare } from "../../src/scenario/params";
import { STEDENDRIEHOEK_2024, STEDENDRIEHOEK_2024_PUBLISHED as P } from "../../src/data";
import type { Municipality, RegionDataset } from "../../src/data/region";
import { DEFAULT_SETTINGS, ScenarioSettings } from "../../src/scenario";
import { createExcelGateway } from "../../src/excel/gateway";
import { evaluateWorkbook, parseFormula } from "../../src/preview/formulas";
import { installFakeExcel } from "../fake-excel/fakeExcel";
import { WorkbookModel } from "../fake-excel/model";
import { compareEngines as compare, random } from "./twoEngines";

async function written(dataset: RegionDataset, settings: ScenarioSettings): Promise<WorkbookModel> {
  const model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
  const gateway = createExcelGateway();
  await gateway.writeMunicipalityTable(dataset);
  await gateway.writeScenarioSheet({
    sheetName: "Verdeling 2024",
    tableName: "Gemeenten",
    settings,
    region: dataset.region,
    year: dataset.year,
    sources: dataset.sources,
    replaceOwnSheet: false,
    language: "nl",
  });
  return model;
}

test("the seed's scenario sheet: every cell as HyperFormula computes it, and the seed's figures", async () => {
  const model = await written(STEDENDRIEHOEK_2024, DEFAULT_SETTINGS);
  const { compared, differences } = compare(model);
  expect(differences).toEqual([]);
  expect(compared).toBeGreaterThan(500);
  const values = evaluateWorkbook(model);
  const column = (c: number) => Array.from({ length: 9 }, (_, i) => values.get("Verdeling 2024", 12 + i, c));
  expect(column(0)).toEqual([...P.municipalities]);
  expect(column(1)).toEqual([...P.fairShare]);
  expect(column(3)).toEqual([...P.max30Social]);
  expect([1, 2, 3, 4, 5].map((c) => values.get("Verdeling 2024", 21, c))).toEqual([1170, 795, 956, 471, 479]);
  expect([1, 2, 3, 4, 5].map((c) => values.get("Verdeling 2024", 22, c))).toEqual([0, 375, 214, 699, 691]);
  // a spilled cell knows the formula it came from (the preview shows it on selection)
  expect(values.anchorOf("Verdeling 2024", 15, 3)).toEqual({ row: 12, column: 3 });
});

const variants: [string, Partial<ScenarioSettings>][] = [
  ["Webster, need 500", { method: "webster", need: { kind: "number", value: 500 } }],
  ["D'Hondt, need 100", { method: "dhondt", need: { kind: "number", value: 100 } }],
  ["cap 25%, min 10%, rounding down", { capShare: 0.25, minShare: 0.1, rounding: "down" }],
  ["rounding up, no solidarity, no growth path", { rounding: "up", solidarity: false, growth: null }],
  ["need as 37% of the lettings", { need: { kind: "share", share: 0.37 } }],
];

test.each(variants)("every option agrees with HyperFormula: %s", async (_, patch) => {
  const model = await written(STEDENDRIEHOEK_2024, { ...DEFAULT_SETTINGS, ...patch });
  expect(compare(model).differences).toEqual([]);
});

test("random regions with blanks in every column agree with HyperFormula (25 regions)", async () => {
  for (let seed = 1; seed <= 25; seed++) {
    const r = random(seed);
    const n = 1 + Math.floor(r() * 15);
    const maybe = (max: number, blank = 0.15) => (r() < blank ? null : Math.floor(r() * max));
    const municipalities: Municipality[] = Array.from({ length: n }, (_, i) => ({
      name: `Gemeente ${i + 1}`,
      population: i === 0 ? 1 + Math.floor(r() * 5000) : maybe(5000), // at least one weight
      lettingsSocial: maybe(1500),
      lettingsCheap: maybe(800),
      realised: maybe(400),
      origin: seed % 3 === 0 ? maybe(300) : null,
      stock: maybe(40000),
    }));
    const settings: ScenarioSettings = {
      need: seed % 4 === 0 ? { kind: "share", share: Math.round(r() * 60) / 100 } : { kind: "number", value: Math.floor(r() * 2000) },
      ...perShare((share) => Math.round(r() * (share === "minShare" ? 30 : 50)) / 100),
      rounding: (["round", "down", "up"] as const)[seed % 3],
      method: (["hamilton", "webster", "dhondt"] as const)[Math.floor(seed / 3) % 3],
      solidarity: seed % 2 === 0,
      growth: seed % 5 === 0 ? null : { startYear: 2024, endYear: 2024 + Math.floor(r() * 12) },
      key: seed % 4 === 1 ? { columns: ["population", "stock"], factors: [0.5, 0.5] } : null,
      adjust: null,
    };
    const dataset: RegionDataset = { ...STEDENDRIEHOEK_2024, region: `Regio ${seed}`, municipalities, need: 0 };
    const model = await written(dataset, settings);
    const { differences } = compare(model);
    expect({ seed, differences }).toEqual({ seed, differences: [] });
  }
});

describe("the formula subset", () => {
  function sheetWith(cells: Record<string, string | number>): ReturnType<typeof evaluateWorkbook> {
    const model = new WorkbookModel(["Blad1", "Verdeling 2024"]);
    for (const [at, v] of Object.entries(cells)) {
      const [sheet, a1] = at.includes("!") ? at.split("!") : ["Blad1", at];
      const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
      const column = columnIndex(m[1]);
      model
        .sheet(sheet)!
        .set(Number(m[2]) - 1, column, typeof v === "string" && v.startsWith("=") ? { value: "", formula: v } : { value: v });
    }
    return evaluateWorkbook(model);
  }
  const at = (values: ReturnType<typeof evaluateWorkbook>, a1: string, sheet = "Blad1") => {
    const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
    return values.get(sheet, Number(m[2]) - 1, columnIndex(m[1]));
  };

  test("arithmetic, precedence, percent, text, comparison", () => {
    const v = sheetWith({
      A1: 2,
      A2: 3,
      B1: "=1+A1*A2^2",
      B2: "=-A1^2",
      B3: "=(1+A1)*A2",
      B4: "=50%*A1",
      B5: '="a"&A1&TRUE',
      B6: "=A1<A2",
      B7: '=IF(A1=2,"ja","nee")',
      B8: "=A1/0",
      B9: "=A9+1",
    });
    expect(["B1", "B2", "B3", "B4", "B5", "B6", "B7", "B9"].map((a) => at(v, a))).toEqual([19, 4, 9, 1, "a2TRUE", true, "ja", 1]);
    expect(at(v, "B8")).toMatchObject({ error: "#DIV/0!" });
  });

  test("absolute and sheet references, quoted sheet names, ranges in SUM", () => {
    const v = sheetWith({
      A1: 1,
      A2: 2,
      A3: 3,
      "Verdeling 2024!A1": 10,
      B1: "=SUM($A$1:A3)",
      B2: "='Verdeling 2024'!A1*2",
      B3: "=SUM(A1:A3,'Verdeling 2024'!$A$1)",
      B4: "=MAX(A1:A3)-MIN(A1:A3)",
    });
    expect(["B1", "B2", "B3", "B4"].map((a) => at(v, a))).toEqual([6, 20, 16, 2]);
  });

  test("arrays spill; a blank read is 0; a taken cell gives #SPILL!; the formula of a spilled cell is known", () => {
    const v = sheetWith({ A1: 1, A3: 3, B1: "=A1:A3", C1: "=A1:A3*10", D1: "=A1:A3", D2: "mine" });
    expect(["B1", "B2", "B3"].map((a) => at(v, a))).toEqual([1, 0, 3]);
    expect(["C1", "C2", "C3"].map((a) => at(v, a))).toEqual([10, 0, 30]);
    expect(at(v, "D1")).toMatchObject({ error: "#SPILL!" });
    expect(v.anchorOf("Blad1", 2, 2)).toEqual({ row: 0, column: 2 });
    expect(v.anchorOf("Blad1", 5, 5)).toBeNull();
  });

  test("a cell read before the array that spills into it is computed reads the spilled value, through a chain of spills", () => {
    // A1 comes first and reads B2 while B1 has not spilled yet; D1's array comes from B1's, read before either is known
    const v = sheetWith({ A1: "=B2*2", B1: "=C1:C2", C1: 1, C2: 5, A3: "=D2+1", D1: "=B1:B2*10" });
    expect(["A1", "B2", "D2", "A3"].map((a) => at(v, a))).toEqual([10, 5, 50, 51]);
    // across sheets, and a spill that would land on a taken cell leaves the reader at 0
    const w = sheetWith({
      A1: "=SUM('Verdeling 2024'!A1:A3)",
      "Verdeling 2024!A1": "=Blad1!C1:C3",
      C1: 2,
      C2: 3,
      C3: 4,
      E1: "=F1:F2",
      E2: "x",
    });
    expect([at(w, "A1"), at(w, "A2", "Verdeling 2024"), at(w, "E1")]).toEqual([9, 3, expect.objectContaining({ error: "#SPILL!" })]);
    // the sheet's last cell, read and spilled around: the grids are sparse
    const last = sheetWith({ A1: "=XFD1048576*2", XFD1048576: 5, B1: "=XFD1048576:XFD1048576" });
    expect([at(last, "A1"), at(last, "B1")]).toEqual([10, 5]);
  });

  test("THUIS functions through the wrappers; their errors as Excel errors; unknown names as #NAME?", () => {
    const v = sheetWith({
      A1: 5,
      A2: 3,
      A3: 2,
      B1: "=THUIS.FAIRSHARE(10,A1:A3)",
      C1: '=THUIS.CAP30(A1:A3,,"down")',
      D1: "=THUIS.FAIRSHARE(-1,A1:A3)",
      E1: "=VLOOKUP(1,A1:A3,1)",
      F1: "=SUM(B1:B3)",
    });
    expect(["B1", "B2", "B3", "C1", "C2", "C3", "F1"].map((a) => at(v, a))).toEqual([5, 3, 2, 1, 0, 0, 10]);
    expect(at(v, "D1")).toMatchObject({ error: "#VALUE!", message: expect.stringContaining("negatief") });
    expect(at(v, "E1")).toMatchObject({ error: "#NAME?" });
  });

  test("the parser reads the add-in's formulas and refuses what it does not know", () => {
    expect(parseFormula("=THUIS.CAP30(Gemeenten[Mutaties sociale huur],$B$5,$B$7)")).toMatchObject({
      kind: "call",
      name: "THUIS.CAP30",
      args: [{ kind: "table", table: "Gemeenten", column: "Mutaties sociale huur" }, { kind: "ref" }, { kind: "ref" }],
    });
    expect(parseFormula("=THUIS.REDISTRIBUTE(B13:B21,D13:D21)")).toMatchObject({
      args: [{ kind: "ref", a: { row: 12, column: 1 }, b: { row: 20, column: 1 } }, { kind: "ref" }],
    });
    expect(() => parseFormula("=A1 +* ")).toThrow();
    expect(() => parseFormula("=onbekend")).toThrow();
  });
});
