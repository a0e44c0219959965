import { type RecordedKind, type SheetKind, type Vars, SHEET_KIND_NAMES, SHEET_KIND_WRITING, SHEET_TEXTS, inBoth, message } from "../i18n";
import { ADAPTER_ERROR_TEXTS, type AdapterTextKey, adapterText } from "../i18n/adapterErrors";
import { AdapterError, AdapterErrorInfo, AdapterErrorKind, Overwrite } from "./types";

/**
 * The adapter's messages to the user, in Dutch and English, one per problem kind: composed here
 * from a problem's details, every word from the catalogue (src/i18n/adapterErrors.ts).
 *
 * @example adapterError("sheetProtected", { sheet: "Verdeling 2024" })
 *   // AdapterError: "Het blad 'Verdeling 2024' is beveiligd. …"
 */
type Details = {
  sheet?: string;
  suggestedName?: string;
  table?: string;
  missing?: string;
  detail?: string;
  address?: string;
  problems?: { nl: string; en: string }[];
  overwrites?: Overwrite[];
  /** otherKind: what the sheet is (or its name is kept for), and what was to be written there. */
  existing?: RecordedKind;
  writing?: SheetKind;
  /** otherKind: no such sheet yet, but its name is kept for `existing`. */
  reserved?: boolean;
};

/**
 * The details that fill a placeholder of the same name (and {where}: the address, else the
 * sheet); one not given stays visible as `{name}`.
 */
function varsOf(d: Details): Vars {
  const { sheet, suggestedName, table, missing, detail, address } = d;
  const given = { sheet, suggestedName, table, missing, detail, address, where: address ?? sheet };
  return Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)) as Vars;
}

/** A message that is its catalogue entry with the details filled in. */
const plain = (key: AdapterTextKey) => (d: Details) => adapterText(key, varsOf(d));

const TEXT: Record<AdapterErrorKind, (d: Details) => { nl: string; en: string }> = {
  emptySource: plain("emptySource"),
  tableEdited: (d) => inBoth(SHEET_TEXTS, "table.edited", { table: d.table ?? "", sheet: d.sheet ?? "" }),
  unsupported: plain("unsupported"),
  sheetProtected: plain("sheetProtected"),
  editMode: plain("editMode"),
  userContent: plain("userContent"),
  nameTaken: plain("nameTaken"),
  otherKind: (d) =>
    adapterText("otherKind", (language) => {
      const vars = varsOf(d);
      const is = message(SHEET_KIND_NAMES, language, d.existing ?? "unknown");
      const writing = message(SHEET_KIND_WRITING, language, d.writing ?? "scenario");
      const what = message(ADAPTER_ERROR_TEXTS, language, d.reserved ? "otherKind.reserved" : "otherKind.sheet", { ...vars, is, writing });
      return { ...vars, what };
    }),
  confirmReplace: plain("confirmReplace"),
  tableNotFound: plain("tableNotFound"),
  badTable: plain("badTable"),
  tableTaken: plain("tableTaken"),
  notScenarioSheet: plain("notScenarioSheet"),
  badSheetName: plain("badSheetName"),
  notMonitorSheet: plain("notMonitorSheet"),
  noGrowthPath: plain("noGrowthPath"),
  badRealisation: (d) =>
    adapterText("badRealisation", (language) => ({ ...varsOf(d), problems: (d.problems ?? []).map((p) => p[language]).join("; ") })),
  confirmOverwrite: (d) => {
    const figures = (d.overwrites ?? []).map((o) => ({ name: o.name, old: String(o.old), new: o.new }));
    return adapterText("confirmOverwrite", (language) => ({
      ...varsOf(d),
      list: figures.map((figure) => message(ADAPTER_ERROR_TEXTS, language, "confirmOverwrite.figure", figure)).join(", "),
    }));
  },
  unknown: plain("unknown"),
};

export function adapterError(kind: AdapterErrorKind, details: Details = {}): AdapterError {
  const info: AdapterErrorInfo = { kind, ...TEXT[kind](details) };
  if (details.problems) info.problems = details.problems;
  if (details.overwrites) info.overwrites = details.overwrites;
  if (details.suggestedName) info.suggestedName = details.suggestedName;
  if (details.sheet) info.sheet = details.sheet;
  if (details.address) info.address = details.address;
  return new AdapterError(info);
}

/** Excel's own errors (OfficeExtension.Error codes) as AdapterErrors the user can act on. */
export function fromExcelError(error: unknown, sheet?: string): AdapterError {
  if (error instanceof AdapterError) return error;
  const code = (error as { code?: string })?.code;
  if (code === "InvalidOperationInCellEditMode") return adapterError("editMode");
  if (code === "AccessDenied") return adapterError("sheetProtected", { sheet: sheet ?? "?" });
  return adapterError("unknown", { detail: `${code ?? "?"} — ${(error as Error)?.message ?? String(error)}` });
}
