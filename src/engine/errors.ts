/**
 * Typed input errors for every rule of the engine.
 *
 * The engine never throws plain `Error`s for bad input: it throws an {@link InputError} that
 * says *what* is wrong (`kind`), *where* (`position`, 1-based within the range the user gave),
 * which Excel error fits (`code`) and carries the message in Dutch and English. The function
 * layer maps `code` to `CustomFunctions.ErrorCode`, the pane shows `messages.nl` next to a field.
 * The words — the inputs' names and one message per kind — are the catalogue in
 * src/i18n/inputErrors.ts; here they are filled in with the values, formatted for the language.
 *
 * @example
 *   throw inputError("negative", { field: "population", position: { row: 4 }, value: -3 });
 *   // InputError { code: "invalidValue",
 *   //   messages: { nl: "rij 4: inwonertal is negatief (-3)", en: "row 4: population is negative (-3)" } }
 */
import { booleanText, formatNeutral, formatNumber } from "../i18n/format";
import { INPUT_ERROR_TEXTS, INPUT_FIELD_NAMES, POSITION_TEXTS } from "../i18n/inputErrors";
import type { InputErrorKind, InputErrorTextKey, InputField } from "../i18n/inputErrors";
import type { Language } from "../i18n/language";
import { inLanguages, message } from "../i18n/message";
import type { Vars } from "../i18n/message";

/**
 * Excel error families used by the catalogue (design §2). Excel shows a custom message only
 * with #VALUE! and #N/A, so everything the user can fix is `invalidValue` (#VALUE!);
 * `divisionByZero` (#DIV/0!) only where there is nothing to divide by.
 */
export type ErrorCode = "invalidValue" | "divisionByZero";

/** Where a problem sits, 1-based, relative to the range the user passed. */
export interface Position {
  row?: number;
  column?: number;
}

/** Names of the inputs, so messages can say which one is wrong (their names: src/i18n/inputErrors.ts). */
export type Field = InputField;

/** Every way input can be wrong. Each kind has one Excel error code and one message (src/i18n/inputErrors.ts). */
export type ErrorKind = InputErrorKind;

/** A field's name in the user's language: "inwonertal" / "population". */
export function fieldName(field: Field, lang: Language): string {
  return message(INPUT_FIELD_NAMES, lang, field);
}

/** Details that a message may quote. */
export interface ErrorDetails {
  field: Field;
  position?: Position;
  /** The offending value, quoted in the message. */
  value?: unknown;
  /** A limit that was exceeded (for tooLarge, tooManyYears). */
  limit?: number;
  /** The other field in a pair (for shapeMismatch). */
  other?: Field;
  /** The first and last year of a path (for yearOutsidePath). */
  span?: { from: number; to: number };
  /** Names a value could mean (for ambiguousName). */
  candidates?: readonly string[];
  /** Start and end year (for yearOrder). */
  years?: { start: number; end: number };
  /** Columns that cannot be met and the only rows that could serve them, 1-based (for infeasiblePattern). */
  pattern?: { columns: readonly number[]; need: number; rows: readonly number[]; total: number };
}

const CODES: Record<ErrorKind, ErrorCode> = {
  notNumber: "invalidValue",
  notFinite: "invalidValue",
  negative: "invalidValue",
  notWhole: "invalidValue",
  tooLarge: "invalidValue",
  blankRequired: "invalidValue",
  shareOutOfRange: "invalidValue",
  allZero: "divisionByZero",
  empty: "invalidValue",
  notVector: "invalidValue",
  notSingle: "invalidValue",
  shapeMismatch: "invalidValue",
  unknownMethod: "invalidValue",
  unknownRounding: "invalidValue",
  unknownMode: "invalidValue",
  notBoolean: "invalidValue",
  yearOrder: "invalidValue",
  yearOutOfRange: "invalidValue",
  tooManyYears: "invalidValue",
  zeroStock: "divisionByZero",
  duplicateName: "invalidValue",
  emptyName: "invalidValue",
  yearOutsidePath: "invalidValue",
  thresholdOrder: "invalidValue",
  unknownName: "invalidValue",
  ambiguousName: "invalidValue",
  factorsMissing: "invalidValue",
  factorCount: "invalidValue",
  factorSum: "invalidValue",
  keyColumnZero: "divisionByZero",
  correctionTooLarge: "invalidValue",
  adjustCannotTake: "invalidValue",
  adjustCannotAdd: "invalidValue",
  marginSum: "invalidValue",
  noPositiveWeight: "invalidValue",
  infeasiblePattern: "invalidValue",
  unknownGroupMethod: "invalidValue",
};

/** Every kind of input error, for catalogues and coverage checks. */
export const ERROR_KINDS = Object.keys(CODES) as ErrorKind[];

/** A value as typed: a number never rounded (1e-7 → 0,0000001), text in quotes, WAAR/TRUE. */
function quote(value: unknown, lang: Language, grouping = true): string {
  if (typeof value === "number") return formatNumber(value, lang, grouping);
  if (typeof value === "string") return `"${value}"`;
  if (typeof value === "boolean") return booleanText(value, lang);
  return String(value);
}

