/* global Excel */
import { GROUP_KEY_WORDS, GROUP_KEYS, TargetGroup } from "../data/region";
import { RawGroup, readGroupNeed, sameName } from "../data/readers";
import type { ScenarioSettings } from "../scenario";
import { address, quoteSheet } from "../sheets/a1";
import { GROUP_TABLE_COLUMNS, GROUP_TABLE_NAME, GROUP_TABLE_SHEET, GroupTableColumn, matchGroupHeader } from "../sheets/groupTableColumns";
import { adapterError } from "./messages";
import { placeOwnedTable, queueUnchangedCheck } from "./ownedTable";
import { OwnershipRecord, SETTINGS_KEY, freeName, parseRecord, rowsFingerprint, userCellIn } from "./ownership";
import type { GroupTableRead, GroupTableWriteOptions, WriteTableResult } from "./types";
import { DEFAULT_LANGUAGE, Language, SHEET_TEXTS, message } from "../i18n";

/**
 * The target-group table ("Aandachtsgroepen", issue 19), written and found as the `Gemeenten`
 * table is: the add-in's own table on a sheet of its own (a free name, never another sheet),
 * recorded in the settings; a region's own table of that name is read, never written. Group
 * names are the user's text: written in text-formatted cells, so "=Opvang" stays a name.
 */
export async function writeGroupTable(
  context: Excel.RequestContext,
  groups: readonly TargetGroup[],
  note: { nl: string; en: string } | null,
  options: GroupTableWriteOptions = {},
): Promise<WriteTableResult> {
  const { language = DEFAULT_LANGUAGE, replaceEdited = false } = options;
  const place = await placeOwnedTable(context, GROUP_TABLE_NAME, GROUP_TABLE_SHEET, (r) =>
    r.groupTable?.name === GROUP_TABLE_NAME ? r.groupTable.sheet : null,
  );
  const { record, sheetName, sheet } = place;
  const own = place.own ? record.groupTable! : null;
  const noteText = note?.[language] ?? "";
  if (own) await guardOwnSheet(context, sheet, sheetName, own, groups, replaceEdited);
  // rows the own table no longer has: cleared, so no group is left beside the table
  if (own && own.rows > groups.length)
    sheet.getRangeByIndexes(1 + groups.length, 0, own.rows - groups.length, GROUP_TABLE_COLUMNS.length).clear();
  writeGroupRows(context, sheet, sheetName, groups, own !== null, language);
  const noteAt = address(groups.length + 2, 0);
  if (own?.note) sheet.getRange(own.note).clear();
  if (noteText) {
    sheet.getRange(noteAt).values = [[noteText]];
    sheet.getRange(noteAt).format.font.italic = true;
  }
  const next: OwnershipRecord = {
    ...record,
    groupTable: {
      name: GROUP_TABLE_NAME,
      sheet: sheetName,
      rows: groups.length,
      note: noteText ? noteAt : "",
      written: rowsFingerprint(groupRows(groups)),
    },
  };
  context.workbook.settings.add(SETTINGS_KEY, next);
  await context.sync();
  return { tableName: GROUP_TABLE_NAME, sheetName, updated: own !== null };
}

/**
 * What writing the add-in's own `Aandachtsgroepen` table with `groups` would refuse, found without
 * writing anything: the checks of {@link guardOwnSheet} (tableEdited when a row was changed in Excel
 * and the user has not agreed, a protected sheet, a user's cell in the way). The pane asks this
 * before it writes the `Gemeenten` table, so that every question about the tables comes before
 * any write. No table of the add-in's own (none yet, or a region's): nothing to check here.
 */
export async function checkGroupTable(
  context: Excel.RequestContext,
  groups: readonly TargetGroup[],
  { replaceEdited = false }: { replaceEdited?: boolean } = {},
): Promise<void> {
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value");
  const table = context.workbook.tables.getItemOrNullObject(GROUP_TABLE_NAME).load("isNullObject");
  await context.sync();
  const own = parseRecord(setting.isNullObject ? null : setting.value).groupTable;
  if (table.isNullObject || own?.name !== GROUP_TABLE_NAME) return;
  await guardOwnSheet(context, context.workbook.worksheets.getItem(own.sheet), own.sheet, own, groups, replaceEdited);
}

/**
 * Before the add-in's own table is updated: its sheet is not protected, the rows it grows into
 * hold nothing the user typed (only the table and the note under it are the add-in's), and its
 * rows are the ones the add-in wrote last — a need or name changed in Excel since is the user's,
 * replaced only when the user said so (tableEdited, nothing changed).
 */
async function guardOwnSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  own: NonNullable<OwnershipRecord["groupTable"]>,
  groups: readonly TargetGroup[],
  replaceEdited: boolean,
): Promise<void> {
  sheet.protection.load("protected");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("isNullObject, address, formulas");
  const fingerprints = { written: own.written, toWrite: rowsFingerprint(groupRows(groups)) };
  const assertUnchanged = queueUnchangedCheck(context, GROUP_TABLE_NAME, sheetName, fingerprints, replaceEdited);
  await context.sync();
  if (sheet.protection.protected) throw adapterError("sheetProtected", { sheet: sheetName });
  assertUnchanged();
  const blocks = [address(0, 0, own.rows + 1, GROUP_TABLE_COLUMNS.length), own.note].filter((b) => b !== "");
  const owned = { blocks, charts: [], kind: "unknown" as const };
  const target = address(0, 0, groups.length + 3, GROUP_TABLE_COLUMNS.length);
  const taken = userCellIn(owned, used.isNullObject ? null : used, target);
  if (taken) throw adapterError("userContent", { sheet: sheetName, address: taken, suggestedName: freeName(sheetName, [sheetName]) });
}

