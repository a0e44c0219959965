/* global Excel */
import { readTable } from "./municipalityTable";
import { SETTINGS_KEY, parseRecord } from "./ownership";
import { TABLE_NAME, matchHeader } from "../sheets/tableColumns";
import type { MunicipalityTableRead } from "./types";
import { loadTableByName } from "./tableByName";

/**
 * The municipality table to start from: the add-in's own, else one named "Gemeenten", else the
 * first table with a municipality-name column and at least one known numeric column. Headers,
 * bodies and places of all tables are loaded in one round trip.
 */
export async function findMunicipalityTable(context: Excel.RequestContext): Promise<MunicipalityTableRead | null> {
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value");
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();
  const names = tables.items.map((t) => t.name);
  if (names.length === 0) return null;
  const loaded = names.map((name) => {
    const table = context.workbook.tables.getItemOrNullObject(name);
    const header = table.getHeaderRowRange().load("values");
    const body = table.getDataBodyRange().load("values, rowIndex, columnIndex");
    const sheet = table.worksheet.load("name");
    return { name, header, body, sheet };
  });
  await context.sync();
  const record = parseRecord(setting.isNullObject ? null : setting.value);
  const preferred = [record.table?.name, TABLE_NAME].filter(Boolean).map((p) => p!.toLowerCase());
  const rank = (name: string) => {
    const i = preferred.indexOf(name.toLowerCase());
    return i < 0 ? 0 : preferred.length - i;
  };
  for (const c of [...loaded].sort((a, b) => rank(b.name) - rank(a.name))) {
    const read = asMunicipalityTable(c.name, c.sheet.name, c.header.values[0] ?? [], c.body);
    if (read) return read;
  }
  return null;
}

/**
 * The workbook's table named "Gemeenten" — the add-in's own, or a region's of that name — read as
 * findMunicipalityTable reads it, or null. Only that table is loaded: the pane asks this each time
 * it opens (a workbook with one opens on it), and a workbook's other tables may be large.
 */
export async function findGemeentenTable(context: Excel.RequestContext): Promise<MunicipalityTableRead | null> {
  const table = await loadTableByName(context, TABLE_NAME);
  return table && asMunicipalityTable(table.name, table.sheetName, table.headers, table.body);
}

/** A table read as municipality data when its headers name the municipality and at least one known figure; else null. */
function asMunicipalityTable(
  name: string,
  sheetName: string,
  headers: unknown[],
  body: { values: unknown[][]; rowIndex: number; columnIndex: number },
): MunicipalityTableRead | null {
  const keys = headers.map(matchHeader);
  if (!keys.includes("name") || keys.filter((k) => k && k !== "name").length === 0) return null;
  return readTable(name, sheetName, headers.map(String), keys, body.values, body.rowIndex, body.columnIndex);
}
