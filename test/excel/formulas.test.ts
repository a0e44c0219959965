/**
 * Formulas proven, not just written: the scenario sheet the adapter writes for the embedded
 * data is computed by a real formula engine (HyperFormula, with the THUIS functions
 * registered) and reproduces the seed: columns A, C, D, E exact, totals exact sums (D 471,
 * E 479), "niet geplaatst" exact (C 214), solidarity 956, growth path from B to A.
 */
import { STEDENDRIEHOEK_2024, STEDENDRIEHOEK_2024_PUBLISHED as P } from "../../src/data";
import { DEFAULT_SETTINGS } from "../../src/scenario";
import { createExcelGateway } from "../../src/excel/gateway";
import { installFakeExcel } from "../fake-excel/fakeExcel";
import { WorkbookModel } from "../fake-excel/model";
import { evaluateWorkbook } from "./hyperformulaThuis";

let value: (row: number, column: number) => unknown;

beforeAll(async () => {
  const model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
  const gateway = createExcelGateway();
  await gateway.writeMunicipalityTable(STEDENDRIEHOEK_2024);
  await gateway.writeScenarioSheet({
    sheetName: "Verdeling 2024",
    tableName: "Gemeenten",
    settings: DEFAULT_SETTINGS,
    region: STEDENDRIEHOEK_2024.region,
    year: 2024,
    sources: STEDENDRIEHOEK_2024.sources,
    replaceOwnSheet: false,
    language: "nl",
  });
  const evaluated = evaluateWorkbook(model);
  value = (row, column) => evaluated.value("Verdeling 2024", row, column);
});

const column = (c: number) => Array.from({ length: 9 }, (_, i) => value(12 + i, c));

test("names spill from the table", () => {
  expect(column(0)).toEqual([...P.municipalities]);
});

test("A, B, C, D, E equal the seed's columns", () => {
  expect(column(1)).toEqual([...P.fairShare]);
  expect(column(2)).toEqual([...P.realised]);
  expect(column(3)).toEqual([...P.max30Social]);
  expect(column(4)).toEqual([...P.max30Cheap]);
  expect(column(5)).toEqual([...P.min15]);
});

test("totals are the exact sums of the cells shown: 1170, 795, 956, 471, 479", () => {
  expect([1, 2, 3, 4, 5].map((c) => value(21, c))).toEqual([1170, 795, 956, 471, 479]);
});

test("'niet geplaatst' is exact: 0, 375, 214, 699, 691", () => {
  expect([1, 2, 3, 4, 5].map((c) => value(22, c))).toEqual([0, 375, 214, 699, 691]);
});

test("solidarity places 956 within the caps of C; the need is 37% of the lettings", () => {
  expect(value(21, 6)).toBe(956);
  column(6).forEach((v, i) => expect(v as number).toBeLessThanOrEqual(P.max30Social[i]));
  expect(Math.round((value(3, 1) as number) * 100)).toBe(37);
});

test("growth path runs from realised (B) in 2024 to the fair share (A) in 2035, totals summed", () => {
  const first = 26; // growth block: header row 25, data from row 26 (0-based)
  expect(value(first - 1, 1)).toBe(2024);
  expect(value(first - 1, 12)).toBe(2035);
  expect(Array.from({ length: 9 }, (_, i) => value(first + i, 1))).toEqual([...P.realised]);
  expect(Array.from({ length: 9 }, (_, i) => value(first + i, 12))).toEqual([...P.fairShare]);
  expect(value(first + 9, 1)).toBe(795);
  expect(value(first + 9, 12)).toBe(1170);
});
