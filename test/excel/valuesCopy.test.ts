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
