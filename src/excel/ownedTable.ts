/* global Excel */
import { adapterError } from "./messages";
import { OwnershipRecord, SETTINGS_KEY, freeName, parseRecord, rowsFingerprint } from "./ownership";

/** Where a table the add-in writes goes: its own earlier table's sheet, or a new sheet under a free name. */
export interface OwnedTablePlace {
  record: OwnershipRecord;
  /** whether the workbook's table of that name is the add-in's own (then it is updated in place) */
  own: boolean;
  sheetName: string;
  sheet: Excel.Worksheet;
}

/**
 * The first round trip of writing one of the add-in's tables (`Gemeenten`, `Aandachtsgroepen`):
 * the ownership record, the sheet names and whether a table of that name exists. A table of that
 * name that the record does not call the add-in's is the user's: refused, nothing written. The
 * add-in's own table is updated on its sheet; else a new sheet takes a free name, so no other
 * sheet is ever replaced.
 *
 * @example
 *   await placeOwnedTable(context, "Gemeenten", "Gemeenten", (r) => (r.table?.name === "Gemeenten" ? r.table.sheet : null));
 */
export async function placeOwnedTable(
  context: Excel.RequestContext,
  tableName: string,
  sheetBase: string,
  ownSheet: (record: OwnershipRecord) => string | null,
): Promise<OwnedTablePlace> {
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const table = context.workbook.tables.getItemOrNullObject(tableName);
  table.load("isNullObject");
  await context.sync();
  const record = parseRecord(setting.isNullObject ? null : setting.value);
  const recorded = table.isNullObject ? null : ownSheet(record);
  if (!table.isNullObject && recorded === null) throw adapterError("tableTaken", { table: tableName });
  const sheetName =
    recorded ??
    freeName(
      sheetBase,
      sheets.items.map((s) => s.name),
    );
  return { record, own: recorded !== null, sheetName, sheet: recorded !== null ? sheets.getItem(sheetName) : sheets.add(sheetName) };
}

/**
 * The check that the add-in's own table still holds the rows it wrote last (`fingerprints.written`),
 * queued on the caller's round trip: its body is loaded now, and the returned function, called
 * after the caller's sync, refuses with tableEdited (nothing changed) when a row was changed in
 * Excel since — unless the table already holds exactly the rows about to be written
 * (`fingerprints.toWrite`: the pane read the changed figures and writes them back, so nothing is
 * lost). No check without a recorded fingerprint (a record of an earlier version) or when the user
 * agreed to replace the changes.
 *
 * @example
 *   const fingerprints = { written: own.written, toWrite: rowsFingerprint(rows) };
 *   const assertUnchanged = queueUnchangedCheck(context, "Gemeenten", sheetName, fingerprints, replaceEdited);
 *   await context.sync();
 *   assertUnchanged();
 */
export function queueUnchangedCheck(
  context: Excel.RequestContext,
  tableName: string,
  sheetName: string,
  fingerprints: { written: string | undefined; toWrite: string },
  replaceEdited: boolean,
): () => void {
  if (fingerprints.written === undefined || replaceEdited) return () => undefined;
  const body = context.workbook.tables.getItemOrNullObject(tableName).getDataBodyRange().load("values");
  return () => {
    const now = rowsFingerprint(body.values);
    if (now !== fingerprints.written && now !== fingerprints.toWrite)
      throw adapterError("tableEdited", { table: tableName, sheet: sheetName });
  };
}
