import { STATUS_WORDS } from "../engine/monitor";
import { address, columnName } from "./a1";
import { MONITOR_TEXT, MonitorText } from "../i18n";
import type { MonitorCellValue, MonitorLayoutRequest, MonitorSection, MonitorSectionKey } from "./monitorTypes";

/**
 * Where everything sits on the Monitor sheet: fixed rows at the top, five sections of `n + 4`
 * rows below, years across from column C. The planner's parts share this context.
 */
/** Zero-based column of the first year; column B (1) holds the "now" figure per row. */
export const FIRST_YEAR_COLUMN = 2;
/** Column B: the value beside each label, and each row's "now" figure. */
export const KEY = 1;
/** Rows of the parameters (values in column B). */
export const P = { startYear: 2, endYear: 3, allowCredit: 4, onTrack: 5, behind: 6 } as const;
/** Rows of the region summary. */
export const S = { status: 8, percent: 9, backlog: 10, latest: 11 } as const;
/** Rows of the chart's data: title, years, target, realised. */
export const CHART = { title: 13, header: 14, target: 15, realised: 16 } as const;
/** First row of the five stacked sections. */
export const SECTIONS_ROW = 18;
/** The sections, top to bottom. */
export const ORDER: MonitorSectionKey[] = ["target", "realised", "backlog", "percent", "status"];

/** Geometry and helpers shared by the section writers. */
export interface Ctx {
  req: MonitorLayoutRequest;
  text: MonitorText;
  words: Record<"onTrack" | "behind" | "farBehind", string>;
  n: number;
  years: number[];
  sections: Record<MonitorSectionKey, MonitorSection>;
  cells: MonitorCellValue[][];
  put: (row: number, column: number, value: MonitorCellValue) => void;
  /** Column index of year offset k. */
  yc: (k: number) => number;
  lastYc: number;
}

function section(index: number, n: number, years: number): MonitorSection {
  const titleRow = SECTIONS_ROW + index * (n + 4);
  return {
    titleRow,
    headerRow: titleRow + 1,
    firstRow: titleRow + 2,
    totalsRow: titleRow + 2 + n,
    address: address(titleRow + 2, FIRST_YEAR_COLUMN, n, years),
  };
}

export function context(req: MonitorLayoutRequest): Ctx {
  if (req.endYear < req.startYear) throw new Error(`monitor: end year ${req.endYear} before start year ${req.startYear}`);
  const n = req.municipalities.length;
  if (n === 0) throw new Error("monitor: the region has no municipalities");
  const years = Array.from({ length: req.endYear - req.startYear + 1 }, (_, k) => req.startYear + k);
  const sections = Object.fromEntries(ORDER.map((key, i) => [key, section(i, n, years.length)])) as Record<
    MonitorSectionKey,
    MonitorSection
  >;
  const height = sections.status.totalsRow + 1;
  const width = FIRST_YEAR_COLUMN + years.length;
  const cells: MonitorCellValue[][] = Array.from({ length: height }, () => new Array<MonitorCellValue>(width).fill(""));
  const language = req.language ?? "nl";
  return {
    req,
    text: MONITOR_TEXT[language],
    words: STATUS_WORDS[language],
    n,
    years,
    sections,
    cells,
    put: (row, column, value) => (cells[row][column] = value),
    yc: (k) => FIRST_YEAR_COLUMN + k,
    lastYc: width - 1,
  };
}

/** Range of one row (or a block of rows) from year offset `from` to `to`; `$` on the first column when `anchored`. */
export function span(firstRow: number, rows: number, from: number, to: number, anchored = false): string {
  const start = `${anchored ? "$" : ""}${columnName(FIRST_YEAR_COLUMN + from)}${firstRow + 1}`;
  return `${start}:${address(firstRow + rows - 1, FIRST_YEAR_COLUMN + to)}`;
}

/** "$C24:E32" → "E24:E32", "$C24:E24" → "E24": the last column of an anchored range. */
export function lastColumn(range: string): string {
  const m = /^\$?([A-Z]+)\$?(\d+):([A-Z]+)(\d+)$/.exec(range);
  if (!m) return range;
  return m[2] === m[4] ? `${m[3]}${m[2]}` : `${m[3]}${m[2]}:${m[3]}${m[4]}`;
}

/** Absolute address of column B in a row, e.g. "$B$5". */
export const abs = (row: number) => address(row, KEY, 1, 1, true);