/** "rij 4", "kolom 2", "rij 2, kolom 3" or "" for a single value. */
export function describePosition(position: Position | undefined, lang: Language): string {
  if (!position) return "";
  const parts: string[] = [];
  if (position.row !== undefined) parts.push(message(POSITION_TEXTS, lang, "row", { n: position.row }));
  if (position.column !== undefined) parts.push(message(POSITION_TEXTS, lang, "column", { n: position.column }));
  return parts.join(", ");
}

/** A year as typed: 2036, not 2.036 (no grouping); anything else quoted as usual. */
function yearText(value: unknown, lang: Language): string {
  return quote(value, lang, false);
}

/** "kolom 2", "kolommen 2, 5 en 7" / "column 2", "columns 2, 5 and 7" (1-based), at most 12 named. */
function listOf(what: "row" | "column", items: readonly number[], lang: Language): string {
  const shown = items.slice(0, 12).map(String);
  if (items.length > 12) shown.push(message(POSITION_TEXTS, lang, "more", { n: items.length }));
  if (shown.length === 1) return message(POSITION_TEXTS, lang, what, { n: shown[0] });
  const head = shown.slice(0, -1).join(", ");
  return message(POSITION_TEXTS, lang, what === "row" ? "rows" : "columns", { items: head, last: String(shown[shown.length - 1]) });
}

/** The message of a kind whose sentence is put together from parts: which columns cannot be met, and by which rows. */
function infeasiblePattern(d: ErrorDetails, lang: Language): string {
  const p = d.pattern ?? { columns: [], need: 0, rows: [], total: 0 };
  const many = (items: readonly number[]) => (items.length === 1 ? "One" : "Many");
  const serve =
    p.rows.length === 0
      ? message(INPUT_ERROR_TEXTS, lang, "infeasiblePattern.serveNone")
      : message(INPUT_ERROR_TEXTS, lang, `infeasiblePattern.serve${many(p.rows)}`, {
          rows: listOf("row", p.rows, lang),
          total: quote(p.total, lang),
        });
  const need = message(INPUT_ERROR_TEXTS, lang, `infeasiblePattern.need${many(p.columns)}`, {
    columns: listOf("column", p.columns, lang),
    need: quote(p.need, lang),
  });
  return message(INPUT_ERROR_TEXTS, lang, "infeasiblePattern", { need, serve });
}

/** The catalogue key of a kind's message: a kind whose sentence depends on the position has one per variant. */
function textKey(kind: Exclude<ErrorKind, "infeasiblePattern">, d: ErrorDetails): InputErrorTextKey {
  if (kind === "noPositiveWeight") return d.position?.row !== undefined ? "noPositiveWeight.row" : "noPositiveWeight.column";
  return kind;
}

/** A bad input: what, where, which Excel error, and the message in both languages. */
export class InputError extends Error {
  readonly kind: ErrorKind;
  readonly code: ErrorCode;
  readonly details: ErrorDetails;
  readonly messages: { nl: string; en: string };

  constructor(kind: ErrorKind, details: ErrorDetails) {
    const messages = inLanguages((lang) => render(kind, details, lang));
    super(messages.en);
    this.name = "InputError";
    this.kind = kind;
    this.code = CODES[kind];
    this.details = details;
    this.messages = messages;
  }

  /** The message in the user's language. */
  text(lang: Language): string {
    return this.messages[lang];
  }

  /** The same error, placed at another position (used when a vector index becomes a cell). */
  at(position: Position | undefined): InputError {
    return new InputError(this.kind, { ...this.details, position });
  }
}

function render(kind: ErrorKind, d: ErrorDetails, lang: Language): string {
  const body =
    kind === "infeasiblePattern" ? infeasiblePattern(d, lang) : message(INPUT_ERROR_TEXTS, lang, textKey(kind, d), vars(d, lang));
  const where = describePosition(d.position, lang);
  return where ? `${where}: ${body}` : body;
}

/** The values a message may quote, formatted for the language. */
function vars(d: ErrorDetails, lang: Language): Vars {
  const isYear = d.field === "startYear" || d.field === "endYear"; // 2024, not 2.024
  return {
    field: fieldName(d.field, lang),
    other: d.other ? fieldName(d.other, lang) : "",
    value: quote(d.value, lang, !isYear),
    limit: quote(d.limit, lang),
    list: (d.candidates ?? []).join(", "),
    start: String(d.years?.start),
    end: String(d.years?.end),
    year: yearText(d.value, lang),
    from: String(d.span?.from),
    to: String(d.span?.to),
    // the exact decimal sum as text ("0.9"), in the language's separator
    sum: formatNeutral(String(d.value), lang, false),
  };
}

/** Shorthand used by the validators. */
export function inputError(kind: ErrorKind, details: ErrorDetails): InputError {
  return new InputError(kind, details);
}
