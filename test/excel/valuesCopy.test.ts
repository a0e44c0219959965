/**
 * "Kopie met waarden": after Excel has computed the scenario sheet (here: HyperFormula computes
 * it and the results are put into the fake workbook, as Excel's calculation would), the copy
 * holds the numbers only — 422, 355, 214 … — marked as a copy with date and source; the
 * scenario sheet itself is untouched.
 */
import { STEDENDRIEHOEK_2024, STEDENDRIEHOEK_2024_PUBLISHED as P } from "../../src/data";
import { createExcelGateway } from "../../src/excel/gateway";
import { AdapterError } from "../../src/excel/types";
import { DEFAULT_SETTINGS } from "../../src/scenario";
import { installFakeExcel } from "../fake-excel/fakeExcel";
import { WorkbookModel } from "../fake-excel/model";
import { evaluateWorkbook } from "./hyperformulaThuis";

/** Puts the computed value of every cell of the sheet's used block into the fake workbook. */
function recalculate(model: WorkbookModel, sheetName: string): void {
  const evaluated = evaluateWorkbook(model);
  const sheet = model.sheet(sheetName)!;
  const used = sheet.usedBlock()!;
  const height = used.row + used.rows;
  for (let r = 0; r < height; r++)
    for (let c = 0; c < used.column + used.columns; c++) {
      const value = evaluated.value(sheetName, r, c);
      const cell = sheet.get(r, c);
      if (cell?.formula) cell.value = (value ?? "") as string | number;
      else if (!cell && (typeof value === "number" || typeof value === "string")) sheet.set(r, c, { value }); // a spilled result
    }
}

test("the copy shows the computed numbers, marked with date and source; the scenario sheet is untouched", async () => {
  const model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
  const gateway = createExcelGateway();
  await gateway.writeMunicipalityTable(STEDENDRIEHOEK_2024);
  await gateway.writeScenarioSheet({
    sheetName: "Verdeling 2024",
    tableName: "Gemeenten",
    settings: DEFAULT_SETTINGS,
    region: "Regio Stedendriehoek",
    year: 2024,
    sources: STEDENDRIEHOEK_2024.sources,
    replaceOwnSheet: false,
    language: "nl",
  });
  recalculate(model, "Verdeling 2024");
  const scenario = JSON.stringify([...model.sheet("Verdeling 2024")!.cells]);
  const syncs = model.syncCount;

  const result = await gateway.writeValuesCopy({ sheetName: "Verdeling 2024", date: "26 november 2026", language: "nl" });
  // the record; the sheets as shown; the copies
  expect(model.syncCount - syncs).toBe(3);
  expect(result.sheetName).toBe("Verdeling 2024 (waarden)");
  expect(result.sheets).toEqual(["Verdeling 2024 (waarden)", "Verantwoording (waarden)"]);
  const copy = model.sheet(result.sheetName)!;
  expect(copy.get(0, 0)?.value).toBe(
    "Kopie met waarden van blad 'Verdeling 2024', gemaakt op 26 november 2026 met Verdeelwijzer 0.1.0. Zonder formules: verandert niet " +
      "mee als de gegevens veranderen.",
  );
  // the scenario block starts at row 3 of the copy: data rows 13–21 of the sheet are rows 15–23
  const column = (c: number) => Array.from({ length: 9 }, (_, i) => copy.get(14 + i, c)?.value);
  expect(column(0)).toEqual([...P.municipalities]);
  expect(column(1)).toEqual([...P.fairShare]);
  expect(column(3)).toEqual([...P.max30Social]);
  expect(copy.get(24, 3)?.value).toBe(214);
  expect([...copy.cells.values()].some((cell) => cell.formula)).toBe(false);
  expect(JSON.stringify([...model.sheet("Verdeling 2024")!.cells])).toBe(scenario);
  // a second copy gets a free name
  expect((await gateway.writeValuesCopy({ sheetName: "Verdeling 2024", date: "26 november 2026", language: "en" })).sheetName).toBe(
    "Verdeling 2024 (waarden) (2)",
  );
});

test("a copy of a sheet the add-in did not write as a scenario is refused: nothing changed", async () => {
  const model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
  const before = model.snapshot();
  const error = await createExcelGateway()
    .writeValuesCopy({ sheetName: "Blad1", date: "26 november 2026", language: "nl" })
    .then(
      () => null,
      (e: unknown) => e,
    );
  expect((error as AdapterError).info.nl).toBe(
    "Het blad 'Blad1' is geen scenarioblad van Verdeelwijzer (of bestaat niet meer). Maak eerst het scenarioblad; er is niets gewijzigd.",
  );
  expect(model.snapshot()).toEqual(before);
});

test("19 the copy holds the group block's values: the matrix as Excel computed it, its margins the fair shares and the needs", async () => {
  const model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
  const gateway = createExcelGateway();
  await gateway.writeMunicipalityTable(STEDENDRIEHOEK_2024);
  const needs = STEDENDRIEHOEK_2024.groups!.groups.map((_, j) => (j === 0 ? 180 : 110));
  const groups = STEDENDRIEHOEK_2024.groups!.groups.map((g, j) => ({ ...g, need: needs[j] }));
  await gateway.writeScenarioSheet({
    sheetName: "Verdeling 2024",
    tableName: "Gemeenten",
    settings: { ...DEFAULT_SETTINGS, groups: { groups, honour: "A", method: "webster" } },
    region: "Regio Stedendriehoek",
    year: 2024,
    sources: STEDENDRIEHOEK_2024.sources,
    replaceOwnSheet: false,
    language: "nl",
  });
  recalculate(model, "Verdeling 2024");
  const result = await gateway.writeValuesCopy({ sheetName: "Verdeling 2024", date: "30 november 2026", language: "nl" });
  const copy = model.sheet(result.sheetName)!;
  const sheet = model.sheet("Verdeling 2024")!;
  const rowOf = (s: typeof sheet, text: string) =>
    [...s.cells]
      .find(([, cell]) => cell.value === text)![0]
      .split(",")
      .map(Number)[0];
  const [needsInCopy, needsOnSheet] = [rowOf(copy, "Behoefte per jaar"), rowOf(sheet, "Behoefte per jaar")];
  // the copy's body starts two rows lower than the sheet
  expect(needsInCopy).toBe(needsOnSheet + 2);
  const block = (s: typeof sheet, top: number) =>
    Array.from({ length: 9 }, (_, i) => Array.from({ length: groups.length + 1 }, (_, j) => s.get(top + i, j)?.value));
  const matrix = block(copy, needsInCopy + 1);
  expect(matrix).toEqual(block(sheet, needsOnSheet + 1));
  expect(matrix.map((r) => r[0])).toEqual([...P.municipalities]);
  const seats = matrix.map((r) => r.slice(1) as number[]);
  expect(seats.flat().every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
  expect(seats.map((r) => r.reduce((a, b) => a + b, 0))).toEqual([...P.fairShare]);
  expect(groups.map((_, j) => seats.reduce((s, r) => s + r[j], 0))).toEqual(needs);
  expect(copy.get(needsInCopy, 1)?.value).toBe(180);
  expect([...copy.cells.values()].some((cell) => cell.formula)).toBe(false);
  // the Verantwoording's section per group is copied too
  const justification = model.sheet(result.sheets[1])!;
  expect([...justification.cells.values()].some((cell) => String(cell.value).includes(groups[1].name))).toBe(true);
});
