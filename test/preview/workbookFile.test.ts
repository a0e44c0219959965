/**
 * The browser edition's file round trip, in Node with the same exceljs the sample script uses:
 * a file is read into the simulated workbook (values, formulas, tables, merges, number formats),
 * and the download is the user's file with only what changed written, every formula carrying
 * what the preview computed as its cached result.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { STEDENDRIEHOEK_2024_PUBLISHED as P } from "../../src/data";
import { evaluateWorkbook } from "../../src/preview/formulas";
import { openWorkbookFile } from "../../src/preview/workbookRead";
import { workbookFileOf } from "../../src/preview/workbookWrite";
import { WorkbookModel } from "../../src/preview/workbookModel";
import { installFakeExcel } from "../fake-excel/fakeExcel";

const sample = join(__dirname, "..", "..", "examples", "Regio-Stedendriehoek-2024.xlsx");
const bytesOf = (buffer: Buffer): ArrayBuffer =>
  buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;

/** A corporation-style export: a merged title, a header with years, a totals row, a footnote, an "n.b." and a date. */
async function corporationExport(): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Export 2024");
  ws.getCell("A1").value = "Verhuringen sociale huur per gemeente";
  ws.mergeCells("A1:C1");
  ws.getRow(3).values = ["Gemeente", "Verhuringen sociale huur t/m liberalisatiegrens 2024", "Peildatum"];
  ws.getRow(4).values = ["Apeldoorn", 1184, new Date(Date.UTC(2024, 0, 1))];
  ws.getCell("C4").numFmt = "dd-mm-yyyy";
  ws.getRow(5).values = ["Epe", "n.b."];
  ws.getCell("A6").value = "Regio totaal";
  ws.getCell("B6").value = { formula: "SUM(B4:B5)", result: 1184 } as ExcelJS.CellFormulaValue;
  ws.getCell("A8").value = { richText: [{ text: "Bron: " }, { text: "corporaties", font: { bold: true } }] };
  ws.getCell("B8").value = { formula: "_xlfn.CONCAT(A4,A5)", result: "ApeldoornEpe" } as ExcelJS.CellFormulaValue;
  ws.getCell("A4").font = { bold: true, color: { argb: "FFC00000" } };
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

test("a corporation-style export reads as the user sees it: merged title, header, n.b., a date, formulas with their results", async () => {
  const model = new WorkbookModel(["Blad1"]);
  const { summary } = await openWorkbookFile(ExcelJS, await corporationExport(), "export.xlsx", model);
  expect(summary).toEqual({ sheets: 1, cells: 13, tables: 0, merges: 1 });
  const sheet = model.sheet("Export 2024")!;
  expect(model.sheets.map((s) => s.name)).toEqual(["Export 2024"]);
  expect(model.activeSheet).toBe("Export 2024");
  expect(sheet.merges).toEqual(["A1:C1"]);
  // the merged block's other cells stay empty, as in Excel
  expect(sheet.get(0, 1)).toBeUndefined();
  expect(sheet.grid({ row: 2, column: 0, rows: 4, columns: 3 })).toEqual([
    ["Gemeente", "Verhuringen sociale huur t/m liberalisatiegrens 2024", "Peildatum"],
    ["Apeldoorn", 1184, 45292],
    ["Epe", "n.b.", ""],
    ["Regio totaal", 1184, ""],
  ]);
  expect(sheet.numberFormatAt(3, 2)).toBe("dd-mm-yyyy");
  expect(sheet.get(5, 1)).toEqual({ value: 1184, formula: "=SUM(B4:B5)" });
  expect(sheet.get(7, 0)).toEqual({ value: "Bron: corporaties" });
  expect(sheet.get(7, 1)).toEqual({ value: "ApeldoornEpe", formula: "=CONCAT(A4,A5)" });
  const values = evaluateWorkbook(model);
  expect(values.get("Export 2024", 5, 1)).toBe(1184);
});

