import type ExcelJS from "exceljs";
import { parseAddress } from "../sheets/a1";
import type { CellFormat, ColumnWidth, PlanCell, ScenarioPlan, SpillSpec } from "../sheets";
import type { JustificationPlan } from "../sheets/justificationLayout";

/**
 * THE writer of an .xlsx sheet with cached values: the sample workbook (scripts/sample-workbook.ts)
 * and the browser edition's download (src/preview/workbookFile.ts) both put their cells through
 * it, so a file from either opens alike in Excel without the add-in and in LibreOffice.
 *
 * Every formula cell carries what Excel shows as its cached result. A spilled formula is stored
 * as one ordinary formula per cell it fills, `INDEX(<formula>, row[, column])`, each with its
 * cached value: Excel with the add-in computes them live, and a reader without it (Excel without
 * Verdeelwijzer, LibreOffice) shows the cached numbers — array formulas would be recomputed on
 * load by LibreOffice and show #NAME?. exceljs cannot write Excel's dynamic-array metadata
 * anyway; the wizard itself writes real dynamic arrays.
 *
 * Only types come from exceljs here: the caller hands in a worksheet of whichever build it loaded
 * (Node's for the script, the browser's, loaded on demand, for the preview).
 */
export type Shown = string | number | boolean | { error: string };

/** Values as they are, formulas with their cached result; a spilling formula as INDEX(…) per cell it fills. */
export function writeCells(
  sheet: ExcelJS.Worksheet,
  cells: readonly (readonly PlanCell[])[],
  values: readonly (readonly Shown[])[],
  spillList: readonly SpillSpec[],
): void {
  const spilled = spilledFormulas(cells, spillList);
  for (let r = 0; r < Math.max(cells.length, values.length); r++)
    for (let c = 0; c < Math.max(cells[r]?.length ?? 0, values[r]?.length ?? 0); c++) {
      const value = cells[r]?.[c] ?? "";
      const shown = values[r]?.[c] ?? "";
      const formula = spilled.get(`${r},${c}`) ?? (typeof value === "string" && value.startsWith("=") ? value.slice(1) : null);
      if (formula === null && value === "" && shown === "") continue;
      const cell = sheet.getCell(r + 1, c + 1);
      if (formula === null) cell.value = (value === "" ? shown : value) as ExcelJS.CellValue;
      else
        cell.value = { formula: readableWithoutAddIn(formula, shown, spilled.has(`${r},${c}`)), result: shown } as ExcelJS.CellFormulaValue;
    }
}

/**
 * A blank result is cached as empty text, as Excel stores a formula that shows "". LibreOffice
 * keeps no empty cached text: it recomputes such a cell on load, and a THUIS function it does
 * not know shows #NAME? (the future years of the Monitor's backlog). A spilled cell whose
 * result is blank is therefore written as IFERROR(INDEX(…),""): blank in LibreOffice, the same
 * value in Excel with the add-in. An error of the function still shows: every cell of a spill
 * calls it on the same arguments, and the cells with a figure are not wrapped.
 */
function readableWithoutAddIn(formula: string, shown: Shown, spilled: boolean): string {
  return spilled && shown === "" && /THUIS\./i.test(formula) ? `IFERROR(${formula},"")` : formula;
}

/** Per cell of every spill: INDEX of the anchor's formula at that cell's place. */
function spilledFormulas(cells: readonly (readonly PlanCell[])[], spills: readonly SpillSpec[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of spills) {
    const anchor = String(cells[s.row][s.column]).slice(1);
    for (let i = 0; i < s.rows; i++)
      for (let j = 0; j < s.columns; j++)
        out.set(`${s.row + i},${s.column + j}`, s.columns === 1 ? `INDEX(${anchor},${i + 1})` : `INDEX(${anchor},${i + 1},${j + 1})`);
  }
  return out;
}

/**
 * Formats of planned blocks, cumulative as in Excel (a later format that sets only a colour keeps
 * the bold of an earlier one): number format, font, fill, wrap, a thin bottom border, merges.
 */
export function writeFormats(sheet: ExcelJS.Worksheet, formats: readonly CellFormat[]): void {
  for (const f of formats) {
    if (f.merge) sheet.mergeCells(f.address);
    const b = parseAddress(f.address);
    for (let r = b.row; r < b.row + b.rows; r++)
      for (let c = b.column; c < b.column + b.columns; c++) formatCell(sheet.getCell(r + 1, c + 1), f);
  }
}

function formatCell(cell: ExcelJS.Cell, f: CellFormat): void {
  if (f.numberFormat) cell.numFmt = f.numberFormat;
  if (f.bold !== undefined || f.italic !== undefined || f.fontColor)
    cell.font = {
      ...cell.font,
      bold: f.bold ?? cell.font?.bold,
      italic: f.italic ?? cell.font?.italic,
      color: f.fontColor ? { argb: `FF${f.fontColor.slice(1)}` } : cell.font?.color,
    };
  if (f.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${f.fill.slice(1)}` } };
  if (f.wrap) cell.alignment = { ...cell.alignment, wrapText: true, vertical: "top" };
  if (f.borderBottom) cell.border = { ...cell.border, bottom: { style: "thin" } };
}

/** Column widths in Excel's pixels, as characters (about 6 px each at the default font). */
export function writeColumnWidths(sheet: ExcelJS.Worksheet, widths: readonly ColumnWidth[]): void {
  for (const w of widths) sheet.getColumn(w.column + 1).width = Math.round(w.width / 6);
}

/** The scenario sheet: cells with cached results, formats, dropdowns and widths. */
export function writePlan(sheet: ExcelJS.Worksheet, plan: ScenarioPlan): void {
  writeCells(sheet, plan.cells, plan.values, plan.spills);
  writeFormats(sheet, plan.formats);
  for (const v of plan.validations) {
    sheet.getCell(v.address).dataValidation = {
      type: "list",
      allowBlank: false,
      formulae: [`"${v.choices.join(",")}"`],
      showErrorMessage: true,
    };
  }
  writeColumnWidths(sheet, plan.columnWidths);
}

/** The Verantwoording plan: values, SUM totals with cached results, formats, merges, heights, page setup. */
export function writeJustificationPlan(sheet: ExcelJS.Worksheet, plan: JustificationPlan): void {
  writeCells(sheet, plan.cells, plan.values, []);
  writeFormats(sheet, plan.formats);
  writeColumnWidths(sheet, plan.columnWidths);
  for (const h of plan.rowHeights) sheet.getRow(h.row + 1).height = h.height;
  const p = plan.pageSetup;
  const titleRow = p.printTitleRows.replace(/\$/g, "");
  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: p.fitToPagesWide,
    fitToHeight: p.fitToPagesTall,
    printArea: p.printArea,
    printTitlesRow: `${titleRow.split(":")[0]}:${titleRow.split(":")[1]}`,
    horizontalCentered: p.centerHorizontally,
  };
  sheet.headerFooter = {
    oddHeader: `&L${p.header.left}&C${p.header.center}&R${p.header.right}`,
    oddFooter: `&L${p.footer.left}&C${p.footer.center}&R${p.footer.right}`,
  };
}