/** Header and rows (names and keys as text, the need a number or blank), a new table over them or the own one resized, checks on input. */
function writeGroupRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  groups: readonly TargetGroup[],
  own: boolean,
  language: Language,
): void {
  const n = groups.length;
  const width = GROUP_TABLE_COLUMNS.length;
  const at = `${quoteSheet(sheetName)}!${address(0, 0, n + 1, width)}`;
  context.application.suspendApiCalculationUntilNextSync();
  if (n > 0) {
    const text = groups.map(() => ["@"]);
    sheet.getRangeByIndexes(1, 0, n, 1).numberFormat = text;
    sheet.getRangeByIndexes(1, 2, n, 1).numberFormat = text;
    sheet.getRangeByIndexes(1, 0, n, width).values = groupRows(groups);
  }
  if (own) context.workbook.tables.getItemOrNullObject(GROUP_TABLE_NAME).resize(at);
  else {
    sheet.getRangeByIndexes(0, 0, 1, width).values = [GROUP_TABLE_COLUMNS.map((c) => c.header)];
    const table = context.workbook.tables.add(at, true);
    table.name = GROUP_TABLE_NAME;
    table.style = "TableStyleMedium2";
  }
  addGroupValidation(sheet, Math.max(n, 1), language);
}

/** The table's rows as written: the name (text), the need or blank, the key's (Dutch) word. */
function groupRows(groups: readonly TargetGroup[]): (string | number)[][] {
  return groups.map((g) => [g.name, g.need ?? "", GROUP_KEY_WORDS[g.key].nl]);
}

/**
 * The need: a whole number ≥ 0 or blank (unknown), its prompt in the user's language; the key: one
 * of the (Dutch) key words the reader takes.
 */
function addGroupValidation(sheet: Excel.Worksheet, n: number, language: Language): void {
  const need = sheet.getRangeByIndexes(1, 1, n, 1);
  need.dataValidation.clear();
  need.dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
  need.dataValidation.prompt = {
    showPrompt: true,
    title: message(SHEET_TEXTS, language, "groups.needTitle"),
    message: message(SHEET_TEXTS, language, "groups.needPrompt"),
  };
  const key = sheet.getRangeByIndexes(1, 2, n, 1);
  key.dataValidation.clear();
  key.dataValidation.rule = { list: { inCellDropDown: true, source: GROUP_KEYS.map((k) => GROUP_KEY_WORDS[k].nl).join(",") } };
  sheet.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = 320;
  sheet.getRangeByIndexes(0, 1, 1, 2).format.columnWidth = 120;
}

/** Rows of the table by matched header; a needed column (name, need) that is missing is named and nothing is read. */
export function groupTableRead(
  tableName: string,
  sheetName: string,
  headers: readonly unknown[],
  body: { values: unknown[][]; rowIndex: number; columnIndex: number },
  ours: boolean,
): GroupTableRead {
  const keys = headers.map(matchGroupHeader);
  const column = (key: GroupTableColumn) => keys.indexOf(key);
  const missing = GROUP_TABLE_COLUMNS.filter((c) => c.key !== "key" && column(c.key) < 0).map((c) => c.header);
  const cell = (row: unknown[], key: GroupTableColumn) => {
    const v = column(key) < 0 ? null : row[column(key)];
    return v === "" ? null : v;
  };
  const rows: RawGroup[] =
    missing.length > 0 ? [] : body.values.map((row) => ({ name: cell(row, "name"), need: cell(row, "need"), key: cell(row, "key") }));
  const rowAddresses = rows.map(
    (_, i) => `${quoteSheet(sheetName)}!${address(body.rowIndex + i, body.columnIndex + Math.max(column("name"), 0))}`,
  );
  return { tableName, sheetName, rows, rowAddresses, missing, ours };
}

/**
 * The settings with each group's need as the table holds it now, for the groups that refer to a
 * row of it (`row`): read with the one reader (a blank or unreadable need is unknown: the group
 * leaves the block, on the sheet as in the pane). A row that no longer holds that group (renamed,
 * moved) is not referred to: the need stays the pane's number.
 */
export function withTableNeeds(settings: ScenarioSettings, read: GroupTableRead | null): ScenarioSettings {
  if (!settings.groups) return settings;
  const groups = settings.groups.groups.map((g): TargetGroup => {
    if (g.row === undefined) return g;
    const raw = read?.rows[g.row - 1];
    if (!raw || !sameName(raw.name, g.name)) return { name: g.name, need: g.need, key: g.key };
    const need = readGroupNeed(raw.need);
    return { ...g, need: need.ok ? need.value : null };
  });
  return { ...settings, groups: { ...settings.groups, groups } };
}
