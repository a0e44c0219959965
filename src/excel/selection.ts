/* global Excel */
import { Block, parseAddress } from "../sheets/a1";
import { SETTINGS_KEY, parseRecord } from "./ownership";

/**
 * The pane follows Excel's selection on a scenario sheet: a selected cell in a municipality's
 * row of the scenario table (any column) means that municipality. The rows are the ones the
 * ownership record names for the sheet (`municipalities`, e.g. "A13:A21" — the sheet plan's
 * dataRow onwards), so a re-written sheet with more or fewer municipalities maps correctly.
 */

/** A block recorded for the add-in's scenario sheet (its names, or its group matrix), or null. One round trip. */
async function recordedBlock(
  context: Excel.RequestContext,
  sheetName: string,
  which: "municipalities" | "groupMatrix" = "municipalities",
): Promise<Block | null> {
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value");
  await context.sync();
  const own = parseRecord(setting.isNullObject ? null : setting.value).sheets[sheetName];
  const at = own?.kind === "scenario" ? own[which] : undefined;
  return at ? parseAddress(at) : null;
}

/** Municipality (row) and group (column) of the top-left cell of `at` inside the group matrix, or null; whole columns/rows are null. */
export function cellIn(block: Block, at: string): { row: number; column: number } | null {
  let cell: Block;
  try {
    cell = parseAddress(at);
  } catch {
    return null;
  }
  const row = cell.row - block.row;
  const column = cell.column - block.column;
  return row >= 0 && row < block.rows && column >= 0 && column < block.columns ? { row, column } : null;
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

/** One round trip: the record and the selection; the position of the selected row, or null. */
export async function selectedMunicipality(context: Excel.RequestContext, sheetName: string): Promise<number | null> {
  const selected = await selectedOn(context, sheetName, "municipalities");
  return selected ? rowIn(selected.block, selected.address) : null;
}

/** One round trip: the record and the selection; the group-matrix cell selected on the sheet, or null. */
export async function selectedGroupCell(context: Excel.RequestContext, sheetName: string): Promise<{ row: number; column: number } | null> {
  const selected = await selectedOn(context, sheetName, "groupMatrix");
  return selected ? cellIn(selected.block, selected.address) : null;
}

/** The selection's address when it is on `sheetName`, with the recorded block; null otherwise. */
async function selectedOn(context: Excel.RequestContext, sheetName: string, which: "municipalities" | "groupMatrix") {
  const selected = context.workbook.getSelectedRange();
  selected.load("address");
  const block = await recordedBlock(context, sheetName, which);
  if (!block) return null;
  const bang = selected.address.lastIndexOf("!");
  const sheet =
    bang < 0
      ? ""
      : selected.address
          .slice(0, bang)
          .replace(/^'(.*)'$/, "$1")
          .replace(/''/g, "'");
  return sheet.toLowerCase() === sheetName.toLowerCase() ? { block, address: selected.address } : null;
}

/**
 * Registers a worksheet.onSelectionChanged handler (ExcelApi 1.7) on the scenario sheet (two
 * round trips). The returned function removes the handler again.
 */
export async function followSelection(
  context: Excel.RequestContext,
  sheetName: string,
  handler: (index: number | null) => void,
): Promise<() => Promise<void>> {
  return followIn(context, sheetName, "municipalities", (block, at) => handler(rowIn(block, at)));
}

/** As {@link followSelection}, for a cell of the group matrix: its municipality and group, or null outside it. */
export async function followGroupSelection(
  context: Excel.RequestContext,
  sheetName: string,
  handler: (cell: { row: number; column: number } | null) => void,
): Promise<() => Promise<void>> {
  return followIn(context, sheetName, "groupMatrix", (block, at) => handler(cellIn(block, at)));
}

async function followIn(
  context: Excel.RequestContext,
  sheetName: string,
  which: "municipalities" | "groupMatrix",
  handler: (block: Block, at: string) => void,
): Promise<() => Promise<void>> {
  const block = await recordedBlock(context, sheetName, which);
  if (!block) return async () => undefined;
  let live = true;
  const result = context.workbook.worksheets
    .getItem(sheetName)
    .onSelectionChanged.add(async (args: Excel.WorksheetSelectionChangedEventArgs) => {
      if (live) handler(block, args.address);
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
