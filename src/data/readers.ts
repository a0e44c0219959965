import { GROUP_KEYS, GROUP_KEY_WORDS, GroupKey, TargetGroup } from "./region";
import { MAX_COUNT } from "../engine/cells";
import { READER_TEXTS, type ReaderTextKey } from "../i18n/data";
import { inBoth, inLanguages, message, type Vars } from "../i18n/message";

/**
 * ONE reader per kind of user input — a name, a correction amount, a typed count, a decision
 * date, a pasted block — used by the pane, the Excel adapter and the preview alike. Where the
 * add-in writes formulas that read the same input (the scenario sheet's column K reads the
 * Correcties table), the formula text comes from here too, so that both sides read a cell the
 * same way. A value is read as a person reads it, or refused with a message (Dutch and English)
 * that names it: never reinterpreted in silence.
 *
 * @example
 *   sameName("Apeldoorn\u00a0 ", "apeldoorn");   // true — as TRIM(SUBSTITUTE(…;CHAR(160);" ")) compares
 *   readAmount("zeven");                          // { ok: false, problem: { nl: "'zeven' is geen getal", … } }
 *   readCountText("12,000");                      // { ok: false, problem: { nl: "'12,000' is dubbelzinnig: …" } }
 *   readDate("31-02-2026");                       // { ok: false, problem: { nl: "31-02-2026 bestaat niet …" } }
 *   readPastedBlock("Epe\t12\rHattem\t5").rows;   // two lines: Epe 12, Hattem 5
 */
export interface Message {
  nl: string;
  en: string;
}

export type Reading<T> = { ok: true; value: T } | { ok: false; problem: Message };

const ok = <T>(value: T): Reading<T> => ({ ok: true, value });
const refuse = (key: ReaderTextKey, vars: Vars = {}): Reading<never> => ({ ok: false, problem: inBoth(READER_TEXTS, key, vars) });

/** A problem of one pasted line or table row: "rij 3 (Epe): …". */
const atRow = (row: number, name: string, problem: Message): Message =>
  inLanguages((language) => message(READER_TEXTS, language, "row", { row, name, problem: problem[language] }));

/* ------------------------------------------------------------------ names */

/**
 * A municipality name as the sheets compare names: a non-breaking space is a space, spaces at
 * either end are dropped and runs of spaces inside count as one (Excel's TRIM), and case does
 * not matter (Excel's `=` on text). {@link nameKeyFormula} is the same rule as a formula.
 */
export function sheetNameKey(name: unknown): string {
  return textOf(name)
    .replace(/\u00a0/g, " ")
    .replace(/ +/g, " ")
    .replace(/^ | $/g, "")
    .toLowerCase();
}

export function sameName(a: unknown, b: unknown): boolean {
  return sheetNameKey(a) === sheetNameKey(b);
}

/**
 * {@link sheetNameKey} in a formula (up to case, which `=` ignores): `TRIM(SUBSTITUTE(ref,CHAR(160)," "))`.
 * CHAR rather than UNICHAR: it needs no `_xlfn.` prefix in a file, and 160 is the non-breaking space in Excel's ANSI table.
 */
export function nameKeyFormula(ref: string): string {
  return `TRIM(SUBSTITUTE(${ref},CHAR(160)," "))`;
}

/* ---------------------------------------------------------------- amounts */

/**
 * A correction amount as it stands in a Correcties cell: a whole number (negative, 0 or
 * positive; −0 is 0). Blank, text (also a number typed as text, which SUMIF would skip),
 * TRUE/FALSE or a fraction: refused, and the line takes no part — on the sheet too, where
 * {@link wholeAmountFormula} is the same rule.
 */
export function readAmount(cell: unknown): Reading<number> {
  if (cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "")) return refuse("amountBlank");
  if (typeof cell !== "number") return refuse("notANumber", { value: textOf(cell) });
  if (!Number.isInteger(cell)) return refuse("notWholeDwellings", { value: cell });
  return ok(cell + 0);
}

/**
 * The cells of `ref` as {@link readAmount} reads them, as an array formula: a number stays, any
 * other cell becomes ½, which the whole-number test `INT(x)=x` rejects and which never equals 0.
 * Use with {@link isWholeFormula}.
 */
export function amountOrHalfFormula(ref: string): string {
  return `IF(ISNUMBER(${ref}),${ref},0.5)`;
}

/** `(INT(x)=x)`: 1 for a whole number, 0 otherwise (in arithmetic). */
export function isWholeFormula(x: string): string {
  return `(INT(${x})=${x})`;
}

/* ----------------------------------------------------------------- counts */

/**
 * A number typed or pasted as text, read as a person reads it. Plain digits are the number;
 * `12,5` and `12.5` a decimal; `1.234.567` or `1,234,567` (several groups) and `1.234,5` or
 * `1,234.5` (both separators) are unambiguous. One separator followed by exactly three digits
 * (`12,000`, `1.234`) means a thousand times more in one convention than the other: refused
 * with a question, never guessed. Blank gives null; text that is not a number is refused.
 */
