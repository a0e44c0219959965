/* global Excel */
import { readTable } from "./municipalityTable";
import { groupTableRead } from "./groupTable";
import { OwnershipRecord, SETTINGS_KEY, parseRecord } from "./ownership";
import { TABLE_NAME, matchHeader } from "../sheets/tableColumns";
import { GROUP_TABLE_NAME } from "../sheets/groupTableColumns";
import type { MunicipalityTableRead, WorkbookTablesRead } from "./types";
import { LoadedTable, loadTablesByName, queueTableLoad } from "./tableByName";

/**
 * The municipality table to start from: the add-in's own, else one named "Gemeenten", else the
 * first table with a municipality-name column and at least one known numeric column. Headers,
 * bodies and places of all tables are loaded in one round trip.
 */
export async function findMunicipalityTable(context: Excel.RequestContext): Promise<MunicipalityTableRead | null> {
  const { record, tables } = await loadAllTables(context);
  return municipalityTableOf(record, tables);
}

/**
 * What *Tabel inlezen* reads: the municipality table as {@link findMunicipalityTable} picks it,
 * with the workbook's `Aandachtsgroepen` table (the add-in's own or a region's) — both from the
 * same load of every table, so two round trips in one Excel.run.
 */
export async function readWorkbookTables(context: Excel.RequestContext): Promise<WorkbookTablesRead> {
  const { record, tables } = await loadAllTables(context);
  const groups = tables.find((t) => t.name.toLowerCase() === GROUP_TABLE_NAME.toLowerCase()) ?? null;
  return { municipalities: municipalityTableOf(record, tables), groups: groups && groupsOf(record, groups) };
}

/**
 * What the pane opens on: the workbook's table named "Gemeenten" — the add-in's own, or a
 * region's of that name — read as findMunicipalityTable reads it, with its `Aandachtsgroepen`
 * table. Only those two tables are loaded, in two round trips: the pane asks this each time it
 * opens, and a workbook's other tables may be large.
 */
export async function findOpeningTables(context: Excel.RequestContext): Promise<WorkbookTablesRead> {
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value"); // comes with the first round trip
  const [municipalities, groups] = await loadTablesByName(context, [TABLE_NAME, GROUP_TABLE_NAME]);
  const record = parseRecord(setting.isNullObject ? null : setting.value);
  return { municipalities: municipalities && asMunicipalityTable(municipalities), groups: groups && groupsOf(record, groups) };
}

/** The ownership record and every table of the workbook, loaded in two round trips. */
async function loadAllTables(context: Excel.RequestContext): Promise<{ record: OwnershipRecord; tables: LoadedTable[] }> {
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value");
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();
  const loading = tables.items.map(queueTableLoad);
  await context.sync();
  return { record: parseRecord(setting.isNullObject ? null : setting.value), tables: loading.map((loaded) => loaded()) };
}

/** The first readable municipality table: the one the add-in recorded, then "Gemeenten", then the others in the workbook's order. */
function municipalityTableOf(record: OwnershipRecord, tables: readonly LoadedTable[]): MunicipalityTableRead | null {
  const preferred = [record.table?.name, TABLE_NAME].filter(Boolean).map((p) => p!.toLowerCase());
  const rank = (name: string) => {
    const i = preferred.indexOf(name.toLowerCase());
    return i < 0 ? 0 : preferred.length - i;
  };
  for (const table of [...tables].sort((a, b) => rank(b.name) - rank(a.name))) {
    const read = asMunicipalityTable(table);
    if (read) return read;
  }
  return null;
}

/** The `Aandachtsgroepen` table as read, the add-in's own when the record says it wrote it. */
function groupsOf(record: OwnershipRecord, table: LoadedTable) {
  return groupTableRead(table.name, table.sheetName, table.headers, table.body, record.groupTable?.name === GROUP_TABLE_NAME);
}

/** A table read as municipality data when its headers name the municipality and at least one known figure; else null. */
function asMunicipalityTable({ name, sheetName, headers, body }: LoadedTable): MunicipalityTableRead | null {
  const keys = headers.map(matchHeader);
  if (!keys.includes("name") || keys.filter((k) => k && k !== "name").length === 0) return null;
  return readTable(name, sheetName, headers.map(String), keys, body.values, body.rowIndex, body.columnIndex);
}
