/* global Excel */
import { CorrectionLine, correctionLineOf } from "../scenario/corrections";
import { CORRECTIONS_FORMATS, CORRECTIONS_SHEET, CORRECTIONS_TABLE } from "../sheets/correctionsColumns";
import { CorrectionsPlan, correctionRow, planCorrectionsSheet } from "../sheets/correctionsPlan";
import { guardSheetKind } from "./ownedSheet";
import { SETTINGS_KEY, parseRecord } from "./ownership";
import { writeColumnWidths, writeFormats } from "./planWriter";

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

/**
 * Lines from the table's body values; rows without a municipality (Excel's empty first row) are
 * skipped. An amount that is not a whole number is kept as a line with its problem (named in the
 * pane, taking no part), never read as 0 (which would mean "keep fixed").
 */
export function linesOf(values: unknown[][]): CorrectionLine[] {
  return values.filter((row) => String(row[0] ?? "").trim() !== "").map(correctionLineOf);
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
  if (!table.isNullObject) {
    appendRows(table, lines.map(correctionRow));
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
  const plan = planCorrectionsSheet(lines);
  createTable(context, plan);
  record.sheets[CORRECTIONS_SHEET] = {
    blocks: [plan.address],
    charts: [],
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

/** The sheet and its table as planned: formats first (a value written into a text cell stays text), values, the table, widths. */
function createTable(context: Excel.RequestContext, plan: CorrectionsPlan): void {
  const sheet = context.workbook.worksheets.add(CORRECTIONS_SHEET);
  writeFormats(sheet, plan.formats);
  sheet.getRange(plan.address).values = plan.cells;
  const table = context.workbook.tables.add(plan.tableAddress, true);
  table.name = CORRECTIONS_TABLE;
  table.style = plan.tableStyle;
  writeColumnWidths(sheet, plan.columnWidths);
}