export function readNumberText(text: string): Reading<number | null> {
  const t = text.replace(/\u00a0/g, " ").trim();
  if (t === "") return ok(null);
  const m = /^([+-]?)(\d[\d.,]*)$/.exec(t);
  if (!m) return refuse("notANumber", { value: t });
  const digits = m[2];
  const sign = m[1] === "-" ? -1 : 1;
  const read = (s: string) => ok(sign * Number(s) + 0);
  if (/^\d+$/.test(digits)) return read(digits);
  if (/^\d+[.,](\d{1,2}|\d{4,})$/.test(digits)) return read(digits.replace(",", "."));
  if (/^\d{1,3}[.,]\d{3}$/.test(digits)) {
    const [whole, part] = digits.split(/[.,]/);
    return refuse("ambiguous", { text: t, sign: sign < 0 ? "-" : "", whole, part });
  }
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(digits) || /^\d{1,3}(,\d{3}){2,}$/.test(digits)) return read(digits.replace(/[.,]/g, ""));
  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(digits)) return read(digits.replace(/\./g, "").replace(",", "."));
  if (/^\d{1,3}(,\d{3})+\.\d+$/.test(digits)) return read(digits.replace(/,/g, ""));
  return refuse("notANumber", { value: t });
}

/** {@link readNumberText} for a count: whole and ≥ 0 (households, dwellings). */
export function readCountText(text: string): Reading<number | null> {
  const r = readNumberText(text);
  if (!r.ok || r.value === null) return r;
  if (r.value < 0) return refuse("negative", { value: r.value });
  if (!Number.isInteger(r.value)) return refuse("notWhole", { value: text.trim() });
  return r;
}

/* ------------------------------------------------------------------ dates */

/**
 * A decision date as typed: day-month-year (`26-11-2026`, `1/2/2026`, `1.2.2026`) or ISO
 * (`2026-11-26`), with a four-digit year; the day must exist (no 31-02). Read as the
 * canonical `dd-mm-jjjj` text the Correcties table keeps.
 */
export function readDate(text: string): Reading<string> {
  const t = text.trim();
  if (t === "") return refuse("dateBlank");
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (!dmy && !iso) return refuse("notADate", { text: t });
  const [day, month, year] = dmy ? [dmy[1], dmy[2], dmy[3]].map(Number) : [iso![3], iso![2], iso![1]].map(Number);
  if (year < 1900 || year > 2200) return refuse("badYear", { date: t, year });
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) return refuse("noSuchDay", { date: t, day });
  return ok(`${pad(day)}-${pad(month)}-${year}`);
}

/** A date as it may come back from a cell: text as {@link readDate}, or Excel's serial day number. */
export function readDateCell(cell: unknown): Reading<string> {
  if (typeof cell === "number" && Number.isInteger(cell) && cell > 0) {
    const d = new Date(Date.UTC(1899, 11, 30) + cell * 86_400_000); // Excel's day 0 (its 1900 leap-year bug is before 1-3-1900)
    return ok(`${pad(d.getUTCDate())}-${pad(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}`);
  }
  return readDate(textOf(cell));
}

function daysIn(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, "0");

/* ------------------------------------------------------------ pasted block */

export interface PastedLine {
  /** 1-based row (line) number in the pasted text, empty lines counted as the user sees them. */
  row: number;
  name: string;
  /** The count read; null when the line gives none (the name alone). */
  value: number | null;
  /** The count's text as pasted (the one filled column after the name), or null. */
  raw: string | null;
  /** Why the line cannot be read; the line then takes no part. */
  problem?: Message;
}

/**
 * A pasted or typed block of "name ⇥ count" lines. Line breaks may be CRLF, LF or a lone CR
 * (some exports). A line holds a name and one count: columns are split at tabs, else at a
 * semicolon, else the last word is the count ("Gemeente Epe 12"). Empty trailing columns (an
 * empty column copied along) are ignored; two counts on one line are a question, not a guess.
 * Counts are read by {@link readCountText}.
 */
export function readPastedBlock(text: string): { lines: PastedLine[] } {
  const lines: PastedLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    if (raw.replace(/\u00a0/g, " ").trim() === "") return;
    lines.push(readPastedLine(raw, i + 1));
  });
  return { lines };
}

function readPastedLine(line: string, row: number): PastedLine {
  const parts = line.includes("\t") ? line.split("\t") : line.includes(";") ? line.split(";") : splitLastWord(line);
  const name = parts[0].replace(/\u00a0/g, " ").trim();
  const values = parts.slice(1).map((p) => p.replace(/\u00a0/g, " ").trim());
  const filled = values.filter((v) => v !== "");
  if (filled.length > 1)
    return {
      row,
      name,
      value: null,
      raw: filled.join("\t"),
      problem: atRow(row, name, inBoth(READER_TEXTS, "moreThanOne", { list: filled.join(", ") })),
    };
  if (filled.length === 0) return { row, name, value: null, raw: null };
  const raw = filled[0];
  const read = readCountText(raw);
  if (!read.ok) return { row, name, value: null, raw, problem: atRow(row, name, read.problem) };
  return { row, name, value: read.value, raw };
}

