/* global Excel */
import type { RawMunicipality, RegionDataset } from "../data/region";
import { address, quoteSheet } from "../sheets/a1";
import { adapterError } from "./messages";
import { OwnershipRecord, SETTINGS_KEY, freeName, parseRecord } from "./ownership";
import { TABLE_COLUMNS, TABLE_NAME, TABLE_SHEET, TableColumn } from "../sheets/tableColumns";
import type { MunicipalityTableRead, WriteTableResult } from "./types";

/**
 * The municipality table ("Gemeenten"): read a table back, and write or update the add-in's
 * own — in two round trips: what is there, then everything written.
 */
export async function writeMunicipalityTable(context: Excel.RequestContext, dataset: RegionDataset): Promise<WriteTableResult> {
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const table = context.workbook.tables.getItemOrNullObject(TABLE_NAME);
  table.load("isNullObject");
  await context.sync();
  const record = parseRecord(setting.isNullObject ? null : setting.value);
  const ours = !table.isNullObject && record.table?.name === TABLE_NAME;
  if (!table.isNullObject && !ours) throw adapterError("tableTaken", { table: TABLE_NAME });
  const sheetName = ours
    ? record.table!.sheet
    : freeName(
        TABLE_SHEET,
        sheets.items.map((s) => s.name),
      );
  const sheet = ours ? sheets.getItem(sheetName) : sheets.add(sheetName);
  if (ours) await guardProtection(context, sheet, sheetName);
  context.application.suspendApiCalculationUntilNextSync();
  writeRows(context, sheet, sheetName, record, dataset, ours);
  addValidation(sheet, dataset.municipalities.length);
  const sourcesAt = writeSources(sheet, dataset);
  record.table = { name: TABLE_NAME, sheet: sheetName, rows: dataset.municipalities.length, sources: sourcesAt };
  context.workbook.settings.add(SETTINGS_KEY, record);
  await context.sync();
  return { tableName: TABLE_NAME, sheetName, updated: ours };
}

async function guardProtection(context: Excel.RequestContext, sheet: Excel.Worksheet, sheetName: string): Promise<void> {
  sheet.protection.load("protected");
  await context.sync();
  if (sheet.protection.protected) throw adapterError("sheetProtected", { sheet: sheetName });
}

/** Header and rows as one 2-D array; a new table is created over them, an own one resized. */
function writeRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  record: OwnershipRecord,
  dataset: RegionDataset,
  ours: boolean,
): void {
  const n = dataset.municipalities.length;
  const width = TABLE_COLUMNS.length;
  const body = dataset.municipalities.map((m) => TABLE_COLUMNS.map((c) => (c.key === "name" ? m.name : (m[c.key] ?? ""))));
  const at = `${quoteSheet(sheetName)}!${address(0, 0, n + 1, width)}`;
  // names as text: a name typed as "-Epe" or "=…" stays the name, never a formula
  if (n > 0) sheet.getRangeByIndexes(1, 0, n, 1).numberFormat = body.map(() => ["@"]);
  if (ours) {
    if (record.table!.sources) sheet.getRange(record.table!.sources).clear();
    context.workbook.tables.getItemOrNullObject(TABLE_NAME).resize(at);
    sheet.getRangeByIndexes(1, 0, n, width).values = body;
    return;
  }
  sheet.getRangeByIndexes(0, 0, 1 + n, width).values = [TABLE_COLUMNS.map((c) => c.header), ...body];
  const table = context.workbook.tables.add(at, true);
  table.name = TABLE_NAME;
  table.style = "TableStyleMedium2";
}

/** Whole numbers ≥ 0 in every numeric column, with Dutch prompts; blank stays allowed (unknown). */
function addValidation(sheet: Excel.Worksheet, n: number): void {
  const numeric = sheet.getRangeByIndexes(1, 1, Math.max(n, 1), TABLE_COLUMNS.length - 1);
  numeric.dataValidation.clear();
  numeric.dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
  numeric.dataValidation.prompt = {
    showPrompt: true,
    title: "Hele aantallen",
    message: "Vul een heel aantal van 0 of meer in. Laat de cel leeg als het getal onbekend is (leeg is niet 0).",
  };
  numeric.dataValidation.errorAlert = {
    showAlert: true,
    style: "Stop",
    title: "Geen geldig aantal",
    message: "Alleen hele aantallen van 0 of meer. Laat de cel leeg als het getal onbekend is.",
  };
  sheet.getRangeByIndexes(0, 0, 1, TABLE_COLUMNS.length).format.columnWidth = 110;
  sheet.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = 140;
}

/** The sources under the table, in italics; returns their address. */
function writeSources(sheet: Excel.Worksheet, dataset: RegionDataset): string {
  const lines = [`Bronnen ${dataset.region}, peiljaar ${dataset.year}:`];
  for (const c of TABLE_COLUMNS) {
    if (c.key === "name") continue;
    const s = dataset.sources[c.key];
    lines.push(`${c.header}: ${s.nl}${s.reconstructed ? " [gereconstrueerd]" : ""}`);
  }
  const at = address(dataset.municipalities.length + 2, 0, lines.length, 1);
  sheet.getRange(at).values = lines.map((s) => [s]);
  sheet.getRange(at).format.font.italic = true;
  return at;
}

/**
 * Rows of a table read back: columns matched by header (nl/en, any order), blank stays null; the address of every cell, to link problems
 * to it.
 */
export function readTable(
  tableName: string,
  sheetName: string,
  headers: string[],
  keys: (TableColumn | null)[],
  values: unknown[][],
  bodyRow: number,
  bodyColumn: number,
): MunicipalityTableRead {
  const nameColumn = keys.indexOf("name");
  const rows: RawMunicipality[] = values.map((row) => {
    const raw: RawMunicipality = { name: row[nameColumn] as string };
    keys.forEach((key, j) => {
      if (key && key !== "name") raw[key] = row[j] === "" ? null : (row[j] as number | string);
    });
    return raw;
  });
  const cellAddresses: MunicipalityTableRead["cellAddresses"] = {};
  keys.forEach((key, j) => {
    if (key) cellAddresses[key] = values.map((_, i) => `${quoteSheet(sheetName)}!${address(bodyRow + i, bodyColumn + j)}`);
  });
  return { tableName, sheetName, rows, rowAddresses: cellAddresses.name ?? [], cellAddresses, headers };
}
