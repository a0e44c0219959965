import type ExcelJS from "exceljs";
import { address, parseAddress } from "../sheets/a1";
import type { CellFormat, ColumnWidth, PlanCell, SpillSpec } from "../sheets";
import { Shown, writeCells, writeColumnWidths, writeFormats } from "../xlsx/sheetWriter";
import { WorkbookValues, isError } from "./formulas";
import type { ExcelJSModule, OpenedFile, SheetBaseline } from "./workbookRead";
import { Cell, SheetModel, TableModel, WorkbookModel } from "./workbookModel";

/**
 * The simulated workbook as an .xlsx to download, through the sample workbook's writer
 * (src/xlsx/sheetWriter.ts): every formula with what the preview computed as its cached result,
 * a spilled THUIS formula as INDEX(…) per cell, so Excel without the add-in and LibreOffice show
 * the figures. When the workbook came from a file, the download starts from that file and
 * writes only what changed since it was opened: the user's styles, widths and anything the
 * simulation does not hold stay as they were; a formula the preview cannot compute keeps the
 * file's own cached result.
 *
 * @example
 *   const bytes = await workbookFileOf(ExcelJS, model, evaluateWorkbook(model), opened);
 */
export async function workbookFileOf(
  excel: ExcelJSModule,
  model: WorkbookModel,
  values: WorkbookValues,
  opened: OpenedFile | null,
): Promise<ArrayBuffer> {
  const workbook = new excel.Workbook();
  if (opened) await workbook.xlsx.load(opened.bytes);
  else workbook.creator = "Verdeelwijzer";
  const kept = new Set(model.sheets.map((s) => s.name.toLowerCase()));
  for (const ws of [...workbook.worksheets]) if (!kept.has(ws.name.toLowerCase())) workbook.removeWorksheet(ws.id);
  for (const sheet of model.sheets) {
    const existing = workbook.getWorksheet(sheet.name);
    const baseline = existing ? (opened?.sheets.get(sheet.name) ?? null) : null;
    writeSheet(existing ?? workbook.addWorksheet(sheet.name), sheet, values, baseline);
  }
  for (const table of model.tables) if (!opened?.tables.has(table.name.toLowerCase())) addTable(workbook, table);
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

const sameCell = (a: Cell | undefined, b: Cell | undefined) => a?.value === b?.value && a?.formula === b?.formula;

/** The sheet's cells that changed since the file was opened (all of them for a new sheet), then its new formats and rules. */
function writeSheet(ws: ExcelJS.Worksheet, sheet: SheetModel, values: WorkbookValues, baseline: SheetBaseline | null): void {
  if (baseline) for (const k of baseline.cells.keys()) if (!sheet.cells.has(k)) cellAt(ws, k).value = null;
  const changed = [...sheet.cells].filter(([k, c]) => !baseline || !sameCell(baseline.cells.get(k), c));
  const { cells, shown, spills } = gridOf(sheet, changed, values);
  writeCells(ws, cells, shown, spills);
  if (baseline) refreshCachedResults(ws, sheet, values, baseline);
  const formats = sheet.formats.slice(baseline?.formats ?? 0);
  writeFormats(ws, [...formatsOf(formats), ...sheet.merges.slice(baseline?.merges ?? 0).map((m) => ({ address: m, merge: true }))]);
  writeColumnWidths(ws, widthsOf(formats));
  for (const f of formats) if (f.rowHeight !== undefined) ws.getRow(parseAddress(f.address).row + 1).height = f.rowHeight;
  writeValidations(ws, sheet, baseline?.validations ?? 0);
  writeConditionalFormats(ws, sheet, baseline?.conditionalFormats ?? 0);
  if (!baseline && (sheet.frozenRows || sheet.frozenColumns))
    ws.views = [{ state: "frozen", xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }];
}

function cellAt(ws: ExcelJS.Worksheet, key: string): ExcelJS.Cell {
  const [r, c] = key.split(",").map(Number);
  return ws.getCell(r + 1, c + 1);
}

/**
 * The changed cells as the shared writer takes them: formulas in `cells`, everything else as
 * what it shows (so user text that starts with "=" stays text), the computed value of every cell
 * a changed formula spills into, and those spills.
 */
function gridOf(sheet: SheetModel, changed: [string, Cell][], values: WorkbookValues) {
  const cells: PlanCell[][] = [];
  const shown: Shown[][] = [];
  const spills: SpillSpec[] = [];
  const put = (r: number, c: number, cell: PlanCell, value: Shown) => {
    (cells[r] ??= [])[c] = cell;
    (shown[r] ??= [])[c] = value;
  };
  const shownAt = (r: number, c: number): Shown => {
    const v = values.get(sheet.name, r, c);
    return v === null ? "" : isError(v) ? { error: v.error } : v;
  };
  for (const [k, cell] of changed) {
    const [row, column] = k.split(",").map(Number);
    put(row, column, cell.formula ?? "", shownAt(row, column));
    const spill = cell.formula ? values.spillOf(sheet.name, row, column) : null;
    if (!spill) continue;
    spills.push({ row, column, ...spill });
    for (let r = 0; r < spill.rows; r++)
      for (let c = 0; c < spill.columns; c++) if (r || c) put(row + r, column + c, "", shownAt(row + r, column + c));
  }
  return { cells: fill(cells), shown: fill(shown), spills };
}

/** Sparse rows to dense ones ("" where nothing is written). */
function fill<T>(grid: T[][]): T[][] {
  return Array.from(grid, (row) => Array.from(row ?? [], (v) => v ?? ("" as T)));
}

/**
 * An unchanged formula of the user's file gets the value computed now (its inputs may have
 * changed); one the preview cannot compute (#NAME?: a function it does not know) keeps the
 * file's cached result.
 */
function refreshCachedResults(ws: ExcelJS.Worksheet, sheet: SheetModel, values: WorkbookValues, baseline: SheetBaseline): void {
  for (const [k, cell] of sheet.cells) {
    if (!cell.formula || !sameCell(baseline.cells.get(k), cell)) continue;
    const [r, c] = k.split(",").map(Number);
    const v = values.get(sheet.name, r, c);
    if (isError(v) || values.spillOf(sheet.name, r, c)) continue;
    const target = ws.getCell(r + 1, c + 1);
    const old = target.value as ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue;
    if (old && typeof old === "object") target.value = { ...old, result: v ?? "" } as ExcelJS.CellValue;
  }
}

/** The simulated Excel's format records as the plan writer's formats (a 2-D number format cell by cell). */
function formatsOf(records: SheetModel["formats"]): CellFormat[] {
  return records.flatMap((f) => {
    const base: CellFormat = {
      address: f.address.replace(/^.*!/, ""),
      bold: f.bold,
      italic: f.italic,
      fontColor: f.color,
      fill: f.fill,
      wrap: f.wrapText,
      borderBottom: f.border?.EdgeBottom !== undefined && f.border.EdgeBottom !== "None" ? true : undefined,
    };
    if (!Array.isArray(f.numberFormat)) return [{ ...base, numberFormat: typeof f.numberFormat === "string" ? f.numberFormat : undefined }];
    const b = parseAddress(base.address);
    const perCell = (f.numberFormat as unknown[][]).flatMap((row, r) =>
      (Array.isArray(row) ? row : [row]).map((nf, c) => ({ address: address(b.row + r, b.column + c), numberFormat: String(nf) })),
    );
    return [base, ...perCell];
  });
}

function widthsOf(records: SheetModel["formats"]): ColumnWidth[] {
  return records.flatMap((f) => {
    if (f.columnWidth === undefined) return [];
    const b = parseAddress(f.address.replace(/^.*!/, ""));
    return Array.from({ length: b.columns }, (_, k) => ({ column: b.column + k, width: f.columnWidth! }));
  });
}

interface OfficeRule {
  list?: { source: string };
  wholeNumber?: { formula1: number | string; operator: string };
}

/** Dropdowns and whole-number rules written since the file was opened (the two kinds the add-in writes). */
function writeValidations(ws: ExcelJS.Worksheet, sheet: SheetModel, from: number): void {
  for (const v of sheet.validations.slice(from)) {
    const rule = v.rule as OfficeRule | undefined;
    const validation: ExcelJS.DataValidation | null = rule?.list
      ? { type: "list", allowBlank: true, formulae: [`"${rule.list.source}"`], showErrorMessage: true }
      : rule?.wholeNumber
        ? { type: "whole", operator: "greaterThanOrEqual", formulae: [Number(rule.wholeNumber.formula1)], allowBlank: true }
        : null;
    if (!validation) continue;
    const b = parseAddress(v.address.replace(/^.*!/, ""));
    for (let r = b.row; r < b.row + b.rows; r++)
      for (let c = b.column; c < b.column + b.columns; c++) ws.getCell(r + 1, c + 1).dataValidation = validation;
  }
}

/** "Cell value equals …" colours (the Monitor's status) written since the file was opened. */
function writeConditionalFormats(ws: ExcelJS.Worksheet, sheet: SheetModel, from: number): void {
  for (const c of sheet.conditionalFormats.slice(from)) {
    if (c.rule?.operator !== "EqualTo") continue;
    const style = {
      ...(c.fill ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${c.fill.slice(1)}` } } } : {}),
      ...(c.fontColor ? { font: { color: { argb: `FF${c.fontColor.slice(1)}` } } } : {}),
    };
    const rule = { type: "cellIs", operator: "equal", formulae: [c.rule.formula1.replace(/^=/, "")], style, priority: 1 };
    ws.addConditionalFormatting({ ref: c.address.replace(/^.*!/, ""), rules: [rule as ExcelJS.ConditionalFormattingRule] });
  }
}

/** A table the add-in created (the Gemeenten table): its cells are written already; exceljs marks them as a table. */
function addTable(workbook: ExcelJS.Workbook, table: TableModel): void {
  const ws = workbook.getWorksheet(table.sheet);
  if (!ws) return;
  const valueAt = (r: number, c: number) => ws.getCell(table.row + r + 1, table.column + c + 1).value;
  ws.addTable({
    name: table.name,
    ref: address(table.row, table.column),
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: Array.from({ length: table.columns }, (_, c) => ({ name: String(valueAt(0, c) ?? `Kolom${c + 1}`) })),
    rows: Array.from({ length: table.rows - 1 }, (_, r) => Array.from({ length: table.columns }, (_, c) => valueAt(r + 1, c))),
  });
}
