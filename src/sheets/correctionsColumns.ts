/**
 * The `Correcties` table: the audit trail of local corrections (append-only). Its columns in
 * order with their Dutch headers; the scenario sheet's "K" column looks corrections up by the
 * Gemeente column and sums the Correctie column.
 */
export const CORRECTIONS_TABLE = "Correcties";
export const CORRECTIONS_SHEET = "Correcties";

export type CorrectionColumn = "name" | "amount" | "reason" | "decidedBy" | "date";

export const CORRECTIONS_COLUMNS: { key: CorrectionColumn; header: string; en: string }[] = [
  { key: "name", header: "Gemeente", en: "Municipality" },
  { key: "amount", header: "Correctie", en: "Correction" },
  { key: "reason", header: "Reden", en: "Reason" },
  { key: "decidedBy", header: "Besloten door", en: "Decided by" },
  { key: "date", header: "Datum", en: "Date" },
];

/** Structured reference to a column of the Correcties table, e.g. Correcties[Gemeente]. */
export function correctionsRef(column: CorrectionColumn): string {
  return `${CORRECTIONS_TABLE}[${CORRECTIONS_COLUMNS.find((c) => c.key === column)!.header}]`;
}

/**
 * The number format of each column's cells, set before a line is written: the amount signed, every
 * other column text ("@") — a reason such as "- akkoord wethouder" or "=WEBSERVICE(…)" typed by a
 * user is kept as the text it is (Excel would read a value starting with =, + or - as a formula),
 * and a date stays as typed.
 */
export const CORRECTIONS_FORMATS: string[] = CORRECTIONS_COLUMNS.map((c) => (c.key === "amount" ? "+0;-0;0" : "@"));
