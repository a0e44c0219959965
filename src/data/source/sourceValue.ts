/**
 * How a cell of a region's own sheet (a corporation export, a policy officer's table) is read
 * as a count: as a person reads it, or refused with the reason. Markers for "no data" — blank,
 * "n.b.", "-", "–", "onbekend", "x", … — are *unknown*, never 0.
 *
 * A number stored as text is read only when it cannot be misread: plain digits ("1234"). Text
 * such as "1.234" or "1,234" means 1234 to one reader and 1.234 to another, so it is refused
 * with a message rather than guessed.
 *
 * @example
 *   readSourceValue(422);        // { kind: "number", value: 422 }
 *   readSourceValue("n.b.");     // { kind: "unknown", marker: "n.b." }
 *   readSourceValue("1.234");    // { kind: "refused", reason: "ambiguous", text: "1.234" }
 *   readSourceValue(12.5);       // { kind: "refused", reason: "notWhole", text: "12.5" }
 */
export type SourceValue =
  | { kind: "number"; value: number }
  | { kind: "unknown"; marker: string }
  | { kind: "refused"; reason: "ambiguous" | "notWhole" | "negative" | "text"; text: string };

/** Texts that mean "no figure" in Dutch and English statistics (CBS uses "." and "x"). */
const UNKNOWN_MARKERS = new Set([
  "",
  "n.b.",
  "nb",
  "n.b",
  "-",
  "–",
  "—",
  ".",
  "x",
  "?",
  "onbekend",
  "geen gegevens",
  "n/a",
  "na",
  "unknown",
]);

/** Whether a text is one of the "no data" markers (case and surrounding spaces ignored). */
export function isUnknownMarker(text: string): boolean {
  return UNKNOWN_MARKERS.has(
    text
      .replace(/\u00a0/g, " ")
      .trim()
      .toLowerCase(),
  );
}

export function readSourceValue(cell: unknown): SourceValue {
  if (cell === null || cell === undefined) return { kind: "unknown", marker: "" };
  if (typeof cell === "number") return readNumber(cell, String(cell));
  const text = String(cell)
    .replace(/\u00a0/g, " ")
    .trim();
  if (isUnknownMarker(text)) return { kind: "unknown", marker: text };
  if (/^\d+$/.test(text)) return readNumber(Number(text), text);
  if (/^-?[\d.,\s]+$/.test(text)) return { kind: "refused", reason: "ambiguous", text };
  return { kind: "refused", reason: "text", text };
}

function readNumber(value: number, text: string): SourceValue {
  if (!Number.isFinite(value)) return { kind: "refused", reason: "text", text };
  if (value < 0) return { kind: "refused", reason: "negative", text };
  if (!Number.isInteger(value)) return { kind: "refused", reason: "notWhole", text };
  return { kind: "number", value: value + 0 };
}

/**
 * {@link readSourceValue} as a formula, for the cells of a `Gemeenten` table linked to a region's
 * own range: the figure where the reader reads one, blank (unknown) where it reads unknown or
 * refuses — so the sheet and the pane never differ on a cell. A number must be whole and ≥ 0; a
 * text counts only when it is plain digits after trimming spaces and non-breaking spaces, checked
 * by removing every digit (locale-free, unlike VALUE on "1.234").
 *
 * @example
 *   sourceValueFormula("Bron!C5");
 *   // IF(ISNUMBER(Bron!C5),IF(AND(Bron!C5>=0,Bron!C5=INT(Bron!C5)),Bron!C5,""),IF(AND(LEN(t)>0,LEN(…t without 0–9…)=0),VALUE(t),""))
 */
export function sourceValueFormula(ref: string): string {
  const text = `TRIM(SUBSTITUTE(${ref},CHAR(160)," "))`;
  const withoutDigits = "0123456789".split("").reduce((t, d) => `SUBSTITUTE(${t},"${d}","")`, text);
  const digitsOnly = `AND(LEN(${text})>0,LEN(${withoutDigits})=0)`;
  const wholeNumber = `IF(AND(${ref}>=0,${ref}=INT(${ref})),${ref},"")`;
  return `IF(ISNUMBER(${ref}),${wholeNumber},IF(${digitsOnly},VALUE(${text}),""))`;
}
