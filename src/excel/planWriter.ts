/* global Excel */
import { parseAddress } from "../sheets/a1";
import type { CellFormat, ColumnWidth, SheetPlan } from "../sheets/plan";
import { formatTextCells } from "./textCells";

/**
 * The one writer of sheet plans (src/sheets): the cells as one 2-D array, then the formats of
 * planned blocks and the column widths. Every owned sheet goes through it, so a format means
 * the same on each; a writer adds only what its plan has beyond (dropdowns, charts, print setup).
 *
 * @example
 *   writeSheetPlan(sheet, planScenarioSheet(request)); // queued; the caller syncs once
 */
export function writeSheetPlan(sheet: Excel.Worksheet, plan: SheetPlan, userTexts: readonly string[] = []): void {
  formatTextCells(sheet, plan.address, plan.cells, userTexts);
  sheet.getRange(plan.address).formulas = plan.cells;
  writeFormats(sheet, plan.formats);
  writeColumnWidths(sheet, plan.columnWidths);
}

/** Number formats (as a 2-D array), font, fill, merge, wrap and bottom border per planned block. */
export function writeFormats(sheet: Excel.Worksheet, formats: readonly CellFormat[]): void {
  for (const f of formats) {
    const range = sheet.getRange(f.address);
    if (f.numberFormat) {
      const block = parseAddress(f.address);
      range.numberFormat = Array.from({ length: block.rows }, () => new Array(block.columns).fill(f.numberFormat));
    }
    if (f.bold) range.format.font.bold = true;
    if (f.italic) range.format.font.italic = true;
    if (f.fontColor) range.format.font.color = f.fontColor;
    if (f.fill) range.format.fill.color = f.fill;
    if (f.merge) range.merge(false);
    if (f.wrap) range.format.wrapText = true;
    if (f.borderBottom) range.format.borders.getItem("EdgeBottom").style = "Continuous";
  }
}

export function writeColumnWidths(sheet: Excel.Worksheet, widths: readonly ColumnWidth[]): void {
  for (const w of widths) sheet.getRangeByIndexes(0, w.column, 1, 1).format.columnWidth = w.width;
}

/** A chart of a plan's data, named (so a rewrite finds and replaces it) and placed where the plan says. */
export interface ChartPlacement {
  name: string;
  type: "BarClustered" | "BarStacked" | "Line";
  seriesBy: "Columns" | "Rows";
  dataAddress: string;
  title: string;
  topLeft: string;
  bottomRight: string;
  /** Names of the series in data order, for data without a header row (Excel would call them "Reeks1", …). */
  seriesNames?: readonly string[];
}

export function addChart(sheet: Excel.Worksheet, chart: ChartPlacement): void {
  const added = sheet.charts.add(chart.type, sheet.getRange(chart.dataAddress), chart.seriesBy);
  added.name = chart.name;
  added.title.text = chart.title;
  added.legend.position = "Bottom";
  added.setPosition(chart.topLeft, chart.bottomRight);
  chart.seriesNames?.forEach((name, k) => (added.series.getItemAt(k).name = name));
}
