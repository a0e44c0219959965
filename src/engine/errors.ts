/**
 * Typed input errors for every rule of the engine.
 *
 * The engine never throws plain `Error`s for bad input: it throws an {@link InputError} that
 * says *what* is wrong (`kind`), *where* (`position`, 1-based within the range the user gave),
 * which Excel error fits (`code`) and carries the message in Dutch and English. The function
 * layer maps `code` to `CustomFunctions.ErrorCode`, the pane shows `messages.nl` next to a field.
 *
 * @example
 *   throw inputError("negative", { field: "population", position: { row: 4 }, value: -3 });
 *   // InputError { code: "invalidValue",
 *   //   messages: { nl: "rij 4: inwonertal is negatief (-3)", en: "row 4: population is negative (-3)" } }
 */
import { booleanText, formatNumber } from "../i18n/format";
import type { Language } from "../i18n/language";

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

/** Names of the inputs, so messages can say which one is wrong. */
export type Field =
  | "total"
  | "weights"
  | "population"
  | "lettings"
  | "share"
  | "rounding"
  | "method"
  | "mode"
  | "demand"
  | "supply"
  | "capacity"
  | "start"
  | "target"
  | "startYear"
  | "endYear"
  | "targets"
  | "realised"
  | "allowCredit"
  | "stock"
  | "municipality"
  | "origin"
  | "year"
  | "threshold"
  | "factors"
  | "allocation"
  | "corrections"
  | "needs";

export const FIELD_NAMES: Record<Field, { nl: string; en: string }> = {
  total: { nl: "totaal", en: "total" },
  weights: { nl: "gewicht", en: "weight" },
  population: { nl: "inwonertal", en: "population" },
  lettings: { nl: "mutaties", en: "lettings" },
  share: { nl: "aandeel", en: "share" },
  rounding: { nl: "afronding", en: "rounding" },
  method: { nl: "methode", en: "method" },
  mode: { nl: "modus", en: "mode" },
  demand: { nl: "vraag", en: "demand" },
  supply: { nl: "aanbod", en: "supply" },
  capacity: { nl: "capaciteit", en: "capacity" },
  start: { nl: "beginwaarde", en: "start value" },
  target: { nl: "doelwaarde", en: "target value" },
  startYear: { nl: "beginjaar", en: "start year" },
  endYear: { nl: "eindjaar", en: "end year" },
  targets: { nl: "opgave", en: "target" },
  realised: { nl: "realisatie", en: "realised" },
  allowCredit: { nl: "tegoed toestaan", en: "allow credit" },
  stock: { nl: "woningvoorraad", en: "housing stock" },
  municipality: { nl: "gemeente", en: "municipality" },
  origin: { nl: "herkomst", en: "origin" },
  year: { nl: "jaar", en: "year" },
  threshold: { nl: "drempel", en: "threshold" },
  factors: { nl: "factor", en: "factor" },
  allocation: { nl: "verdeling", en: "allocation" },
  corrections: { nl: "correctie", en: "correction" },
  needs: { nl: "behoefte", en: "need" },
};

/** Every way input can be wrong. Each kind has one Excel error code and one message pair. */
export type ErrorKind =
  | "notNumber"
  | "notFinite"
  | "negative"
  | "notWhole"
  | "tooLarge"
  | "blankRequired"
  | "shareOutOfRange"
  | "allZero"
  | "empty"
  | "notVector"
  | "notSingle"
  | "shapeMismatch"
  | "unknownMethod"
  | "unknownRounding"
  | "unknownMode"
  | "notBoolean"
  | "yearOrder"
  | "yearOutOfRange"
  | "tooManyYears"
  | "zeroStock"
  | "duplicateName"
  | "emptyName"
  | "yearOutsidePath"
  | "thresholdOrder"
  | "unknownName"
  | "ambiguousName"
  | "factorsMissing"
  | "factorCount"
  | "factorSum"
  | "keyColumnZero"
  | "correctionTooLarge"
  | "adjustCannotTake"
  | "adjustCannotAdd"
  | "marginSum"
  | "noPositiveWeight"
  | "infeasiblePattern"
  | "unknownGroupMethod";

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

const WHERE: Record<Language, { row: string; column: string }> = {
  nl: { row: "rij", column: "kolom" },
  en: { row: "row", column: "column" },
};

