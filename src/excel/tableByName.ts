/* global Excel */

/** A table of the workbook as loaded: its name as Excel has it, its sheet, its header row and its body with where it starts. */
export interface LoadedTable {
  name: string;
  sheetName: string;
  headers: unknown[];
  body: { values: unknown[][]; rowIndex: number; columnIndex: number };
}

/** Queues the load of a table's header, body and sheet; the function answers them once synced. */
export function queueTableLoad(table: Excel.Table): () => LoadedTable {
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values, rowIndex, columnIndex");
  const sheet = table.worksheet.load("name");
  return () => ({ name: table.name, sheetName: sheet.name, headers: header.values[0] ?? [], body });
}
