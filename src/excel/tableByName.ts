/* global Excel */

/** A table of the workbook as loaded: its name as Excel has it, its sheet, its header row and its body with where it starts. */
export interface LoadedTable {
  name: string;
  sheetName: string;
  headers: unknown[];
  body: { values: unknown[][]; rowIndex: number; columnIndex: number };
}

/**
 * The tables named `names` (Excel matches table names whatever their case), each loaded or null
 * when there is none — all in two round trips whatever their number: whether each is there, then
 * the header, body and sheet of those that are. Anything the caller queued before (a setting's
 * value) comes with the first round trip.
 *
 * @example
 *   const [municipalities, groups] = await loadTablesByName(context, ["Gemeenten", "Aandachtsgroepen"]);
 *   municipalities?.headers; // ["Gemeente", "Inwonertal", …]; groups is null in a workbook without that table
 */
export async function loadTablesByName(context: Excel.RequestContext, names: readonly string[]): Promise<(LoadedTable | null)[]> {
  const tables = names.map((name) => context.workbook.tables.getItemOrNullObject(name).load("isNullObject, name"));
  await context.sync();
  const loading = tables.map((table) => (table.isNullObject ? null : queueTableLoad(table)));
  await context.sync();
  return loading.map((loaded) => loaded && loaded());
}

/** Queues the load of a table's header, body and sheet; the function answers them once synced. */
export function queueTableLoad(table: Excel.Table): () => LoadedTable {
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values, rowIndex, columnIndex");
  const sheet = table.worksheet.load("name");
  return () => ({ name: table.name, sheetName: sheet.name, headers: header.values[0] ?? [], body });
}
