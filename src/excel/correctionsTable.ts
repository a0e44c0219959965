/* global Excel */
import type { CorrectionLine } from "../scenario/corrections";
import { address, quoteSheet } from "../sheets/a1";
import { CORRECTIONS_COLUMNS, CORRECTIONS_FORMATS, CORRECTIONS_SHEET, CORRECTIONS_TABLE } from "../sheets/correctionsColumns";
import { guardSheetKind } from "./ownedSheet";
import { SETTINGS_KEY, parseRecord } from "./ownership";

/**
 * The `Correcties` table in the workbook: read its lines, and append new ones — never change or
 * delete a line (the audit trail). Created on its own sheet with the first correction.
 */
export async function readCorrections(context: Excel.RequestContext): Promise<CorrectionLine[]> {
  const table = context.workbook.tables.getItemOrNullObject(CORRECTIONS_TABLE);
  table.load("isNullObject");
  await context.sync();
  if (table.isNullObject) return [];
  const body = table.getDataBodyRange().load("values");
  await context.sync();
  return linesOf(body.values);
}

/** Lines from the table's body values; rows without a municipality (Excel's empty first row) are skipped. */
export function linesOf(values: unknown[][]): CorrectionLine[] {
  return values
    .filter((row) => String(row[0] ?? "").trim() !== "")
    .map((row) => ({
      name: String(row[0]),
      amount: Number(row[1]) || 0,
      reason: String(row[2] ?? ""),
      decidedBy: String(row[3] ?? ""),
      date: String(row[4] ?? ""),
    }));
}

/** Appends lines at the bottom of the table (creating it first if needed): two round trips. */
export async function appendCorrections(context: Excel.RequestContext, lines: readonly CorrectionLine[]): Promise<void> {
  if (lines.length === 0) return;
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const table = context.workbook.tables.getItemOrNullObject(CORRECTIONS_TABLE);
  table.load("isNullObject");
  await context.sync();
  const rows = lines.map((l) => [l.name, l.amount, l.reason, l.decidedBy, l.date]);
  if (!table.isNullObject) {
    appendRows(table, rows);
    await context.sync();
    return;
  }
  const record = parseRecord(setting.isNullObject ? null : setting.value);
  guardSheetKind(
    record,
    sheets.items.map((s) => s.name),
    CORRECTIONS_SHEET,
    "corrections",
  );
  createTable(context, rows);
  record.sheets[CORRECTIONS_SHEET] = {
    blocks: [address(0, 0, rows.length + 1, CORRECTIONS_COLUMNS.length)],
    chart: null,
    kind: "corrections",
  };
  context.workbook.settings.add(SETTINGS_KEY, record);
  await context.sync();
}

/**
 * Each line as a new table row: added blank, its cells formatted (text, signed amount), then
 * written — so user text is never read as a formula. All queued for one sync.
 */
function appendRows(table: Excel.Table, rows: (string | number)[][]): void {
  for (const row of rows) {
    const range = table.rows.add(undefined, [row.map(() => "")]).getRange();
    range.numberFormat = [CORRECTIONS_FORMATS];
    range.values = [row];
  }
}

function createTable(context: Excel.RequestContext, rows: (string | number)[][]): void {
  const sheet = context.workbook.worksheets.add(CORRECTIONS_SHEET);
  const width = CORRECTIONS_COLUMNS.length;
  // formats first: a value written into a text cell stays text
  sheet.getRangeByIndexes(1, 0, rows.length, width).numberFormat = rows.map(() => CORRECTIONS_FORMATS);
  sheet.getRangeByIndexes(0, 0, rows.length + 1, width).values = [CORRECTIONS_COLUMNS.map((c) => c.header), ...rows];
  const table = context.workbook.tables.add(`${quoteSheet(CORRECTIONS_SHEET)}!${address(0, 0, rows.length + 1, width)}`, true);
  table.name = CORRECTIONS_TABLE;
  table.style = "TableStyleLight9";
  sheet.getRangeByIndexes(0, 0, 1, width).format.columnWidth = 110;
  sheet.getRangeByIndexes(0, 2, 1, 1).format.columnWidth = 320;
}
