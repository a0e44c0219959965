/* global Excel */

/** A table of the workbook as loaded: its name as Excel has it, its sheet, its header row and its body with where it starts. */
export interface LoadedTable {
  name: string;
  sheetName: string;
  headers: unknown[];
  body: { values: unknown[][]; rowIndex: number; columnIndex: number };
}

/**
 * The table named `name` (Excel matches table names whatever their case), loaded in two round
 * trips — whether it is there, then its header, body and sheet — or null when there is none.
 * Anything the caller queued before (a setting's value) comes with the first round trip.
 *
 * @example
 *   const table = await loadTableByName(context, "Gemeenten");
 *   table?.headers; // ["Gemeente", "Inwonertal", …]
 */
export async function loadTableByName(context: Excel.RequestContext, name: string): Promise<LoadedTable | null> {
  const table = context.workbook.tables.getItemOrNullObject(name);
  table.load("isNullObject, name");
  await context.sync();
  if (table.isNullObject) return null;
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values, rowIndex, columnIndex");
  const sheet = table.worksheet.load("name");
  await context.sync();
  return { name: table.name, sheetName: sheet.name, headers: header.values[0] ?? [], body };
}
