import { nameKey } from "../matchNames";
import { readSourceValue, type SourceValue } from "./sourceValue";
import { MONTH_KEYS, STATLINE_DATE_TEXTS } from "../../i18n/data";
import { inLanguages, message } from "../../i18n/message";
import type { Language } from "../../i18n/language";

/**
 * Reads a CBS StatLine CSV export of population per municipality, as a user downloads it or
 * copies it from the file: semicolon-separated, quoted, with an optional byte-order mark, optional
 * title and unit lines above the header, and a "Bron: CBS" line below. The header names the
 * region column ("Regio's", "Regio"), usually a period column ("Perioden") and one column per
 * figure — as a path ("Bevolking/Bevolkingssamenstelling op 1 januari/Totale bevolking
 * (aantal)") or as a unit ("aantal") under a title line naming it. Figures are read as a person
 * reads them ({@link readSourceValue}): right-aligned "   162445" is 162445, a blank or "." is
 * unknown (a municipality that no longer exists), never 0.
 *
 * The population column is the one whose label speaks of inhabitants; a file without one is
 * refused with the labels it does have. When the export holds several periods, the latest is
 * taken unless `period` names another. The table and the reference date are read from the title,
 * the labels and the file name ("Regionale_kerncijfers_Nederland_03022022_140149.csv"), so the
 * dataset can name them as its source.
 *
 * @example
 *   readStatLine('"Perioden";"Regio\'s";"Bevolking/Bevolkingssamenstelling op 1 januari/Totale bevolking (aantal)"\n' +
 *     '"2019";"Apeldoorn";"  162445"\n"2019";"Zwartsluis";""', { fileName: "Regionale_kerncijfers_Nederland_03022022_140149.csv" });
 *   // { ok: true, table: { title: "Regionale kerncijfers Nederland", id: "70072ned" }, period: "2019",
 *   //   date: { nl: "1 januari 2019", en: "1 January 2019" }, year: 2019,
 *   //   rows: [{ name: "Apeldoorn", value: {kind: "number", value: 162445} }, { name: "Zwartsluis", value: {kind: "unknown"} }] }
 */
export type StatLineRead =
  | {
      ok: true;
      table: { title: string | null; id: string | null };
      /** The figure's label as the export gives it. */
      measure: string;
      /** Every period in the export, in file order; `period` is the one read. */
      periods: string[];
      period: string;
      /** The reference date of the figures in words ("1 januari 2019"), or the period itself. */
      date: { nl: string; en: string };
      year: number | null;
      rows: { name: string; value: SourceValue }[];
    }
  | { ok: false; problem: "empty" | "noRegionColumn" | "noPopulationColumn" | "noRows"; labels: string[] };

/** Tables of CBS StatLine with population per municipality, by title (lower case) → id. */
const KNOWN_TABLES: Record<string, string> = {
  "regionale kerncijfers nederland": "70072ned",
  "bevolkingsontwikkeling; regio per maand": "37230ned",
  "bevolking op 1 januari en gemiddeld; geslacht, leeftijd en regio": "03759ned",
  "bevolking; geslacht, leeftijd, burgerlijke staat en regio, 1 januari": "03759ned",
};

const REGION_HEADER = /^(regio'?s?|regio's|gemeenten?|regions?|municipalit(y|ies)|gemeentenaam)$/i;
const PERIOD_HEADER = /^(perioden?|periods?|jaar|year)$/i;
/** Labels of a population count, best first: the population at the start of a period before the one at its end. */
const POPULATION = [
  /totale bevolking/i,
  /bevolking op 1 januari/i,
  /bevolking aan het begin/i,
  /inwoners|population/i,
  /bevolking aan het einde/i,
];
const FOOTER = /^(bron\b|source\b|centraal bureau voor de statistiek|statistics netherlands|©)/i;
/**
 * The months as a CBS export names them in its periods ("2024 januari"): Dutch, whatever the user's
 * language. CBS's words, read from its files — not the pane's words for a month (STATLINE_DATE_TEXTS),
 * which may change without changing what is read.
 */
const MONTHS = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
] as const;

