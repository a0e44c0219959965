/* global Excel */
import { readTable } from "./municipalityTable";
import { SETTINGS_KEY, parseRecord } from "./ownership";
import { TABLE_NAME, matchHeader } from "../sheets/tableColumns";
import type { MunicipalityTableRead } from "./types";

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
    const keys = (c.header.values[0] ?? []).map(matchHeader);
    if (!keys.includes("name") || keys.filter((k) => k && k !== "name").length === 0) continue;
    return readTable(c.name, c.sheet.name, c.header.values[0].map(String), keys, c.body.values, c.body.rowIndex, c.body.columnIndex);
  }
  return null;
}