/** "rij 4", "kolom 2", "rij 2, kolom 3" or "" for a single value. */
export function describePosition(position: Position | undefined, lang: Language): string {
  if (!position) return "";
  const parts: string[] = [];
  if (position.row !== undefined) parts.push(`${WHERE[lang].row} ${position.row}`);
  if (position.column !== undefined) parts.push(`${WHERE[lang].column} ${position.column}`);
  return parts.join(", ");
}

/** A year as typed: 2036, not 2.036 (no grouping); anything else quoted as usual. */
function yearText(value: unknown, lang: Language): string {
  return quote(value, lang, false);
}

type Text = (d: ErrorDetails, f: string, v: string, o: string) => string;

const MESSAGES: Record<ErrorKind, { nl: Text; en: Text }> = {
  notNumber: {
    nl: (_d, f, v) => `${f} is geen getal (${v})`,
    en: (_d, f, v) => `${f} is not a number (${v})`,
  },
  notFinite: {
    nl: (_d, f) => `${f} is geen eindig getal`,
    en: (_d, f) => `${f} is not a finite number`,
  },
  negative: {
    nl: (_d, f, v) => `${f} is negatief (${v})`,
    en: (_d, f, v) => `${f} is negative (${v})`,
  },
  notWhole: {
    nl: (_d, f, v) => `${f} moet een geheel aantal zijn (${v})`,
    en: (_d, f, v) => `${f} must be a whole number (${v})`,
  },
  tooLarge: {
    nl: (d, f, v) => `${f} is te groot (${v}; maximaal ${quote(d.limit, "nl")})`,
    en: (d, f, v) => `${f} is too large (${v}; at most ${quote(d.limit, "en")})`,
  },
  blankRequired: {
    nl: (_d, f) => `${f} ontbreekt (lege cel)`,
    en: (_d, f) => `${f} is missing (blank cell)`,
  },
  shareOutOfRange: {
    nl: (_d, f, v) => `${f} moet tussen 0 en 1 liggen (${v}); gebruik 30% of 0,3`,
    en: (_d, f, v) => `${f} must lie between 0 and 1 (${v}); use 30% or 0.3`,
  },
  allZero: {
    nl: (_d, f) => `alle waarden van ${f} zijn 0 of leeg: er is niets om naar te verdelen`,
    en: (_d, f) => `every ${f} is 0 or blank: there is nothing to share by`,
  },
  empty: {
    nl: (_d, f) => `${f} bevat geen enkele waarde`,
    en: (_d, f) => `${f} holds no value at all`,
  },
  notVector: {
    nl: (_d, f) => `${f} moet één rij of één kolom zijn, geen blok van meerdere rijen en kolommen`,
    en: (_d, f) => `${f} must be a single row or column, not a block of several rows and columns`,
  },
  notSingle: {
    nl: (_d, f) => `${f} moet één waarde zijn, geen bereik van meerdere cellen`,
    en: (_d, f) => `${f} must be one value, not a range of several cells`,
  },
  shapeMismatch: {
    nl: (_d, f, _v, o) => `${f} en ${o} moeten even groot zijn`,
    en: (_d, f, _v, o) => `${f} and ${o} must have the same size`,
  },
  unknownMethod: {
    nl: (_d, _f, v) => `onbekende methode ${v}; kies "hamilton", "webster" of "dhondt"`,
    en: (_d, _f, v) => `unknown method ${v}; choose "hamilton", "webster" or "dhondt"`,
  },
  unknownRounding: {
    nl: (_d, _f, v) => `onbekende afronding ${v}; kies "round", "down" of "up"`,
    en: (_d, _f, v) => `unknown rounding ${v}; choose "round", "down" or "up"`,
  },
  unknownMode: {
    nl: (_d, _f, v) => `onbekende modus ${v}; kies "region" of "local"`,
    en: (_d, _f, v) => `unknown mode ${v}; choose "region" or "local"`,
  },
  notBoolean: {
    nl: (_d, f, v) => `${f} moet WAAR of ONWAAR zijn (${v})`,
    en: (_d, f, v) => `${f} must be TRUE or FALSE (${v})`,
  },
  yearOrder: {
    nl: (d) => `het eindjaar ${d.years?.end} ligt vóór het beginjaar ${d.years?.start}`,
    en: (d) => `the end year ${d.years?.end} lies before the start year ${d.years?.start}`,
  },
  yearOutOfRange: {
    nl: (_d, f, v) => `${f} moet een jaartal tussen 1900 en 2200 zijn (${v})`,
    en: (_d, f, v) => `${f} must be a year between 1900 and 2200 (${v})`,
  },
  tooManyYears: {
    nl: (d) => `het groeipad is langer dan ${quote(d.limit, "nl")} jaar`,
    en: (d) => `the growth path is longer than ${quote(d.limit, "en")} years`,
  },
  zeroStock: {
    nl: () => `de woningvoorraad is in totaal 0: delen door 0`,
    en: () => `the housing stock totals 0: division by zero`,
  },
  duplicateName: {
    nl: (_d, f, v) => `${f} ${v} komt meer dan één keer voor`,
    en: (_d, f, v) => `${f} ${v} occurs more than once`,
  },
  emptyName: {
    nl: (_d, f) => `${f}: de naam is leeg`,
    en: (_d, f) => `${f}: the name is empty`,
  },
  yearOutsidePath: {
    nl: (d) => `jaar ${yearText(d.value, "nl")} ligt buiten het groeipad ${d.span?.from}–${d.span?.to}`,
    en: (d) => `year ${yearText(d.value, "en")} lies outside the growth path ${d.span?.from}–${d.span?.to}`,
  },
  thresholdOrder: {
    nl: (d, _f, v) => `de drempel voor "achter" (${v}) ligt boven die voor "op koers" (${quote(d.limit, "nl")})`,
    en: (d, _f, v) => `the threshold for "behind" (${v}) lies above the one for "on track" (${quote(d.limit, "en")})`,
  },
  unknownName: {
    nl: (_d, f, v) => `${f} ${v} hoort niet bij de regio`,
    en: (_d, f, v) => `${f} ${v} is not in the region`,
  },
  ambiguousName: {
    nl: (d, f, v) => `${f} ${v} past bij meer dan één gemeente (${(d.candidates ?? []).join(", ")}); schrijf de naam voluit`,
    en: (d, f, v) => `${f} ${v} fits more than one municipality (${(d.candidates ?? []).join(", ")}); write the name in full`,
  },
  // Blended keys (FAIRSHARE with factors). factorSum's value is the exact decimal sum as text.
  factorsMissing: {
    nl: (d, f) => `${f} is een blok van ${quote(d.limit, "nl")} kolommen: geef per kolom een factor (samen 1), of gebruik één rij of kolom`,
    en: (d, f) =>
      `${f} is a block of ${quote(d.limit, "en")} columns: give one factor per column (adding up to 1), or use a single row or column`,
  },
  factorCount: {
    nl: (d, _f, v) => `het aantal factoren (${v}) verschilt van het aantal sleutelkolommen (${quote(d.limit, "nl")})`,
    en: (d, _f, v) => `the number of factors (${v}) differs from the number of key columns (${quote(d.limit, "en")})`,
  },
  factorSum: {
    nl: (d) => `de factoren tellen op tot ${String(d.value).replace(".", ",")}, niet tot 1; gebruik bijv. 50% en 50% of 0,5 en 0,5`,
    en: (d) => `the factors add up to ${String(d.value)}, not 1; use e.g. 50% and 50% or 0.5 and 0.5`,
  },
  keyColumnZero: {
    nl: () => `de sleutelkolom telt op tot 0 over de rijen die meedoen: delen door 0`,
    en: () => `the key column adds up to 0 over the rows that take part: division by zero`,
  },
  // Local corrections (ADJUST). correctionTooLarge: value = correction, limit = allocation.
  correctionTooLarge: {
    nl: (d, _f, v) => `de correctie (${v}) maakt de verdeling (${quote(d.limit, "nl")}) negatief`,
    en: (d, _f, v) => `the correction (${v}) makes the allocation (${quote(d.limit, "en")}) negative`,
  },
  adjustCannotTake: {
    nl: (d, _f, v) =>
      `de correcties vragen samen ${v} extra, maar de rijen zonder correctie kunnen er maar ${quote(d.limit, "nl")} afstaan`,
    en: (d, _f, v) => `the corrections need ${v} more in total, but the rows without a correction can give only ${quote(d.limit, "en")}`,
  },
  adjustCannotAdd: {
    nl: (_d, _f, v) =>
      `de correcties geven samen ${v} vrij, maar er is geen rij zonder correctie met een gewicht groter dan 0 om ze over te verdelen`,
    en: (_d, _f, v) =>
      `the corrections free ${v} in total, but there is no row without a correction and with a weight above 0 to share them over`,
  },
  // Biproportional apportionment (GROUPSHARE). marginSum: value = Σtotals, limit = Σneeds.
  marginSum: {
    nl: (d, _f, v) =>
      `de totalen per gemeente tellen op tot ${v} en de behoeften per groep tot ${quote(d.limit, "nl")}: die moeten gelijk zijn`,
    en: (d, _f, v) => `the municipality totals add up to ${v} and the group needs to ${quote(d.limit, "en")}: they must be equal`,
  },
  // a row: no positive weight in a column with a need; a column: none in a row with a total
  noPositiveWeight: {
    nl: (d, f, v) =>
      d.position?.row !== undefined
        ? `${f} is ${v}, maar deze rij heeft geen gewicht groter dan 0 in een kolom met een behoefte groter dan 0`
        : `${f} is ${v}, maar deze kolom heeft geen gewicht groter dan 0 in een rij met een totaal groter dan 0`,
    en: (d, f, v) =>
      d.position?.row !== undefined
        ? `the ${f} is ${v}, but this row has no weight above 0 in a column with a need above 0`
        : `the ${f} is ${v}, but this column has no weight above 0 in a row with a total above 0`,
  },
  infeasiblePattern: {
    nl: (d) => {
      const p = d.pattern ?? { columns: [], need: 0, rows: [], total: 0 };
      const serve =
        p.rows.length === 0
          ? "maar geen rij met een totaal groter dan 0 heeft daar een gewicht groter dan 0"
          : `maar alleen ${listOf("rij", p.rows)} ${p.rows.length === 1 ? "heeft" : "hebben"} daar een gewicht groter dan 0, ` +
            `met samen een totaal van ${quote(p.total, "nl")}`;
      const verb = p.columns.length === 1 ? "heeft" : "hebben samen";
      const need = `${listOf("kolom", p.columns)} ${verb} een behoefte van ${quote(p.need, "nl")}`;
      return `${need}, ${serve}: de nullen in de gewichten maken het onmogelijk om alle totalen en behoeften precies te halen`;
    },
    en: (d) => {
      const p = d.pattern ?? { columns: [], need: 0, rows: [], total: 0 };
      const serve =
        p.rows.length === 0
          ? "but no row with a total above 0 has a weight above 0 there"
          : `but only ${listOf("row", p.rows)} ${p.rows.length === 1 ? "has" : "have"} a weight above 0 there, ` +
            `with a total of ${quote(p.total, "en")}`;
      const need = `${listOf("column", p.columns)} ${p.columns.length === 1 ? "needs" : "need"} ${quote(p.need, "en")} in total`;
      return `${need}, ${serve}: the zeros in the weights make it impossible to meet every total and need exactly`;
    },
  },
  unknownGroupMethod: {
    nl: (_d, _f, v) => `onbekende methode ${v}; kies "webster" (gewoon afronden) of "dhondt" (naar beneden afronden)`,
    en: (_d, _f, v) => `unknown method ${v}; choose "webster" (standard rounding) or "dhondt" (rounding down)`,
  },
};

