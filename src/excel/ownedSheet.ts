/* global Excel */
import { adapterError } from "./messages";
import { OwnershipRecord, SETTINGS_KEY, SheetKind, freeName, parseRecord, recordedKindOf, sheetStatusOf, userCellIn } from "./ownership";

/**
 * What every sheet the add-in owns (scenario, monitor) needs before it is (re)written: the
 * guard that refuses to overwrite a cell the user wrote, and the sheet itself — new, or with the
 * add-in's old blocks and chart cleared (nothing else on it is touched).
 */
export interface OwnedSheetTarget {
  record: OwnershipRecord;
  sheetNames: string[];
  /** The sheet of that name, loaded with isNullObject. */
  existing: Excel.Worksheet;
  /** Its used range (values only), loaded with isNullObject, address, formulas. */
  used: Excel.Range;
}

/**
 * Queues the loads every owned-sheet write inspects first — the ownership record, the sheet
 * names, the sheet with its protection and used cells — for the caller's first sync (where it
 * adds its own loads); `target()` reads them after that sync.
 */
export function queueOwnedSheetInspect(context: Excel.RequestContext, sheetName: string): { target(): OwnedSheetTarget } {
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const existing = sheets.getItemOrNullObject(sheetName);
  existing.load("isNullObject");
  existing.protection.load("protected");
  const used = existing.getUsedRangeOrNullObject(true);
  used.load("isNullObject, address, formulas");
  return {
    target: () => ({
      record: parseRecord(setting.isNullObject ? null : setting.value),
      sheetNames: sheets.items.map((x) => x.name),
      existing,
      used,
    }),
  };
}

/**
 * Refuses, before anything is written, a write of `kind` to a sheet that is not free and not the
 * add-in's own sheet of that kind: a user's sheet (nameTaken) or another kind's — the Correcties
 * table, a monitor, a Verantwoording, … — or a name kept for another kind (otherKind). Both
 * messages name the sheet and offer a free name.
 */
export function guardSheetKind(record: OwnershipRecord, sheetNames: readonly string[], sheetName: string, kind: SheetKind): void {
  const status = sheetStatusOf(record, sheetNames, sheetName, kind);
  if (status === "free" || status === "ours") return;
  const suggestedName = freeName(sheetName, [...sheetNames, sheetName]);
  if (status === "user") throw adapterError("nameTaken", { sheet: sheetName, suggestedName });
  const reserved = !sheetNames.some((n) => n.toLowerCase() === sheetName.toLowerCase());
  throw adapterError("otherKind", {
    sheet: sheetName,
    suggestedName,
    existing: recordedKindOf(record, sheetName)!,
    writing: kind,
    reserved,
  });
}

/** A cell the user wrote where the new plan would write (outside the add-in's own blocks) stops the write. */
export function guardUserCells(target: OwnedSheetTarget, sheetName: string, planAddress: string): void {
  if (target.existing.isNullObject || target.used.isNullObject) return;
  const at = userCellIn(target.record.sheets[sheetName], { address: target.used.address, formulas: target.used.formulas }, planAddress);
  if (at) throw adapterError("userContent", { sheet: sheetName, address: at, suggestedName: freeName(sheetName, target.sheetNames) });
}

/** The sheet, new or with the add-in's old blocks (and, with `rules`, their conditional formats and validation) and chart cleared. */
export function prepareOwnedSheet(
  context: Excel.RequestContext,
  target: OwnedSheetTarget,
  sheetName: string,
  rules = false,
): Excel.Worksheet {
  context.application.suspendApiCalculationUntilNextSync();
  if (target.existing.isNullObject) return context.workbook.worksheets.add(sheetName);
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const own = target.record.sheets[sheetName];
  for (const block of own.blocks) {
    const range = sheet.getRange(block);
    if (rules) {
      range.conditionalFormats.clearAll();
      range.dataValidation.clear();
    }
    range.clear();
  }
  for (const chart of own.charts) sheet.charts.getItemOrNullObject(chart).delete();
  return sheet;
}