/** "Gemeente Epe 12" → ["Gemeente Epe", "12"]; a line without a number-like last word is a name only. */
function splitLastWord(line: string): string[] {
  const m = /^(.*\S)\s+([+-]?\d[\d.,]*)\s*$/.exec(line);
  return m ? [m[1], m[2]] : [line];
}

/* ------------------------------------------------------- target groups */

/** A row of the `Aandachtsgroepen` table as typed or read from a sheet, before reading. */
export interface RawGroup {
  name: unknown;
  need: unknown;
  key: unknown;
}

/** Why a cell of the `Aandachtsgroepen` table cannot be read, by 1-based row and column. */
export interface GroupProblem {
  row: number;
  column: "name" | "need" | "key";
  problem: Message;
}

/**
 * The `Aandachtsgroepen` table, read as the `Gemeenten` table is: a name per group (blank and
 * duplicate names refused, compared as {@link sheetNameKey}), a yearly need that is a whole
 * number ≥ 0 — a number, or text read by {@link readCountText} — where a blank need is *unknown*
 * (null), never 0; and a key word ({@link GROUP_KEY_WORDS}, Dutch or English; a blank key is
 * the fair-share key, `inwonertal`). Every problem is named at once, and a row with a problem is
 * left out of `groups` (never guessed).
 *
 * @example
 *   readGroupTable([{ name: "Beschermd wonen", need: "", key: "herkomst" }]).groups;
 *   // [{ name: "Beschermd wonen", need: null, key: "origin" }]
 *   readGroupTable([{ name: "Mantelzorg", need: 2.5, key: "inwoners" }]).problems[0].problem.nl;
 *   // "rij 1 (Mantelzorg): 2.5 is geen heel aantal huishoudens"
 */
export function readGroupTable(rows: readonly RawGroup[]): { groups: TargetGroup[]; problems: GroupProblem[] } {
  const groups: TargetGroup[] = [];
  const problems: GroupProblem[] = [];
  const seen = new Set<string>();
  rows.forEach((raw, i) => {
    const row = i + 1;
    const name = textOf(raw.name)
      .replace(/\u00a0/g, " ")
      .trim();
    const fail = (column: GroupProblem["column"], problem: Message) => problems.push({ row, column, problem: atRow(row, name, problem) });
    const before = problems.length;
    if (name === "") fail("name", inBoth(READER_TEXTS, "groupNameBlank"));
    else if (seen.has(sheetNameKey(name))) fail("name", inBoth(READER_TEXTS, "groupDuplicate", { name }));
    seen.add(sheetNameKey(name));
    const need = readGroupNeed(raw.need);
    if (!need.ok) fail("need", need.problem);
    const key = readGroupKey(raw.key);
    if (!key.ok) fail("key", key.problem);
    if (problems.length === before && need.ok && key.ok) groups.push({ name, need: need.value, key: key.value });
  });
  return { groups, problems };
}

/** A group's yearly need: blank is unknown (null); a whole number ≥ 0, typed or as text; anything else is named. */
export function readGroupNeed(cell: unknown): Reading<number | null> {
  if (cell === null || cell === undefined) return ok(null);
  if (typeof cell === "string") return readCountText(cell);
  if (typeof cell !== "number" || !Number.isFinite(cell)) return refuse("notHouseholds", { value: textOf(cell) });
  if (cell < 0) return refuse("negative", { value: cell });
  if (!Number.isInteger(cell)) return refuse("notWholeHouseholds", { value: cell });
  if (cell > MAX_COUNT) return refuse("tooLarge", { value: cell, max: MAX_COUNT });
  return ok(cell + 0);
}

/** A group's key word (Dutch or English, case, spaces and accents ignored); blank is `population` (the fair share). */
export function readGroupKey(cell: unknown): Reading<GroupKey> {
  const word = textOf(cell)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
  if (word === "") return ok("population");
  const key = GROUP_KEYS.find((k) => GROUP_KEY_WORDS[k].aliases.includes(word));
  if (key) return ok(key);
  return {
    ok: false,
    problem: inLanguages((language) =>
      message(READER_TEXTS, language, "notAKey", {
        value: textOf(cell),
        list: GROUP_KEYS.map((k) => GROUP_KEY_WORDS[k][language]).join(", "),
      }),
    ),
  };
}

/**
 * A plausibility note for a count far above what was expected (the year's target): more than
 * {@link PLAUSIBLE_FACTOR} times it and at least 10 more. A note, not a refusal: it may be right.
 *
 * @example
 *   implausible(1234, 42, "Lochem"); // { nl: "Lochem: 1234 is veel meer dan de jaaropgave (42); klopt dat?", … }
 */
export const PLAUSIBLE_FACTOR = 5;

export function implausible(value: number, expected: number | null, name: string): Message | null {
  if (expected === null || value <= PLAUSIBLE_FACTOR * expected || value - expected < 10) return null;
  return inBoth(READER_TEXTS, "implausible", { name, value, expected });
}

function textOf(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}
