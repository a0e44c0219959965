/* global Excel */
import { VERSION } from "../version";
import { Block, contains, parseAddress, quoteSheet } from "../sheets/a1";
import { ValuesCopyPlan, planValuesCopy } from "../sheets/valuesCopyPlan";
import { adapterError } from "./messages";
import { writeColumnWidths, writeFormats } from "./planWriter";
import { OwnershipRecord, SETTINGS_KEY, freeName, parseRecord } from "./ownership";
import type { ValuesCopyRequest, ValuesCopyResult } from "./types";

/**
 * "Kopie met waarden": a values-only copy of one of the add-in's scenario sheets, for readers
 * without the add-in (council members): what Excel computed, with number formats, marked as a
 * copy with date and source. Two round trips: read the sheet as shown, then write the copy.
 * Only the blocks the add-in owns are copied; a user's notes on the sheet stay where they are.
 */
export async function writeValuesCopy(context: Excel.RequestContext, request: ValuesCopyRequest): Promise<ValuesCopyResult> {
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const source = sheets.getItemOrNullObject(request.sheetName);
  source.load("isNullObject");
  const used = source.getUsedRangeOrNullObject(true);
  used.load("isNullObject, address, values, numberFormat");
  await context.sync();
  const record = parseRecord(setting.isNullObject ? null : setting.value);
  const own = record.sheets[request.sheetName];
  if (source.isNullObject || !own || own.kind === "valuesCopy") throw adapterError("notScenarioSheet", { sheet: request.sheetName });
  const grid = used.isNullObject ? { values: [[""]], formats: [["General"]] } : cropToOwned(used, own.blocks.map(parseAddress));
  const size = { rows: grid.values.length, columns: Math.max(1, grid.values[0]?.length ?? 1) };
  const plan = planValuesCopy({ sheetName: request.sheetName, date: request.date, version: VERSION, language: request.language, ...size });
  const copyName = freeName(
    plan.baseName,
    sheets.items.map((s) => s.name),
  );
  writeCopy(context, copyName, plan, grid, record);
  await context.sync();
  return { sheetName: copyName, address: `${quoteSheet(copyName)}!A1` };
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
  record.sheets[copyName] = { blocks: [plan.address], chart: null, kind: "valuesCopy" };
  context.workbook.settings.add(SETTINGS_KEY, record);
  sheet.activate();
}
