import ExcelJS from "exceljs";
import { STEDENDRIEHOEK_2024 } from "../src/data";
import type { RegionDataset } from "../src/data";
import { address, parseAddress, quoteSheet } from "../src/excel/a1";
import { computeMonitor } from "../src/engine/monitor";
import { FIRST_YEAR_COLUMN, planMonitorSheet } from "../src/excel/monitorLayout";
import { monitorValues } from "../src/excel/monitorValues";
import type { FormatSpec, SpillSpec } from "../src/scenario/sheetPlan";
import type { GrowthResult } from "../src/scenario/model";
import { DEFAULT_SETTINGS, Language, ScenarioPlan, ScenarioSettings, computeScenarios, inputOf, planScenarioSheet } from "../src/scenario";
import { TABLE_COLUMNS, TABLE_NAME, TABLE_SHEET } from "../src/excel/tableColumns";

/**
 * The sample workbook, as the wizard would write it: the `Gemeenten` table with the embedded
 * data and the scenario sheet from the same plan the Excel adapter uses (src/scenario/sheetPlan.ts).
 *
 * Every formula cell carries its computed value (the scenario model's number) as the cached
 * result, so a reader without the add-in — Excel without Verdeelwijzer, LibreOffice — shows
 * 422, 355, 214 … instead of #NAME?. One difference, because exceljs cannot write Excel's
 * dynamic-array metadata: each spilling THUIS formula is stored as a classic array formula over
 * exactly the cells it fills ({=THUIS.CAP30(…)} over D13:D21). Excel computes them live just the
 * same once the add-in is loaded; the wizard itself writes real dynamic arrays.
 */
export async function buildSampleWorkbook(dataset: RegionDataset = STEDENDRIEHOEK_2024, settings: ScenarioSettings = DEFAULT_SETTINGS, language: Language = "nl"): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Verdeelwijzer";
  workbook.created = new Date(Date.UTC(2026, 3, 13));
  const n = dataset.municipalities.length;

  const data = workbook.addWorksheet(TABLE_SHEET);
  data.addTable({
    name: TABLE_NAME,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: TABLE_COLUMNS.map((c) => ({ name: c.header })),
    rows: dataset.municipalities.map((m) => TABLE_COLUMNS.map((c) => (c.key === "name" ? m.name : (m[c.key] ?? null)))),
  });
  data.columns.forEach((column, i) => (column.width = i === 0 ? 18 : 16));
  for (let r = 2; r <= n + 1; r++) {
    for (let c = 2; c <= TABLE_COLUMNS.length; c++) {
      data.getCell(r, c).dataValidation = {
        type: "whole",
        operator: "greaterThanOrEqual",
        formulae: [0],
        allowBlank: true,
        showErrorMessage: true,
        errorTitle: "Geen geldig aantal",
        error: "Alleen hele aantallen van 0 of meer. Laat de cel leeg als het getal onbekend is.",
      };
    }
  }

  const model = computeScenarios(inputOf(dataset.municipalities), settings, dataset.year);
  const plan = planScenarioSheet({ model, tableName: TABLE_NAME, region: dataset.region, sources: dataset.sources, language });
  const sheetName = `${language === "nl" ? "Verdeling" : "Allocation"} ${dataset.year}`;
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: plan.freezeRows }] });
  writePlan(sheet, plan);
  if (model.growth && plan.growth) addMonitor(workbook, dataset, model.growth, plan.growth, sheetName, language);
  return workbook;
}

/**
 * The Monitor sheet as the pane creates it from the scenario's growth path, with the start
 * year's realisation (the table's Realisatie, column B of the seed) filled in and later years
 * blank; every formula cell carries its cached result (monitorValues, from computeMonitor).
 * exceljs writes no charts: the line chart appears when the pane writes the monitor.
 */
