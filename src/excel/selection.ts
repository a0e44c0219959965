/* global Excel */
import { Block, parseAddress } from "../sheets/a1";
import { SETTINGS_KEY, parseRecord } from "./ownership";

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

/** One round trip: the record and the selection; the position of the selected row, or null. */
export async function selectedMunicipality(context: Excel.RequestContext, sheetName: string): Promise<number | null> {
  const selected = context.workbook.getSelectedRange();
  selected.load("address");
  const block = await nameBlock(context, sheetName);
  if (!block) return null;
  const bang = selected.address.lastIndexOf("!");
  const sheet =
    bang < 0
      ? ""
      : selected.address
          .slice(0, bang)
          .replace(/^'(.*)'$/, "$1")
          .replace(/''/g, "'");
  if (sheet.toLowerCase() !== sheetName.toLowerCase()) return null;
  return rowIn(block, selected.address);
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
  const block = await nameBlock(context, sheetName);
  if (!block) return async () => undefined;
  let live = true;
  const result = context.workbook.worksheets
    .getItem(sheetName)
    .onSelectionChanged.add(async (args: Excel.WorksheetSelectionChangedEventArgs) => {
      if (live) handler(rowIn(block, args.address));
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
