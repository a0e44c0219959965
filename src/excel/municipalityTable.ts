/* global Excel */
import type { RawMunicipality, RegionDataset } from "../data/region";
import { sourceValueFormula } from "../data/source";
import { address, quoteSheet } from "../sheets/a1";
import { adapterError } from "./messages";
import { OwnershipRecord, SETTINGS_KEY, rowsFingerprint } from "./ownership";
import { placeOwnedTable, queueUnchangedCheck } from "./ownedTable";
import { TABLE_COLUMNS, TABLE_NAME, TABLE_SHEET, TableColumn } from "../sheets/tableColumns";
import type { MunicipalityTableRead, SourceLink, TableWriteOptions, WriteTableResult } from "./types";
import { DEFAULT_LANGUAGE, Language, SHEET_TEXTS, message } from "../i18n";

/**
 * The municipality table ("Gemeenten"): read a table back, and write or update the add-in's
 * own — in two round trips: what is there, then everything written.
 */
export async function writeMunicipalityTable(
  context: Excel.RequestContext,
  dataset: RegionDataset,
  options: TableWriteOptions = {},
): Promise<WriteTableResult> {
  const { link, language = DEFAULT_LANGUAGE, replaceEdited = false } = options;
  const {
    record,
    own: ours,
    sheetName,
    sheet,
  } = await placeOwnedTable(context, TABLE_NAME, TABLE_SHEET, (r) => (r.table?.name === TABLE_NAME ? r.table.sheet : null));
  const rows = link ? linkedBody(link) : valueBody(dataset);
  if (ours) await guardOwnTable(context, sheet, sheetName, record.table!, { replaceEdited, toWrite: rowsFingerprint(rows.body) });
  context.application.suspendApiCalculationUntilNextSync();
  writeRows(context, sheet, sheetName, record, ours, rows);
  addValidation(sheet, dataset.municipalities.length, language);
  const sourcesAt = writeSources(sheet, dataset, language);
  record.table = { name: TABLE_NAME, sheet: sheetName, rows: dataset.municipalities.length, sources: sourcesAt };
  if (link) record.table.link = { sheet: link.sheetName, address: link.address, mapping: link.mapping };
  else record.table.written = rowsFingerprint(rows.body);
  context.workbook.settings.add(SETTINGS_KEY, record);
  await context.sync();
  return { tableName: TABLE_NAME, sheetName, updated: ours };
}

/**
 * Before the add-in's own table is written again, in the same round trip: its sheet is not
 * protected, and its figures are the ones the add-in wrote last — a figure changed in Excel since
 * is the user's, and is replaced only when the user said so (tableEdited, nothing changed). A
 * linked table holds formulas to the user's own cells, which stay the source.
 */
async function guardOwnTable(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  own: NonNullable<OwnershipRecord["table"]>,
  { replaceEdited, toWrite }: { replaceEdited: boolean; toWrite: string },
): Promise<void> {
  sheet.protection.load("protected");
  const written = own.link ? undefined : own.written;
  const assertUnchanged = queueUnchangedCheck(context, TABLE_NAME, sheetName, { written, toWrite }, replaceEdited);
  await context.sync();
  if (sheet.protection.protected) throw adapterError("sheetProtected", { sheet: sheetName });
  assertUnchanged();
}

/** The table's rows as values: names as text, blank for unknown. */
function valueBody(dataset: RegionDataset): { body: unknown[][]; formulas: boolean } {
  const body = dataset.municipalities.map((m) => TABLE_COLUMNS.map((c) => (c.key === "name" ? m.name : (m[c.key] ?? ""))));
  return { body, formulas: false };
}

/**
 * The table's rows as formulas referring to the region's own cells (a {@link SourceLink}): the
 * name as it is, a figure exactly where the pane's reader reads one (sourceValueFormula: "n.b.",
 * "-", "1.234" or a fraction stays blank, "1234" typed as text counts) — so the user's cells stay
 * the source, are never written, and the sheet reads them as the pane does.
 *
 * @example linkedBody(link)[0] // ["=Bron!A5", "=IF(ISNUMBER(Bron!C5),IF(AND(Bron!C5>=0,…", "", …]
 */
export function linkedBody(link: SourceLink): { body: unknown[][]; formulas: boolean } {
  const body = link.cells.name.map((_, i) =>
    TABLE_COLUMNS.map((c) => {
      const cell = link.cells[c.key][i];
      if (!cell) return "";
      return c.key === "name" ? `=${cell}` : `=${sourceValueFormula(cell)}`;
    }),
  );
  return { body, formulas: true };
}

/** Header and rows: a new table is created over them, an own one resized. */
function writeRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  record: OwnershipRecord,
  ours: boolean,
  rows: { body: unknown[][]; formulas: boolean },
): void {
  const n = rows.body.length;
  const width = TABLE_COLUMNS.length;
  const at = `${quoteSheet(sheetName)}!${address(0, 0, n + 1, width)}`;
  // names as text: a name typed as "-Epe" or "=…" stays the name, never a formula; a linked name is a formula
  if (n > 0) sheet.getRangeByIndexes(1, 0, n, 1).numberFormat = rows.body.map(() => [rows.formulas ? "General" : "@"]);
  if (ours) {
    if (record.table!.sources) sheet.getRange(record.table!.sources).clear();
    context.workbook.tables.getItemOrNullObject(TABLE_NAME).resize(at);
  } else sheet.getRangeByIndexes(0, 0, 1, width).values = [TABLE_COLUMNS.map((c) => c.header)];
  if (n > 0) {
    const body = sheet.getRangeByIndexes(1, 0, n, width);
    if (rows.formulas) body.formulas = rows.body;
    else body.values = rows.body;
  }
  if (ours) return;
  const table = context.workbook.tables.add(at, true);
  table.name = TABLE_NAME;
  table.style = "TableStyleMedium2";
}

/** Whole numbers ≥ 0 in every numeric column, with prompts in the user's language; blank stays allowed (unknown). */
function addValidation(sheet: Excel.Worksheet, n: number, language: Language): void {
  const text = (key: "table.countTitle" | "table.countPrompt" | "table.countErrorTitle" | "table.countError") =>
    message(SHEET_TEXTS, language, key);
  const numeric = sheet.getRangeByIndexes(1, 1, Math.max(n, 1), TABLE_COLUMNS.length - 1);
  numeric.dataValidation.clear();
  numeric.dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
  numeric.dataValidation.prompt = { showPrompt: true, title: text("table.countTitle"), message: text("table.countPrompt") };
  numeric.dataValidation.errorAlert = {
    showAlert: true,
    style: "Stop",
    title: text("table.countErrorTitle"),
    message: text("table.countError"),
  };
  sheet.getRangeByIndexes(0, 0, 1, TABLE_COLUMNS.length).format.columnWidth = 110;
  sheet.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = 140;
}

/** The sources under the table, in italics; returns their address. */
function writeSources(sheet: Excel.Worksheet, dataset: RegionDataset, language: Language): string {
  const lines = [message(SHEET_TEXTS, language, "table.sources", { region: dataset.region, year: dataset.year })];
  const reconstructed = ` ${message(SHEET_TEXTS, language, "table.reconstructed")}`;
  for (const c of TABLE_COLUMNS) {
    if (c.key === "name") continue;
    const s = dataset.sources[c.key];
    lines.push(`${c.header}: ${s[language]}${s.reconstructed ? reconstructed : ""}`);
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