function addMonitor(workbook: ExcelJS.Workbook, dataset: RegionDataset, growth: GrowthResult, at: NonNullable<ScenarioPlan["growth"]>, scenarioSheet: string, language: Language): void {
  const names = dataset.municipalities.map((m) => m.name);
  const startYear = growth.years[0];
  const endYear = growth.years[growth.years.length - 1];
  const realised = dataset.municipalities.map((m) => growth.years.map((_, k) => (k === 0 ? m.realised : null)));
  const path = { kind: "path" as const, address: `${quoteSheet(scenarioSheet)}!${address(at.firstRow, 1, names.length, growth.years.length)}`, firstYear: startYear };
  const plan = planMonitorSheet({ region: dataset.region, municipalities: names, startYear, endYear, target: path, language, realised });
  const monitor = computeMonitor(names.map((name, i) => ({ name, targets: growth.rows[i], realised: realised[i] })), { startYear });
  const values = monitorValues(plan, monitor, language);
  const sheet = workbook.addWorksheet("Monitor", { views: [{ state: "frozen", xSplit: plan.freezeColumns }] });
  const backlog = plan.sections.backlog;
  const spill = { row: backlog.firstRow, column: FIRST_YEAR_COLUMN, rows: names.length, columns: growth.years.length };
  writeCells(sheet, plan.cells, values, [spill]);
  writeFormats(sheet, plan.formats);
  for (const c of plan.conditionalFormats) {
    const style = { fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${c.fill.slice(1)}` } }, font: { color: { argb: `FF${c.fontColor.slice(1)}` } } };
    sheet.addConditionalFormatting({ ref: c.address, rules: [{ type: "cellIs", operator: "equal", formulae: [`"${c.textEquals}"`], style, priority: 1 } as ExcelJS.ConditionalFormattingRule] });
  }
  const v = plan.dataValidation;
  const block = parseAddress(v.address);
  for (let r = block.row; r < block.row + block.rows; r++)
    for (let c = block.column; c < block.column + block.columns; c++)
      sheet.getCell(r + 1, c + 1).dataValidation = { type: "whole", operator: "greaterThanOrEqual", formulae: [0], allowBlank: true, showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.message, showErrorMessage: true, errorTitle: v.errorAlert.title, error: v.errorAlert.message };
  for (const w of plan.columnWidths) sheet.getColumn(w.column + 1).width = Math.round(w.width / 6);
}

/** Cells with cached results, spills as array formulas, formats, dropdowns and widths. */
export function writePlan(sheet: ExcelJS.Worksheet, plan: ScenarioPlan): void {
  writeCells(sheet, plan.cells, plan.values, plan.spills);
  writeFormats(sheet, plan.formats);
  for (const v of plan.validations) {
    sheet.getCell(v.address).dataValidation = { type: "list", allowBlank: false, formulae: [`"${v.choices.join(",")}"`], showErrorMessage: true };
  }
  for (const w of plan.columnWidths) sheet.getColumn(w.column + 1).width = Math.round(w.width / 6);
}

type Shown = string | number | boolean | { error: string };

/** Values as they are, formulas with their cached result; a spilling formula as an array formula over the cells it fills. */
function writeCells(sheet: ExcelJS.Worksheet, cells: readonly (readonly (string | number | boolean)[])[], values: readonly (readonly Shown[])[], spillList: readonly SpillSpec[]): void {
  const spills = new Map(spillList.map((s) => [`${s.row},${s.column}`, s]));
  cells.forEach((row, r) =>
    row.forEach((value, c) => {
      const shown = values[r][c];
      if (value === "" && shown === "") return;
      const cell = sheet.getCell(r + 1, c + 1);
      if (typeof value !== "string" || !value.startsWith("=")) {
        cell.value = (value === "" ? shown : value) as ExcelJS.CellValue;
        return;
      }
      const spill = spills.get(`${r},${c}`);
      // a blank result is cached as an empty text, as Excel stores a formula that shows ""
      const result = shown;
      if (!spill) {
        cell.value = { formula: value.slice(1), result } as ExcelJS.CellFormulaValue;
        return;
      }
      const ref = `${cell.address}:${sheet.getCell(r + spill.rows, c + spill.columns).address}`;
      cell.value = { formula: value.slice(1), shareType: "array", ref, result } as ExcelJS.CellFormulaValue;
    }),
  );
}

function writeFormats(sheet: ExcelJS.Worksheet, formats: readonly FormatSpec[]): void {
  for (const f of formats) {
    const b = parseAddress(f.address);
    for (let r = b.row; r < b.row + b.rows; r++)
      for (let c = b.column; c < b.column + b.columns; c++) {
        const cell = sheet.getCell(r + 1, c + 1);
        if (f.numberFormat) cell.numFmt = f.numberFormat;
        if (f.bold || f.italic || f.fontColor) cell.font = { ...cell.font, bold: f.bold, italic: f.italic, color: f.fontColor ? { argb: `FF${f.fontColor.slice(1)}` } : undefined };
        if (f.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${f.fill.slice(1)}` } };
      }
  }
}