test("the download is the user's own file with the changes: their styles kept, new sheets written, cached results computed", async () => {
  const model = new WorkbookModel(["Blad1"]);
  const { opened } = await openWorkbookFile(ExcelJS, await corporationExport(), "export.xlsx", model);
  const sheet = model.sheet("Export 2024")!;
  sheet.set(4, 1, { value: 600 }); // Epe's n.b. filled in
  sheet.set(8, 0, { value: "=dit is tekst" }); // user text that looks like a formula stays text
  model.put("Nieuw", "A1", [[1], [2]]);
  model.sheet("Nieuw")!.set(0, 1, { value: "", formula: "=A1:A2*10" });
  model.sheet("Nieuw")!.formats.push({ address: "B1:B2", numberFormat: "0.0", bold: true });
  const bytes = await workbookFileOf(ExcelJS, model, evaluateWorkbook(model), opened);

  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes);
  const ws = back.getWorksheet("Export 2024")!;
  expect(ws.getCell("B5").value).toBe(600);
  expect(ws.getCell("A9").value).toBe("=dit is tekst");
  expect(ws.getCell("B6").value).toEqual({ formula: "SUM(B4:B5)", result: 1784 });
  // CONCAT is computed by the preview too; the user's bold red font and the merge survive
  expect((ws.getCell("B8").value as ExcelJS.CellFormulaValue).result).toBe("ApeldoornEpe");
  expect(ws.getCell("A4").font).toMatchObject({ bold: true, color: { argb: "FFC00000" } });
  expect(ws.getCell("B1").isMerged).toBe(true);
  const added = back.getWorksheet("Nieuw")!;
  expect(added.getCell("B1").value).toEqual({ formula: "INDEX(A1:A2*10,1)", result: 10 });
  expect(added.getCell("B2").value).toEqual({ formula: "INDEX(A1:A2*10,2)", result: 20 });
  expect(added.getCell("B2").numFmt).toBe("0.0");
  expect(added.getCell("B2").font).toMatchObject({ bold: true });
});

test("the sample workbook opens with its table and its formulas, computed as the file cached them", async () => {
  const model = new WorkbookModel(["Blad1"]);
  const { summary } = await openWorkbookFile(ExcelJS, bytesOf(readFileSync(sample)), "sample.xlsx", model);
  expect(summary.tables).toBe(1);
  expect(model.tables).toEqual([{ name: "Gemeenten", sheet: "Gemeenten", row: 0, column: 0, rows: 10, columns: 7 }]);
  expect(model.sheets.map((s) => s.name)).toEqual(["Gemeenten", "Verdeling 2024", "Verantwoording", "Monitor"]);
  expect(model.sheet("Verdeling 2024")!.frozenRows).toBe(12);
  const values = evaluateWorkbook(model);
  expect(Array.from({ length: 9 }, (_, i) => values.get("Verdeling 2024", 12 + i, 1))).toEqual([...P.fairShare]);
  expect(Array.from({ length: 9 }, (_, i) => model.sheet("Verdeling 2024")!.get(12 + i, 1)?.value)).toEqual([...P.fairShare]);
});

test("a table of the file with its header row hidden opens as such: the pane passes it over, as Excel, and offers the other", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data");
  ws.addTable({ name: "Kaal", ref: "A1", headerRow: false, columns: [{ name: "a" }, { name: "b" }], rows: [["Aa", 1]] });
  const columns = [{ name: "Gemeente" }, { name: "Inwonertal" }];
  ws.addTable({ name: "Regio", ref: "D1", headerRow: true, columns, rows: [["Aa", 100]] });
  const model = new WorkbookModel(["Blad1"]);
  await openWorkbookFile(ExcelJS, (await wb.xlsx.writeBuffer()) as ArrayBuffer, "tabellen.xlsx", model);
  expect(model.tables.map((t) => [t.name, t.showHeaders !== false, t.rows])).toEqual([
    ["Kaal", false, 1],
    ["Regio", true, 2],
  ]);
  installFakeExcel(globalThis as unknown as Record<string, unknown>, model);
  const { createExcelGateway } = await import("../../src/excel/gateway");
  expect((await createExcelGateway().findOpeningTables()).offered).toBe("Regio");
});
