import { Cell, isBlank } from "../engine/cells";
import { InputError, inputError } from "../engine/errors";
import { READER_TEXTS } from "../i18n/data";
import { inLanguages, message } from "../i18n/message";

/**
 * Matching a pasted column of (name, value) pairs — e.g. one year's realisation copied from
 * another workbook — to the region's municipality names. Names are compared without regard to
 * case, accents, spaces or punctuation, and a leading "Gemeente", "Gem." or "Municipality
 * (of)" is tolerated. A name that only lacks a qualifier in brackets ("Bergen" for "Bergen
 * (NH.)") matches when exactly one region name fits; when two fit, it is reported as
 * ambiguous and nothing is guessed. A first row whose name matches nothing and whose value is
 * text is taken as a header and skipped.
 *
 * @example
 *   const r = matchNames([["Gemeente Apeldoorn", 40], ["EPE", 3], ["Appeldoorn", 1]], ["Apeldoorn", "Epe", "Zutphen"]);
 *   r.values;     // [40, 3, null]
 *   r.unmatched;  // [{ row: 3, given: "Appeldoorn", value: 1, suggestion: "Apeldoorn" }]
 *   r.missing;    // ["Zutphen"]
 */
export interface NameMatchReport<T> {
  /** One per region name, in region order; null where no pasted row gave it. */
  values: (T | null)[];
  /** Rows (1-based in the pasted list) and the region name each matched. */
  matched: { row: number; given: string; name: string; index: number }[];
  /**
   * Pasted names that are not in the region; `suggestion`: the one region name within two typing errors, for the pane to offer (never
   * applied).
   */
  unmatched: { row: number; given: string; value: T; suggestion: string | null }[];
  /** Pasted names that fit more than one region name. */
  ambiguous: { row: number; given: string; candidates: string[] }[];
  /** Region names given more than once with different values (then left out of `values`). */
  duplicates: { name: string; rows: number[] }[];
  /** Region names not provided. */
  missing: string[];
  skippedHeader: boolean;
  /** Nothing unmatched, ambiguous or duplicated. */
  ok: boolean;
}

const PREFIX = /^(gemeente|gem|municipality of|municipality)\s+/;

/** The comparison key of a name: lower case, no accents, no prefix, letters and digits only. */
export function nameKey(name: string): string {
  const plain = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[.]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(PREFIX, "");
  return plain.replace(/[^a-z0-9]/g, "");
}

/** The key without a bracketed qualifier: "Bergen (NH.)" → "bergen". */
function baseKey(name: string): string {
  return nameKey(name.replace(/\([^)]*\)/g, " "));
}

const nameText = (cell: Cell) => (isBlank(cell) ? "" : String(cell).trim());

/** The region indexes a pasted name can mean: exact key first, else the unique base key. */
function candidatesFor(given: string, region: readonly string[]): number[] {
  const key = nameKey(given);
  const exact = region.flatMap((name, i) => (nameKey(name) === key ? [i] : []));
  if (exact.length > 0 || key === "") return exact;
  const base = baseKey(given);
  return region.flatMap((name, i) => (baseKey(name) === base ? [i] : []));
}

/** A header's value is text that is not a number ("Realisatie 2025"), never a count typed as text ("12"). */
function isHeaderValue(value: unknown): boolean {
  return typeof value === "string" && value.trim() !== "" && Number.isNaN(Number(value.trim().replace(",", ".")));
}

/** Edit distance between two keys (small strings). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(prev[j] + 1, next[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = next;
  }
  return prev[b.length];
}

/** The single region name within distance 2 of the given name (none when zero or several are). */
function suggest(given: string, region: readonly string[]): string | null {
  const key = nameKey(given);
  if (key.length < 3) return null;
  const close = region.filter((name) => distance(nameKey(name), key) <= 2);
  return close.length === 1 ? close[0] : null;
}

export function matchNames<T>(pairs: readonly (readonly [Cell, T])[], regionNames: readonly string[]): NameMatchReport<T> {
  const report: NameMatchReport<T> = {
    values: regionNames.map(() => null),
    matched: [],
    unmatched: [],
    ambiguous: [],
    duplicates: [],
    missing: [],
    skippedHeader: false,
    ok: true,
  };
  const rowsOf = new Map<number, { row: number; value: T }[]>();
  pairs.forEach(([cell, value], i) => {
    const given = nameText(cell);
    if (given === "" && isBlank(value as Cell)) return; // an empty line
    const found = candidatesFor(given, regionNames);
    if (i === 0 && found.length === 0 && isHeaderValue(value)) return void (report.skippedHeader = true);
    if (found.length > 1) return void report.ambiguous.push({ row: i + 1, given, candidates: found.map((k) => regionNames[k]) });
    if (found.length === 0) return void report.unmatched.push({ row: i + 1, given, value, suggestion: suggest(given, regionNames) });
    report.matched.push({ row: i + 1, given, name: regionNames[found[0]], index: found[0] });
    rowsOf.set(found[0], [...(rowsOf.get(found[0]) ?? []), { row: i + 1, value }]);
  });
  regionNames.forEach((name, index) => {
    const rows = rowsOf.get(index);
    if (!rows) return void report.missing.push(name);
    if (rows.every((r) => Object.is(r.value, rows[0].value))) report.values[index] = rows[0].value;
    else report.duplicates.push({ name, rows: rows.map((r) => r.row) });
  });
  report.ok = report.unmatched.length + report.ambiguous.length + report.duplicates.length === 0;
  return report;
}

/**
 * The report's problems as messages (nl/en), positioned by pasted row: names not in the
 * region, ambiguous names, names given twice with different values. Missing region names are
 * not errors (blank = not yet known); show `report.missing` as a note.
 */
export function matchProblems(report: NameMatchReport<unknown>): InputError[] {
  const problems = [
    ...report.unmatched.map((u) => ({
      row: u.row,
      error: inputError("unknownName", { field: "municipality", position: { row: u.row }, value: u.given }),
    })),
    ...report.ambiguous.map((a) => ({
      row: a.row,
      error: inputError("ambiguousName", { field: "municipality", position: { row: a.row }, value: a.given, candidates: a.candidates }),
    })),
    ...report.duplicates.map((d) => ({
      row: d.rows[1],
      error: inputError("duplicateName", { field: "municipality", position: { row: d.rows[1] }, value: d.name }),
    })),
  ];
  return problems.sort((a, b) => a.row - b.row).map((p) => p.error);
}

/**
 * A problem of the report as the user reads it: a name not in the region with one region name
 * within two typing errors gets that name offered (never applied); any other problem is its own
 * message. The one wording for the pane's check of a paste and the adapter's refusal of it.
 *
 * @example
 *   problemMessage(matchProblems(r)[0], r).nl; // "… (bedoelt u Apeldoorn?)" — r as in matchNames' example
 */
export function problemMessage(e: InputError, report: NameMatchReport<unknown>): { nl: string; en: string } {
  const row = e.details.position?.row;
  const hint = e.kind === "unknownName" ? report.unmatched.find((u) => u.row === row)?.suggestion : null;
  if (!hint) return e.messages;
  return inLanguages((language) => message(READER_TEXTS, language, "didYouMean", { problem: e.messages[language], suggestion: hint }));
}
