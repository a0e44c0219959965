import type ExcelJS from "exceljs";
import { address, parseAddress } from "../sheets/a1";
import { Cell, FormatRecord, SheetModel, TableModel, WorkbookModel } from "./workbookModel";

/** The exceljs module, whichever build the caller loaded (Node's in tests, the browser's in the preview). */
export type ExcelJSModule = typeof ExcelJS;

/**
 * A file opened into the simulated workbook, kept so that the download starts from the user's own
 * file (their styles, widths and everything the simulation does not hold survive) and writes only
 * what changed since: per sheet the cells as read and how many formats, merges, validations and
 * conditional formats it had, and the tables it had.
 */
export interface OpenedFile {
  name: string;
  bytes: ArrayBuffer;
  sheets: Map<string, SheetBaseline>;
  tables: Set<string>;
}

export interface SheetBaseline {
  cells: Map<string, Cell>;
  formats: number;
  merges: number;
  validations: number;
  conditionalFormats: number;
}

/** What the user is told after opening: sheets, cells, tables and merged blocks read. */
export interface OpenSummary {
  sheets: number;
  cells: number;
  tables: number;
  merges: number;
}

/**
 * Reads an .xlsx into the simulated workbook, replacing what it held: every sheet's values and
 * formulas (the file's cached result as the cell's value until the preview computes it), number
 * formats, merged blocks, frozen panes and Excel tables. Dates become Excel's serial numbers with
 * their format, rich text its plain text. Returns what to keep for the download and a summary.
 *
 * @example
 *   const { opened, summary } = await openWorkbookFile(ExcelJS, bytes, "export.xlsx", model);
 *   summary; // { sheets: 1, cells: 13, tables: 0, merges: 1 }
 */
export async function openWorkbookFile(
  excel: ExcelJSModule,
  bytes: ArrayBuffer,
  name: string,
  model: WorkbookModel,
): Promise<{ opened: OpenedFile; summary: OpenSummary }> {
  const workbook = new excel.Workbook();
  await workbook.xlsx.load(bytes);
  const sheets = workbook.worksheets.map((ws) => sheetOf(excel, ws));
  if (sheets.length === 0) throw new Error("no sheets");
  const tables = workbook.worksheets.flatMap((ws) => tablesOf(ws));
  model.sheets = sheets;
  model.tables = tables;
  model.settings.clear();
  model.activeSheet = sheets[0].name;
  model.selection = "";
  const opened: OpenedFile = {
    name,
    bytes,
    tables: new Set(tables.map((t) => t.name.toLowerCase())),
    sheets: new Map(sheets.map((s) => [s.name, baselineOf(s)])),
  };
  const summary = {
    sheets: sheets.length,
    cells: sheets.reduce((n, s) => n + s.cells.size, 0),
    tables: tables.length,
    merges: sheets.reduce((n, s) => n + s.merges.length, 0),
  };
  return { opened, summary };
}

function baselineOf(sheet: SheetModel): SheetBaseline {
  return {
    cells: new Map([...sheet.cells].map(([k, c]) => [k, { ...c }])),
    formats: sheet.formats.length,
    merges: sheet.merges.length,
    validations: sheet.validations.length,
    conditionalFormats: sheet.conditionalFormats.length,
  };
}

function sheetOf(excel: ExcelJSModule, ws: ExcelJS.Worksheet): SheetModel {
  const sheet = new SheetModel(ws.name);
  const formats = new Map<number, FormatRecord[]>();
  ws.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // the other cells of a merged block read as its first cell's value: they are empty
      if (cell.type === excel.ValueType.Merge) return;
      const read = cellOf(cell);
      if (read) sheet.set(r - 1, c - 1, read);
      if (cell.numFmt && cell.numFmt !== "General") addNumberFormat(formats, r - 1, c - 1, cell.numFmt);
    }),
  );
  sheet.formats = [...formats.values()].flat();
  sheet.merges = [...((ws.model as { merges?: string[] }).merges ?? [])];
  const view = ws.views?.[0];
  if (view?.state === "frozen") {
    sheet.frozenRows = view.ySplit ?? 0;
    sheet.frozenColumns = view.xSplit ?? 0;
  }
  return sheet;
}

/** One record per run of equal number formats down a column, so that reading a format stays quick. */
function addNumberFormat(formats: Map<number, FormatRecord[]>, row: number, column: number, numberFormat: string): void {
  const list = formats.get(column) ?? [];
  formats.set(column, list);
  const last = list[list.length - 1];
  if (last && last.numberFormat === numberFormat) {
    const b = parseAddress(last.address);
    if (b.row + b.rows === row) {
      last.address = address(b.row, column, row - b.row + 1, 1);
      return;
    }
  }
  list.push({ address: address(row, column), numberFormat });
}

/** A cell as the simulated Excel holds it: a value, or a formula with the file's cached result. */
function cellOf(cell: ExcelJS.Cell): Cell | undefined {
  const v = cell.value;
  if (v === null || v === undefined) return undefined;
  if (typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
    const formula = cell.formula;
    if (!formula) return { value: plainValue(v.result, true) };
    // Excel stores newer functions with a prefix (_xlfn.XLOOKUP); the formula as typed has none
    return { value: plainValue(v.result, true), formula: `=${formula.replace(/_xlfn\.|_xlws\.|_xludf\./gi, "")}` };
  }
  const value = plainValue(v, false);
  return value === "" ? undefined : { value };
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Text, number or logical as shown; a date as Excel's serial number; an error as its code (a cached formula error: blank). */
function plainValue(v: unknown, cached: boolean): string | number | boolean {
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
  if (typeof v !== "object" || v === null) return "";
  if ("richText" in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join("");
  if ("text" in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  if ("error" in v) return cached ? "" : String((v as ExcelJS.CellErrorValue).error);
  return "";
}

/** The file's Excel tables with their places (header row included, when the table shows one). */
function tablesOf(ws: ExcelJS.Worksheet): TableModel[] {
  type FileTable = { name: string; tableRef?: string; ref?: string; headerRow?: boolean };
  const tables = Object.values((ws as unknown as { tables?: Record<string, { table: FileTable }> }).tables ?? {});
  return tables.flatMap(({ table }) => {
    const ref = table.tableRef ?? table.ref;
    if (!ref) return [];
    const b = parseAddress(ref.includes(":") ? ref : `${ref}:${ref}`);
    const place = { name: table.name, sheet: ws.name, row: b.row, column: b.column, rows: b.rows, columns: b.columns };
    return [table.headerRow === false ? { ...place, showHeaders: false } : place];
  });
}
