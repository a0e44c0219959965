/* global Excel */
import { readTable } from "./municipalityTable";
import { groupTableRead } from "./groupTable";
import { OwnershipRecord, SETTINGS_KEY, parseRecord } from "./ownership";
import { TABLE_NAME, matchHeader } from "../sheets/tableColumns";
import { GROUP_TABLE_NAME } from "../sheets/groupTableColumns";
import type { MunicipalityTableRead, OpeningTablesRead, WorkbookTablesRead } from "./types";
import { LoadedTable, queueTableLoad } from "./tableByName";

/**
 * What *Tabel inlezen* reads: the municipality table to start from — the add-in's own, else one
 * named "Gemeenten", else the first table with a municipality-name column and at least one known
 * numeric column — with the workbook's `Aandachtsgroepen` table (the add-in's own or a region's),
 * both from the same load of every table: two round trips in one Excel.run.
 */
export async function readWorkbookTables(context: Excel.RequestContext): Promise<WorkbookTablesRead> {
  const { record, tables } = await loadAllTables(context);
  const municipalities = pickMunicipalityTable(record, tables);
  const groups = tables.find((t) => sameTableName(t.name, GROUP_TABLE_NAME));
  return { municipalities: municipalities && asMunicipalityTable(municipalities), groups: groups ? groupsOf(record, groups) : null };
}

/**
 * What the pane opens on: the workbook's table named "Gemeenten" — the add-in's own, or a
 * region's of that name — read as *Tabel inlezen* reads it, with its `Aandachtsgroepen` table.
 * Only those two tables are loaded whole, and the header row of the others: the pane asks this
 * each time it opens, and a workbook's other tables may be large. Without a readable `Gemeenten`
 * table, `offered` names the table *Tabel inlezen* would read (picked by its headers, as there).
 * Two round trips in all.
 */
export async function findOpeningTables(context: Excel.RequestContext): Promise<OpeningTablesRead> {
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value");
  const all = context.workbook.tables.load(TABLE_ITEMS);
  const named = [TABLE_NAME, GROUP_TABLE_NAME].map((name) =>
    context.workbook.tables.getItemOrNullObject(name).load("isNullObject, name, showHeaders"),
  );
  await context.sync();
  const [gemeenten, groups] = named.map((table) => (table.isNullObject || !table.showHeaders ? null : queueTableLoad(table)));
  const headers = all.items.filter(withHeaders).map((table) => ({ name: table.name, header: table.getHeaderRowRange().load("values") }));
  await context.sync();
  const record = parseRecord(setting.isNullObject ? null : setting.value);
  const municipalities = gemeenten && asMunicipalityTable(gemeenten());
  const offered = municipalities
    ? null
    : (pickMunicipalityTable(
        record,
        headers.map((h) => ({ name: h.name, headers: h.header.values[0] ?? [] })),
      )?.name ?? null);
  return { municipalities, groups: groups && groupsOf(record, groups()), offered };
}

/** What is loaded of every table first: its name, and whether it shows a header row. */
const TABLE_ITEMS = "items/name, items/showHeaders";

/**
 * A table is read by its headers; one whose header row is hidden has none to read, so it is passed
 * over — whether Excel would refuse the header row's load (failing the whole read, as the
 * simulated Excel does) or answer a row of data in its place (read as headers), neither may happen.
 */
function withHeaders(table: Excel.Table): boolean {
  return table.showHeaders;
}

/** The ownership record and every table of the workbook with a header row, loaded in two round trips. */
async function loadAllTables(context: Excel.RequestContext): Promise<{ record: OwnershipRecord; tables: LoadedTable[] }> {
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value");
  const tables = context.workbook.tables.load(TABLE_ITEMS);
  await context.sync();
  const loading = tables.items.filter(withHeaders).map(queueTableLoad);
  await context.sync();
  return { record: parseRecord(setting.isNullObject ? null : setting.value), tables: loading.map((loaded) => loaded()) };
}

/**
 * The municipality table to read, by headers alone: the first that reads as municipality data of
 * the one the add-in recorded, then "Gemeenten", then the others in the workbook's order.
 */
function pickMunicipalityTable<T extends { name: string; headers: unknown[] }>(record: OwnershipRecord, tables: readonly T[]): T | null {
  const preferred = [record.table?.name, TABLE_NAME].filter(Boolean).map((p) => p!.toLowerCase());
  const rank = (name: string) => {
    const i = preferred.indexOf(name.toLowerCase());
    return i < 0 ? 0 : preferred.length - i;
  };
  return [...tables].sort((a, b) => rank(b.name) - rank(a.name)).find((t) => readsAsMunicipalities(t.headers)) ?? null;
}

/** Excel matches table names whatever their case. */
function sameTableName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The `Aandachtsgroepen` table as read, the add-in's own when the record says it wrote it. */
function groupsOf(record: OwnershipRecord, table: LoadedTable) {
  return groupTableRead(table.name, table.sheetName, table.headers, table.body, record.groupTable?.name === GROUP_TABLE_NAME);
}

/** Headers that name the municipality and at least one known figure. */
function readsAsMunicipalities(headers: readonly unknown[]): boolean {
  const keys = headers.map(matchHeader);
  return keys.includes("name") && keys.some((k) => k && k !== "name");
}

/** A table read as municipality data when its headers read so ({@link readsAsMunicipalities}); else null. */
function asMunicipalityTable({ name, sheetName, headers, body }: LoadedTable): MunicipalityTableRead | null {
  if (!readsAsMunicipalities(headers)) return null;
  return readTable(name, sheetName, headers.map(String), headers.map(matchHeader), body.values, body.rowIndex, body.columnIndex);
}