/** Splits CSV text into rows of cells: `;` (or `,` when a line has no `;`), double quotes, "" inside quotes. */
export function parseCsv(text: string): string[][] {
  const plain = text.replace(/^\uFEFF/, "");
  const delimiter = plain.split(/\r?\n/).some((line) => line.includes(";")) ? ";" : plain.includes("\t") ? "\t" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < plain.length; i++) {
    const ch = plain[i];
    if (quoted && ch === '"' && plain[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (quoted) cell += ch;
    else if (ch === delimiter) {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && plain[i + 1] === "\n") i++;
      rows.push([...row, cell]);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

const filled = (row: readonly string[]) => row.filter((c) => c.trim() !== "");

/** "Regionale_kerncijfers_Nederland_03022022_140149.csv" → "Regionale kerncijfers Nederland" (StatLine's download name). */
function titleFromFileName(fileName: string | undefined): string | null {
  const base = fileName?.replace(/^.*[\\/]/, "").replace(/\.csv$/i, "");
  const match = base?.match(/^(.+?)_\d{8}_\d{6}$/);
  return match ? match[1].replace(/__/g, "; ").replace(/_/g, " ") : null;
}

function tableOf(titles: readonly string[], fileName: string | undefined) {
  const candidates = [...titles, titleFromFileName(fileName)].filter((t): t is string => t !== null);
  for (const title of candidates) {
    const id = KNOWN_TABLES[title.trim().toLowerCase()];
    if (id) return { title: title.trim(), id };
  }
  const named = candidates.find((t) => /[a-z]/i.test(t) && !FOOTER.test(t));
  return { title: named?.trim() ?? null, id: null };
}

/** The reference date in words from the measure and the period ("op 1 januari" + "2019"; "begin van de periode" + "2024 januari"). */
function dateOf(measure: string, period: string): { date: Record<Language, string>; year: number | null } {
  const year = Number(period.match(/\b(19|20)\d{2}\b/)?.[0] ?? NaN);
  const asPeriod = inLanguages(() => period);
  if (!Number.isFinite(year)) return { date: asPeriod, year: null };
  const month = MONTHS.findIndex((m) => period.toLowerCase().includes(m));
  const say = (key: "firstJanuary" | "firstOf" | "lastDecember" | "endOf", m = 0) =>
    inLanguages((language) =>
      message(STATLINE_DATE_TEXTS, language, key, { month: message(STATLINE_DATE_TEXTS, language, MONTH_KEYS[m]), year }),
    );
  if (/1 januari/i.test(measure) && month < 0) return { date: say("firstJanuary"), year };
  if (/begin van de periode/i.test(measure)) return { date: say("firstOf", Math.max(0, month)), year };
  if (/einde van de periode/i.test(measure)) return { date: month < 0 ? say("lastDecember") : say("endOf", month), year };
  return { date: asPeriod, year };
}

/** A line above the header that only has text in its first cell: the table's title, a unit note. */
const isTitleLine = (row: readonly string[]) => filled(row).length === 1 && (row[0] ?? "").trim() !== "";

/** Labels per column: the header cell, prefixed by the cells above it in the same column ("Bevolking op 1 januari / aantal"). */
function labelsOf(rows: readonly string[][], header: number): string[] {
  const above = rows.slice(0, header).filter((row) => !isTitleLine(row));
  return rows[header].map((cell, c) => [...above.map((r) => (r[c] ?? "").trim()), cell.trim()].filter((part) => part !== "").join(" / "));
}

/** Figures that are not counts of people: densities, shares, areas. */
const NOT_A_COUNT = /(per km|km²|dichtheid|density|%|relatief|per 1 ?000|gemiddeld)/i;

export function readStatLine(text: string, options: { fileName?: string; period?: string } = {}): StatLineRead {
  const rows = parseCsv(text).filter((row) => filled(row).length > 0);
  if (rows.length === 0) return { ok: false, problem: "empty", labels: [] };
  const header = rows.findIndex((row) => row.some((cell) => REGION_HEADER.test(cell.trim())));
  if (header < 0) return { ok: false, problem: "noRegionColumn", labels: rows[0].map((c) => c.trim()) };
  const labels = labelsOf(rows, header);
  const regionColumn = rows[header].findIndex((cell) => REGION_HEADER.test(cell.trim()));
  const periodColumn = rows[header].findIndex((cell) => PERIOD_HEADER.test(cell.trim()));
  const valueColumns = labels.map((_, c) => c).filter((c) => c !== regionColumn && c !== periodColumn);
  const titles = rows.slice(0, header).flatMap((row) => (isTitleLine(row) ? filled(row) : []));
  const counts = valueColumns.filter((c) => !NOT_A_COUNT.test(labels[c]));
  // a bare unit ("aantal") is the count the table is about when no label says "bevolking"
  const column =
    POPULATION.map((pattern) => counts.find((c) => pattern.test(labels[c]))).find((c) => c !== undefined) ??
    counts.find((c) => /(^|\/ )aantal$/i.test(labels[c]));
  if (column === undefined) return { ok: false, problem: "noPopulationColumn", labels };
  const body = rows.slice(header + 1).filter((row) => !FOOTER.test((row[0] ?? "").trim()) && filled(row).length > 1);
  const periodOf = (row: readonly string[]) => (periodColumn < 0 ? "" : (row[periodColumn] ?? "").trim());
  const periods = [...new Set(body.map(periodOf))];
  if (body.length === 0) return { ok: false, problem: "noRows", labels };
  const period = options.period !== undefined && periods.includes(options.period) ? options.period : latest(periods);
  const measure = labels[column];
  const { date, year } = dateOf(measure, period);
  return {
    ok: true,
    table: tableOf(titles, options.fileName),
    measure,
    periods,
    period,
    date,
    year,
    rows: body
      .filter((row) => periodOf(row) === period)
      .map((row) => ({ name: row[regionColumn].trim(), value: readSourceValue(row[column]) })),
  };
}

/** The latest of the periods by the year (and month) they name; file order breaks ties. */
function latest(periods: readonly string[]): string {
  const rank = (p: string) => Number(p.match(/\b(19|20)\d{2}\b/)?.[0] ?? 0) * 100 + MONTHS.findIndex((m) => p.toLowerCase().includes(m));
  return periods.reduce((best, p) => (rank(p) > rank(best) ? p : best), periods[0]);
}

/**
 * The StatLine figure for each of the region's municipalities: the row whose name is the same
 * (case, accents, spaces and punctuation ignored, as {@link nameKey}); else the one row whose
 * name only adds a CBS qualifier in brackets ("Hengelo (O.)" for "Hengelo", "'s-Gravenhage
 * (gemeente)"). Two such rows with figures ("Bergen (L.)" and "Bergen (NH.)" for "Bergen") is
 * ambiguous and nothing is guessed; an everyday name is looked up under its official one when it
 * is not found itself ("Den Haag" as "'s-Gravenhage (gemeente)"); a row without figure (a municipality that was merged away)
 * yields to one with a figure.
 *
 * @example
 *   matchStatLine([{ name: "Hengelo (O.)", value: n(80683) }, { name: "Hengelo (Gld.)", value: unknown }], ["Hengelo"]);
 *   // [{ name: "Hengelo", given: "Hengelo (O.)", value: n(80683) }]
 */
export interface StatLineMatch {
  name: string;
  /** The CBS spelling matched, or null when none or several fit. */
  given: string | null;
  value: SourceValue | null;
  /** CBS names that fit equally well (shown to the user; nothing is chosen). */
  ambiguous: string[];
}

const baseKey = (name: string) => nameKey(name.replace(/\([^)]*\)/g, " "));

/** The everyday name a region may use, and the official name CBS publishes under. */
const OFFICIAL_NAMES: Readonly<Record<string, string>> = {
  [nameKey("Den Haag")]: "'s-Gravenhage",
  [nameKey("Den Bosch")]: "'s-Hertogenbosch",
};

export function matchStatLine(rows: readonly { name: string; value: SourceValue }[], regionNames: readonly string[]): StatLineMatch[] {
  return regionNames.map((name) => {
    const match = matchOne(rows, name);
    const official = OFFICIAL_NAMES[nameKey(name)];
    return match.given === null && match.ambiguous.length === 0 && official ? { ...matchOne(rows, official), name } : match;
  });
}

/** The one row for a name: the same name, or the only one that adds a CBS qualifier in brackets. */
function matchOne(rows: readonly { name: string; value: SourceValue }[], name: string): StatLineMatch {
  const exact = rows.filter((r) => nameKey(r.name) === nameKey(name));
  const fitting = exact.length > 0 ? exact : rows.filter((r) => baseKey(r.name) === nameKey(name) || baseKey(r.name) === baseKey(name));
  const withFigure = fitting.filter((r) => r.value.kind !== "unknown");
  const candidates = withFigure.length > 0 ? withFigure : fitting;
  if (candidates.length === 1) return { name, given: candidates[0].name, value: candidates[0].value, ambiguous: [] };
  return { name, given: null, value: null, ambiguous: candidates.map((r) => r.name) };
}
