/* global Excel */
import type { Mapping, MergedArea } from "../data/source";
import { parseAddress } from "../sheets/a1";
import { adapterError } from "./messages";
import { SETTINGS_KEY, parseRecord } from "./ownership";
import type { SourceChoice, SourceRangeRead } from "./types";

/**
 * A region's own range — the current selection, a sheet's used range or a table — read as it
 * is, for the pane to find its header, totals and footnotes (src/data/source). Nothing is
 * written: the user's cells stay the source. Two round trips: the range and the remembered
 * mapping, then its merged areas.
 */

/** The sheets and tables to offer as a source, without the add-in's own (one round trip). */
export async function listSources(context: Excel.RequestContext): Promise<{ sheets: string[]; tables: string[] }> {
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value");
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const record = parseRecord(setting.isNullObject ? null : setting.value);
  const own = new Set([...Object.keys(record.sheets), record.table?.sheet].filter(Boolean).map((n) => n!.toLowerCase()));
  return {
    sheets: sheets.items.map((s) => s.name).filter((n) => !own.has(n.toLowerCase())),
    tables: tables.items.map((t) => t.name).filter((n) => n !== record.table?.name),
  };
}

function rangeOf(context: Excel.RequestContext, choice: SourceChoice): Excel.Range {
  if (choice.kind === "selection") return context.workbook.getSelectedRange();
  if (choice.kind === "table") return context.workbook.tables.getItem(choice.name).getRange();
  return context.workbook.worksheets.getItem(choice.name).getUsedRangeOrNullObject(true);
}

export async function readSourceRange(context: Excel.RequestContext, choice: SourceChoice): Promise<SourceRangeRead> {
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value");
  const range = rangeOf(context, choice);
  range.load("address, values, rowIndex, columnIndex");
  await context.sync();
  if (range.isNullObject) throw adapterError("emptySource", { sheet: choice.kind === "sheet" ? choice.name : undefined });
  const merged = range.getMergedAreasOrNullObject();
  merged.load("address");
  await context.sync();
  const bang = range.address.lastIndexOf("!");
  const sheetName = range.address
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  if (range.values.every((row) => row.every((v) => v === "" || v === null))) throw adapterError("emptySource", { address: range.address });
  const link = parseRecord(setting.isNullObject ? null : setting.value).table?.link;
  return {
    sheetName,
    address: range.address,
    row: range.rowIndex,
    column: range.columnIndex,
    values: range.values,
    merged: merged.isNullObject ? [] : mergedAreas(merged.address, range.rowIndex, range.columnIndex),
    remembered: rememberedFor(link, sheetName),
  };
}

/** "Bron!A1:F1, Bron!B3:C3" → merged areas relative to the range's top-left cell. */
export function mergedAreas(addresses: string, row: number, column: number): MergedArea[] {
  return addresses
    .split(/,\s*/)
    .filter((a) => a.trim() !== "")
    .map((a) => parseAddress(a.trim()))
    .map((b) => ({ row: b.row - row, column: b.column - column, columnCount: b.columns }));
}

/** The mapping chosen for this sheet last time: a range that grew by a row keeps it (mapSource checks it still fits). */
function rememberedFor(link: { sheet: string; mapping: Mapping } | undefined, sheet: string): Mapping | null {
  return link && link.sheet.toLowerCase() === sheet.toLowerCase() ? link.mapping : null;
}
