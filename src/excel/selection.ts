/* global Excel */
import { Block, parseAddress } from "./a1";
import { SETTINGS_KEY, parseRecord } from "./ownership";
import type { SelectedMunicipality } from "./types";

/**
 * The pane follows Excel's selection on a scenario sheet: a selected cell in a municipality's
 * row of the scenario table (any column) means that municipality. The rows are the ones the
 * ownership record names for the sheet (`municipalities`, e.g. "A13:A21" — the sheet plan's
 * dataRow onwards), so a re-written sheet with more or fewer municipalities maps correctly.
 */

/** The recorded name block of the add-in's scenario sheet, or null. One round trip. */
async function nameBlock(context: Excel.RequestContext, sheetName: string): Promise<Block | null> {
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value");
  await context.sync();
  const own = parseRecord(setting.isNullObject ? null : setting.value).sheets[sheetName];
  return own?.kind === "scenario" && own.municipalities ? parseAddress(own.municipalities) : null;
}

/** Position in the name block of the (top) row of `at` (A1, with or without sheet), or null; whole columns/rows ("B:B") are null. */
export function rowIn(block: Block, at: string): number | null {
  let cell: Block;
  try {
    cell = parseAddress(at);
  } catch {
    return null;
  }
  const k = cell.row - block.row;
  return k >= 0 && k < block.rows ? k : null;
}

/** Two round trips: the record and the selection, then the selected row's name. */
export async function selectedMunicipality(context: Excel.RequestContext, sheetName: string): Promise<SelectedMunicipality | null> {
  const selected = context.workbook.getSelectedRange();
  selected.load("address");
  const block = await nameBlock(context, sheetName);
  if (!block) return null;
  const sheetOf = selected.address.includes("!") ? parseAddress(selected.address.replace(/!.*$/, "!A1")).sheet : "";
  if ((sheetOf ?? "").toLowerCase() !== sheetName.toLowerCase()) return null;
  const index = rowIn(block, selected.address);
  if (index === null) return null;
  const cell = context.workbook.worksheets.getItem(sheetName).getRangeByIndexes(block.row + index, block.column, 1, 1);
  cell.load("values");
  await context.sync();
  return { index, name: String(cell.values[0][0]) };
}

/**
 * Registers a worksheet.onSelectionChanged handler (ExcelApi 1.7) on the scenario sheet, with
 * the names read once (two round trips). The returned function removes the handler again.
 */
export async function followSelection(
  context: Excel.RequestContext,
  sheetName: string,
  handler: (municipality: SelectedMunicipality | null) => void,
): Promise<() => Promise<void>> {
  const block = await nameBlock(context, sheetName);
  if (!block) return async () => undefined;
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const names = sheet.getRangeByIndexes(block.row, block.column, block.rows, 1).load("values");
  let live = true;
  const result = sheet.onSelectionChanged.add(async (args: Excel.WorksheetSelectionChangedEventArgs) => {
    if (!live) return;
    const index = rowIn(block, args.address);
    handler(index === null ? null : { index, name: String(names.values[index][0]) });
  });
  await context.sync();
  return async () => {
    live = false;
    await Excel.run(result.context, async (ctx) => {
      result.remove();
      await ctx.sync();
    });
  };
}
