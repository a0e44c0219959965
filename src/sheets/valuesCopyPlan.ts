import type { Language } from "../i18n";
import { message } from "../i18n/message";
import { SHEET_TEXTS } from "../i18n/sheets";
import { address } from "./a1";
import type { CellFormat, ColumnWidth } from "./plan";
import { PALETTE } from "./style";

/**
 * "Kopie met waarden" as a plan: its name, the note in A1 saying what it is (source sheet,
 * date, version; no formulas), and where the copied values go (from A3, as many rows and
 * columns as copied). The values and number formats themselves are what Excel shows on the
 * source sheet, read by the writer.
 *
 * @example
 * const plan = planValuesCopy({ sheetName: "Verdeling 2024", date: "26-11-2026", version: "0.1.0", language: "nl", rows: 40, columns: 9
 * });
 *   plan.baseName;     // "Verdeling 2024 (waarden)"
 *   plan.body;         // { row: 2, column: 0 }
 *   plan.address;      // "A1:I42"
 */
export interface ValuesCopyPlanRequest {
  sheetName: string;
  date: string;
  version: string;
  language: Language;
  /** Size of the copied block. */
  rows: number;
  columns: number;
}

export interface ValuesCopyPlan {
  /** The copy's name before making it free (Excel allows 31 characters). */
  baseName: string;
  note: { address: string; text: string };
  /** Top-left of the copied values. */
  body: { row: number; column: number };
  /** The owned block: note and values. */
  address: string;
  formats: CellFormat[];
  columnWidths: ColumnWidth[];
}

/** One blank row between the note and the values. */
const BODY_ROW = 2;

export function planValuesCopy(req: ValuesCopyPlanRequest): ValuesCopyPlan {
  return {
    baseName: `${req.sheetName.slice(0, 21)} (waarden)`,
    note: {
      address: "A1",
      text: message(SHEET_TEXTS, req.language, "valuesCopy.note", { sheet: req.sheetName, date: req.date, version: req.version }),
    },
    body: { row: BODY_ROW, column: 0 },
    address: address(0, 0, req.rows + BODY_ROW, req.columns),
    formats: [{ address: "A1", italic: true, fontColor: PALETTE.alert }],
    columnWidths: Array.from({ length: req.columns }, (_, k) => ({ column: k, width: k === 0 ? 230 : 120 })),
  };
}
