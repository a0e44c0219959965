/* global Excel */
import { VERSION } from "../version";
import { Block, contains, parseAddress, quoteSheet } from "../sheets/a1";
import { ValuesCopyPlan, planValuesCopy } from "../sheets/valuesCopyPlan";
import { adapterError } from "./messages";
import { writeColumnWidths, writeFormats } from "./planWriter";
import { OwnershipRecord, SETTINGS_KEY, freeName, parseRecord } from "./ownership";
import type { ValuesCopyRequest, ValuesCopyResult } from "./types";

/**
 * "Kopie met waarden": values-only copies of a scenario sheet of the add-in and of every other
 * sheet of it with figures — the scenario's Verantwoording and the Monitor sheets — for readers
 * without the add-in (council members): what Excel computed, with number formats, each marked
 * as a copy with date and source. Three round trips: the record, the sheets as shown, the copies.
 * Only the blocks the add-in owns are copied; a user's notes on a sheet stay where they are.
 */
export async function writeValuesCopy(context: Excel.RequestContext, request: ValuesCopyRequest): Promise<ValuesCopyResult> {
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const record = parseRecord(setting.isNullObject ? null : setting.value);
  const names = sheets.items.map((s) => s.name);
  const own = record.sheets[request.sheetName];
  if (!names.includes(request.sheetName) || !own || own.kind === "valuesCopy")
    throw adapterError("notScenarioSheet", { sheet: request.sheetName });
  const sources = sheetsToCopy(request.sheetName, record, names).map((name) => {
    const used = sheets.getItem(name).getUsedRangeOrNullObject(true);
    used.load("isNullObject, address, values, numberFormat");
    return { name, used, blocks: record.sheets[name].blocks.map(parseAddress) };
  });
  await context.sync();
  const copies = sources.map((source) => {
    const grid = source.used.isNullObject ? { values: [[""]], formats: [["General"]] } : cropToOwned(source.used, source.blocks);
    const size = { rows: grid.values.length, columns: Math.max(1, grid.values[0]?.length ?? 1) };
    const plan = planValuesCopy({ sheetName: source.name, date: request.date, version: VERSION, language: request.language, ...size });
    const copyName = freeName(plan.baseName, names);
    names.push(copyName);
    writeCopy(context, copyName, plan, grid, record);
    return copyName;
  });
  sheets.getItem(copies[0]).activate();
  await context.sync();
  return { sheetName: copies[0], address: `${quoteSheet(copies[0])}!A1`, sheets: copies };
}

/** The requested sheet, then its Verantwoording and every Monitor the record holds (those that still exist). */
function sheetsToCopy(sheetName: string, record: OwnershipRecord, names: readonly string[]): string[] {
  const justification = record.sheets[sheetName].justification;
  const monitors = Object.entries(record.sheets)
    .filter(([, own]) => own.kind === "monitor")
    .map(([name]) => name);
  const wanted = [sheetName, ...(justification ? [justification] : []), ...monitors];
  return wanted.filter((name, i) => names.includes(name) && wanted.indexOf(name) === i && record.sheets[name]);
}

/** The used range from A1, with cells outside the owned blocks blanked. */
function cropToOwned(used: Excel.Range, blocks: Block[]): { values: unknown[][]; formats: unknown[][] } {
  const start = parseAddress(used.address.replace(/^.*!/, ""));
  const height = start.row + used.values.length;
  const width = start.column + (used.values[0]?.length ?? 0);
  const values = Array.from({ length: height }, () => new Array<unknown>(width).fill(""));
  const formats = Array.from({ length: height }, () => new Array<unknown>(width).fill("General"));
  used.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const cell = { row: start.row + r, column: start.column + c, rows: 1, columns: 1 };
      if (!blocks.some((b) => contains(b, cell))) return;
      values[cell.row][cell.column] = v;
      formats[cell.row][cell.column] = used.numberFormat[r][c];
    }),
  );
  return { values, formats };
}

function writeCopy(
  context: Excel.RequestContext,
  copyName: string,
  plan: ValuesCopyPlan,
  grid: { values: unknown[][]; formats: unknown[][] },
  record: OwnershipRecord,
): void {
  const sheet = context.workbook.worksheets.add(copyName);
  sheet.getRange(plan.note.address).values = [[plan.note.text]];
  writeFormats(sheet, plan.formats);
  const body = sheet.getRangeByIndexes(plan.body.row, plan.body.column, grid.values.length, Math.max(1, grid.values[0]?.length ?? 1));
  // formats first, every text as text: a name or note shown as "- …" or "=…" is copied as what it shows, never as a formula
  body.numberFormat = grid.values.map((row, r) =>
    row.map((v, c) => (typeof v === "string" && v !== "" ? "@" : grid.formats[r][c])),
  ) as string[][];
  body.values = grid.values as (string | number | boolean)[][];
  writeColumnWidths(sheet, plan.columnWidths);
  record.sheets[copyName] = { blocks: [plan.address], charts: [], kind: "valuesCopy" };
  context.workbook.settings.add(SETTINGS_KEY, record);
}