/** "kolom 2, 5 en 7" / "column 2, 5 and 7" (1-based), at most 12 named. */
function listOf(word: "rij" | "kolom" | "row" | "column", items: readonly number[]): string {
  const plural = { rij: "rijen", kolom: "kolommen", row: "rows", column: "columns" }[word];
  const shown = items.slice(0, 12).map(String);
  const dutch = word === "rij" || word === "kolom";
  if (items.length > 12) shown.push(dutch ? `… (${items.length} in totaal)` : `… (${items.length} in all)`);
  if (shown.length === 1) return `${word} ${shown[0]}`;
  return `${plural} ${shown.slice(0, -1).join(", ")} ${dutch ? "en" : "and"} ${shown[shown.length - 1]}`;
}

/** A bad input: what, where, which Excel error, and the message in both languages. */
export class InputError extends Error {
  readonly kind: ErrorKind;
  readonly code: ErrorCode;
  readonly details: ErrorDetails;
  readonly messages: { nl: string; en: string };

  constructor(kind: ErrorKind, details: ErrorDetails) {
    const messages = {
      nl: render(kind, details, "nl"),
      en: render(kind, details, "en"),
    };
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
  const field = FIELD_NAMES[d.field][lang];
  const other = d.other ? FIELD_NAMES[d.other][lang] : "";
  const isYear = d.field === "startYear" || d.field === "endYear"; // 2024, not 2.024
  const body = MESSAGES[kind][lang](d, field, quote(d.value, lang, !isYear), other);
  const where = describePosition(d.position, lang);
  return where ? `${where}: ${body}` : body;
}

/** Shorthand used by the validators. */
export function inputError(kind: ErrorKind, details: ErrorDetails): InputError {
  return new InputError(kind, details);
}
