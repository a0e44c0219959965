/**
 * The sample workbook: opened from disk with exceljs, it holds the Gemeenten table with the
 * embedded data and the scenario sheet with the THUIS formulas the wizard writes.
 */
import ExcelJS from "exceljs";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { STEDENDRIEHOEK_2024_LETTINGS as L, STEDENDRIEHOEK_2024_PUBLISHED as P } from "../../src/data";
import { buildSampleWorkbook } from "../../scripts/sample-workbook";

const committed = join(__dirname, "..", "..", "examples", "Regio-Stedendriehoek-2024.xlsx");

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe.each([
  ["committed examples/ file", async () => committed],
  [
    "freshly generated",
    async () => {
      const file = join(tmpdir(), `verdeelwijzer-sample-${process.pid}.xlsx`);
      await (await buildSampleWorkbook()).xlsx.writeFile(file);
      return file;
    },
  ],
])("%s", (_name, file) => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const path = await file();
    expect(existsSync(path)).toBe(true);
    wb = await open(path);
  });

  test("the Gemeenten table holds the embedded data, blanks as blanks", () => {
    const sheet = wb.getWorksheet("Gemeenten")!;
    const table = sheet.getTable("Gemeenten") as unknown as { table: { tableRef: string; columns: { name: string }[] } };
    expect(table.table.tableRef).toBe("A1:G10");
    expect(table.table.columns.map((c) => c.name)).toEqual(["Gemeente", "Inwonertal", "Mutaties sociale huur", "Mutaties tot 1e aftoppingsgrens", "Realisatie", "Herkomst", "Woningvoorraad"]);
    for (let i = 0; i < 9; i++) {
      const row = sheet.getRow(i + 2);
      expect([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value, row.getCell(4).value, row.getCell(5).value]).toEqual([
        P.municipalities[i],
        P.fairShare[i],
        L.social[i],
        L.cheap[i],
        P.realised[i],
      ]);
      expect(row.getCell(6).value).toBeNull();
    }
    expect(sheet.getCell("C5").dataValidation).toMatchObject({ type: "whole", operator: "greaterThanOrEqual" });
  });

  test("the scenario sheet holds the THUIS formulas over the table, totals and 'niet geplaatst'", () => {
    const sheet = wb.getWorksheet("Verdeling 2024")!;
    const formula = (a1: string) => (sheet.getCell(a1).value as { formula?: string; sharedFormula?: string })?.formula;
    expect(sheet.getCell("B3").value).toBe(1170);
    expect(formula("B13")).toBe("INDEX(THUIS.FAIRSHARE($B$3,Gemeenten[Inwonertal],$B$8),1)");
    expect(formula("B14")).toBe("INDEX(THUIS.FAIRSHARE($B$3,Gemeenten[Inwonertal],$B$8),2)");
    expect(formula("D13")).toBe("INDEX(THUIS.CAP30(Gemeenten[Mutaties sociale huur],$B$5,$B$7),1)");
    expect(formula("F13")).toBe("INDEX(THUIS.MIN15(Gemeenten[Mutaties sociale huur],$B$6,$B$7),1)");
    expect(formula("D22")).toBe("SUM(D13:D21)");
    expect(formula("D23")).toBe("THUIS.SHORTFALL($B$13:$B$21,D13:D21)");
    expect(formula("B27")).toBe("INDEX(THUIS.GROWTHPATH(C13:C21,B13:B21,$B$9,$B$10),1,1)");
    expect(formula("M35")).toBe("INDEX(THUIS.GROWTHPATH(C13:C21,B13:B21,$B$9,$B$10),9,12)");
    // every formula cell carries its computed value for readers without the add-in
    const cached = (a1: string) => (sheet.getCell(a1).value as { result?: unknown }).result;
    expect([cached("B13"), cached("D13"), cached("D23"), cached("E23"), cached("M35")]).toEqual([422, 355, 214, 699, 48]);
    expect(sheet.getCell("A22").value).toBe("Regio totaal");
    expect(sheet.getCell("A23").value).toBe("Niet geplaatst");
  });
});
