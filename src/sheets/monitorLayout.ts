import type { Language } from "../i18n";
import type { Cell } from "../engine/cells";
import { inputError } from "../engine/errors";
import { DEFAULT_THRESHOLDS, STATUS_WORDS, Thresholds } from "../engine/monitor";
import { nameKey } from "../data/matchNames";
import { address, columnName, parseAddress, quoteSheet } from "./a1";
import type { FormatSpec } from "./scenarioPlan";

/**
 * The Monitor sheet as a plan (same style as `ScenarioPlan`): every cell from A1, formulas
 * starting with "=", formats, widths, conditional formats, the validation of the input cells
 * and a line chart — computed without Office, so the gateway, the sample workbook and the
 * HyperFormula tests write and compute the same sheet.
 *
 * Layout: parameters and a region summary at the top (rows 1–12), the chart's data (rows
 * 14–17), then five sections stacked downwards, each `n + 4` rows high: Opgave (target),
 * Realisatie (the user's input), Achterstand (one `THUIS.CARRYOVER` spilling over the block),
 * Cumulatief % and Status. Column A holds the names, column B a per-municipality figure "now"
 * (latest known), and the years run across from column C. Rows depend only on the number of
 * municipalities, columns only on `year − startYear`; so the plan for `endYear + 1` keeps every
 * existing cell's address and adds one column to the right (per-year formulas stay identical;
 * only the endYear parameter, the title and formulas spanning all years — column B, the
 * CARRYOVER anchor, the summary — are rewritten in place).
 *
 * Re-run safety: the realised block (`plan.realised`) and the fixed targets are the user's.
 * The gateway records names, startYear and the realised address with the sheet; on a re-run
 * (new year, new scenario, changed thresholds) it reads the old realised block, passes it
 * through {@link carryRealised} (by name and year, so a reordered or changed region keeps each
 * figure with its municipality and year) as `request.realised`, and writes the new plan:
 * every realised figure lands back in its cell. Names are written as values, not spilled from
 * the table, so sorting the table can never shift the input against its municipality.
 *
 * @example
 *   const plan = planMonitorSheet({ region: "Regio Stedendriehoek", municipalities: names, startYear: 2024,
 *     endYear: 2035, target: { kind: "path", address: "'Verdeling 2024'!$B$27:$M$35", firstYear: 2024 } });
 *   plan.cells[plan.sections.backlog.firstRow][2]; // "=THUIS.CARRYOVER(C21:N29,C34:N42,$B$5)"
 */
export type MonitorTarget =
  /** A block municipalities × years (years across, first column = `firstYear`), e.g. the scenario's growth path; years past its last column keep the last column's target. */
  | { kind: "path"; address: string; firstYear: number }
  /** One yearly target per municipality (region order), written as input cells in column B of the Opgave section. */
  | { kind: "fixed"; values: readonly (number | null)[] };

export interface MonitorLayoutRequest {
  region: string;
  /** Municipality names in region order (written as values). */
  municipalities: readonly string[];
  startYear: number;
  endYear: number;
  target: MonitorTarget;
  allowCredit?: boolean;
  thresholds?: Thresholds;
  /** Sheet text; default "nl". */
  language?: Language;
  /** Realised figures to put back: rows = municipalities, columns = years from startYear. */
  realised?: readonly (readonly Cell[])[];
}

export type MonitorCellValue = string | number | boolean;

/** Fill and font when a cell's value equals `text` (Office.js: conditionalFormats.add("CellValue"), rule { formula1: `="text"`, operator: "EqualTo" }). */
export interface ConditionalFormatSpec {
  address: string;
  textEquals: string;
  fill: string;
  fontColor: string;
}

/** Office.js `range.dataValidation` settings for the realised cells. */
export interface DataValidationSpec {
  address: string;
  rule: { wholeNumber: { formula1: number; operator: "GreaterThanOrEqualTo" } };
  ignoreBlanks: true;
  prompt: { showPrompt: true; title: string; message: string };
  errorAlert: { showAlert: true; style: "Stop"; title: string; message: string };
}

/** A line chart: `sheet.charts.add("Line", dataAddress, "Rows")` (top-left cell blank, so the years are categories). */
export interface LineChartSpec {
  type: "line";
  title: string;
  dataAddress: string;
  seriesBy: "rows";
  categoriesAddress: string;
  series: { name: string; valuesAddress: string }[];
  /** Where to place the chart (top-left cell). */
  anchor: string;
}

export type MonitorSectionKey = "target" | "realised" | "backlog" | "percent" | "status";

export interface MonitorSection {
  titleRow: number;
  headerRow: number;
  firstRow: number;
  totalsRow: number;
  /** Municipalities × years, e.g. "C34:N42". */
  address: string;
}

export interface MonitorPlan {
  cells: MonitorCellValue[][];
  address: string;
  formats: FormatSpec[];
  columnWidths: { column: number; width: number }[];
  freezeColumns: number;
  conditionalFormats: ConditionalFormatSpec[];
  dataValidation: DataValidationSpec;
  chart: LineChartSpec;
  years: number[];
  /** Parameter cells (absolute), e.g. allowCredit "$B$5". */
  params: { startYear: string; endYear: string; allowCredit: string; onTrack: string; behind: string };
  /** Region summary cells: status, percent, backlog carried into next year, latest known year. */
  summary: { status: string; percent: string; backlogCarried: string; latestYear: string };
  sections: Record<MonitorSectionKey, MonitorSection>;
  /** The user's block: realised per municipality × year. */
  realised: { address: string; row: number; column: number; rows: number; columns: number };
  /** Every cell the user owns (realised block; fixed targets; parameters). */
  inputs: string[];
}

/** Zero-based column of the first year; column B (1) holds the "now" figure per row. */
export const FIRST_YEAR_COLUMN = 2;
const KEY = 1;
const P = { startYear: 2, endYear: 3, allowCredit: 4, onTrack: 5, behind: 6 } as const;
const S = { status: 8, percent: 9, backlog: 10, latest: 11 } as const;
const CHART = { title: 13, header: 14, target: 15, realised: 16 } as const;
const SECTIONS_ROW = 18;
const ORDER: MonitorSectionKey[] = ["target", "realised", "backlog", "percent", "status"];
const COLOURS = { onTrack: ["#DFF6DD", "#107C10"], behind: ["#FFF4CE", "#8A5300"], farBehind: ["#FDE7E9", "#A4262C"] } as const;
const INPUT_FILL = "#FFF4CE";
const HEADER_FILL = "#DCE9F7";

const TEXT = {
  nl: {
    title: (region: string, from: number, to: number) => `Monitor huisvesting urgente aandachtsgroepen — ${region}, ${from}–${to}`,
    intro: "Vul per jaar de realisatie in (gele cellen): leeg = nog niet bekend, 0 = niets gerealiseerd. De rest rekent het blad zelf.",
    params: [
      "Beginjaar",
      "Eindjaar",
      "Tegoed toestaan (meer dan de opgave telt mee voor latere jaren)",
      "Drempel 'op koers' (cumulatief gerealiseerd ≥)",
      "Drempel 'achter' (≥; daaronder 'ver achter')",
    ],
    summary: ["Status regio", "Gerealiseerd van de cumulatieve opgave (regio)", "Achterstand mee naar volgend jaar", "Laatst bekende jaar"],
    chartTitle: "Regio: opgave en realisatie per jaar",
    series: ["Opgave", "Realisatie"],
    sections: {
      target: ["Opgave per jaar", "Vaste jaaropgave"],
      realised: ["Realisatie per jaar (invoer)", "Totaal"],
      backlog: ["Achterstand (THUIS.CARRYOVER)", "Nu"],
      percent: ["Cumulatief gerealiseerd van de opgave", "Nu"],
      status: ["Status", "Nu"],
    } as Record<MonitorSectionKey, [string, string]>,
    name: "Gemeente",
    total: "Regio totaal",
    validation: [
      "Realisatie",
      "Een geheel aantal van 0 of meer; leeg = nog niet bekend.",
      "Vul een geheel aantal van 0 of meer in, of laat de cel leeg (nog niet bekend).",
    ],
  },
  en: {
    title: (region: string, from: number, to: number) => `Monitor: housing urgent target groups — ${region}, ${from}–${to}`,
    intro: "Enter the realisation per year (yellow cells): blank = not yet known, 0 = nothing housed. The sheet computes the rest.",
    params: [
      "Start year",
      "End year",
      "Allow credit (more than the target counts towards later years)",
      "Threshold 'on track' (cumulative realised ≥)",
      "Threshold 'behind' (≥; below it 'far behind')",
    ],
    summary: ["Region status", "Realised of the cumulative target (region)", "Backlog carried into next year", "Latest known year"],
    chartTitle: "Region: target and realised per year",
    series: ["Target", "Realised"],
    sections: {
      target: ["Target per year", "Fixed yearly target"],
      realised: ["Realised per year (input)", "Total"],
      backlog: ["Backlog (THUIS.CARRYOVER)", "Now"],
      percent: ["Cumulative realised of the target", "Now"],
      status: ["Status", "Now"],
    } as Record<MonitorSectionKey, [string, string]>,
    name: "Municipality",
    total: "Region total",
    validation: [
      "Realised",
      "A whole number of 0 or more; blank = not yet known.",
      "Enter a whole number of 0 or more, or leave the cell blank (not yet known).",
    ],
  },
};

type Text = (typeof TEXT)["nl"];

/** Geometry and helpers shared by the section writers. */
interface Ctx {
  req: MonitorLayoutRequest;
  text: Text;
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

function context(req: MonitorLayoutRequest): Ctx {
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
    text: TEXT[language],
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
function span(firstRow: number, rows: number, from: number, to: number, anchored = false): string {
  const start = `${anchored ? "$" : ""}${columnName(FIRST_YEAR_COLUMN + from)}${firstRow + 1}`;
  return `${start}:${address(firstRow + rows - 1, FIRST_YEAR_COLUMN + to)}`;
}

/**
 * Plans the Monitor sheet. Throws a plain Error for programming mistakes (no municipalities, end before start,
 * a path block whose height is not the number of municipalities, a path starting after the
 * monitor's start year).
 */
export function planMonitorSheet(req: MonitorLayoutRequest): MonitorPlan {
  const ctx = context(req);
  writeTop(ctx);
  writeChartData(ctx);
  ORDER.forEach((key) => writeSectionFrame(ctx, key));
  writeTargets(ctx);
  writeRealised(ctx);
  writeBacklog(ctx);
  writePercent(ctx);
  writeStatus(ctx);
  return finish(ctx);
}

function writeTop(ctx: Ctx): void {
  const { req, text, put } = ctx;
  const t = req.thresholds ?? DEFAULT_THRESHOLDS;
  put(0, 0, text.title(req.region, req.startYear, req.endYear));
  put(1, 0, text.intro);
  const values: MonitorCellValue[] = [req.startYear, req.endYear, req.allowCredit ?? false, t.onTrack, t.behind];
  [P.startYear, P.endYear, P.allowCredit, P.onTrack, P.behind].forEach((row, k) => {
    put(row, 0, text.params[k]);
    put(row, KEY, values[k]);
  });
  const sec = ctx.sections;
  const statusTotals = address(sec.status.totalsRow, FIRST_YEAR_COLUMN, 1, ctx.years.length);
  const header = address(sec.status.headerRow, FIRST_YEAR_COLUMN, 1, ctx.years.length);
  const latest = `MAX((${statusTotals}<>"")*${header})`;
  const summary: MonitorCellValue[] = [
    `=${address(sec.status.totalsRow, KEY)}`,
    `=${address(sec.percent.totalsRow, KEY)}`,
    `=SUMIF(${address(sec.backlog.firstRow, KEY, ctx.n, 1)},">0")`,
    `=IF(${latest}=0,"",${latest})`,
  ];
  [S.status, S.percent, S.backlog, S.latest].forEach((row, k) => {
    put(row, 0, ctx.text.summary[k]);
    put(row, KEY, summary[k]);
  });
}

function writeChartData(ctx: Ctx): void {
  const { put, text, sections } = ctx;
  put(CHART.title, 0, text.chartTitle);
  put(CHART.target, KEY, text.series[0]);
  put(CHART.realised, KEY, text.series[1]);
  ctx.years.forEach((year, k) => {
    const c = ctx.yc(k);
    const realised = address(sections.realised.totalsRow, c);
    put(CHART.header, c, year);
    put(CHART.target, c, `=${address(sections.target.totalsRow, c)}`);
    // #N/A, not "": a line chart stops at an unknown year instead of dropping to 0
    put(CHART.realised, c, `=IF(ISNUMBER(${realised}),${realised},NA())`);
  });
}

function writeSectionFrame(ctx: Ctx, key: MonitorSectionKey): void {
  const { put, text } = ctx;
  const s = ctx.sections[key];
  const [title, keyLabel] = text.sections[key];
  put(s.titleRow, 0, title);
  put(s.headerRow, 0, text.name);
  put(s.headerRow, KEY, key === "target" && ctx.req.target.kind === "path" ? "" : keyLabel);
  ctx.years.forEach((year, k) => put(s.headerRow, ctx.yc(k), year));
  ctx.req.municipalities.forEach((name, i) => put(s.firstRow + i, 0, name));
  put(s.totalsRow, 0, text.total);
}

/** `=IF(ISNUMBER(x),x,"")`: a blank or text source stays blank (no target), not 0. */
const numberOrBlank = (ref: string) => `=IF(ISNUMBER(${ref}),${ref},"")`;

function writeTargets(ctx: Ctx): void {
  const { req, put, n } = ctx;
  const s = ctx.sections.target;
  const refOf = targetRefs(req);
  for (let i = 0; i < n; i++) {
    if (req.target.kind === "fixed") put(s.firstRow + i, KEY, req.target.values[i] ?? "");
    ctx.years.forEach((year, k) => put(s.firstRow + i, ctx.yc(k), numberOrBlank(refOf(i, year, s.firstRow + i))));
  }
  if (req.target.kind === "fixed") put(s.totalsRow, KEY, `=SUM(${address(s.firstRow, KEY, n, 1)})`);
  ctx.years.forEach((_, k) => put(s.totalsRow, ctx.yc(k), `=SUM(${address(s.firstRow, ctx.yc(k), n, 1)})`));
}

/** Where municipality i's target for a year comes from. */
function targetRefs(req: MonitorLayoutRequest): (i: number, year: number, row: number) => string {
  const target = req.target;
  if (target.kind === "fixed") return (_i, _year, row) => `$B${row + 1}`;
  const block = parseAddress(target.address);
  if (block.rows !== req.municipalities.length)
    throw new Error(`monitor: target block ${target.address} has ${block.rows} rows for ${req.municipalities.length} municipalities`);
  if (req.startYear < target.firstYear)
    throw new Error(`monitor: target block starts in ${target.firstYear}, after the start year ${req.startYear}`);
  const sheet = block.sheet === undefined ? "" : `${quoteSheet(block.sheet)}!`;
  return (i, year) => `${sheet}${address(block.row + i, block.column + Math.min(year - target.firstYear, block.columns - 1))}`;
}

function writeRealised(ctx: Ctx): void {
  const { req, put, n } = ctx;
  const s = ctx.sections.realised;
  const last = ctx.years.length - 1;
  for (let i = 0; i < n; i++) {
    ctx.years.forEach((_, k) => {
      const cell = req.realised?.[i]?.[k];
      put(s.firstRow + i, ctx.yc(k), cell === null || cell === undefined ? "" : cell);
    });
    put(s.firstRow + i, KEY, countedSum(span(s.firstRow + i, 1, 0, last)));
  }
  put(s.totalsRow, KEY, countedSum(span(s.firstRow, n, 0, last)));
  ctx.years.forEach((_, k) => put(s.totalsRow, ctx.yc(k), countedSum(address(s.firstRow, ctx.yc(k), n, 1))));
}

/** SUM that stays blank while nothing in the range is known. */
const countedSum = (range: string) => `=IF(COUNT(${range})=0,"",SUM(${range}))`;

function writeBacklog(ctx: Ctx): void {
  const { put, n, sections } = ctx;
  const s = sections.backlog;
  const last = ctx.years.length - 1;
  const targets = span(sections.target.firstRow, n, 0, last);
  const realised = span(sections.realised.firstRow, n, 0, last);
  put(s.firstRow, FIRST_YEAR_COLUMN, `=THUIS.CARRYOVER(${targets},${realised},$B$${P.allowCredit + 1})`);
  const years = span(s.headerRow, 1, 0, last).replace(/([A-Z]+)(\d+)/g, "$1$$$2");
  for (let i = 0; i < n; i++) {
    const row = span(s.firstRow + i, 1, 0, last);
    const latest = `MAX(ISNUMBER(${row})*${years})-$B$${P.startYear + 1}+1`;
    put(s.firstRow + i, KEY, `=IF(COUNT(${row})=0,"",INDEX(${row},1,${latest}))`);
  }
  put(s.totalsRow, KEY, countedSum(address(s.firstRow, KEY, n, 1)));
  ctx.years.forEach((_, k) => put(s.totalsRow, ctx.yc(k), countedSum(address(s.firstRow, ctx.yc(k), n, 1))));
}

/** Cumulative formulas over realised range R and target range T (same shape): known, Σtarget, Σrealised. */
function cumulative(R: string, T: string) {
  const mask = `ISNUMBER(${R})*ISNUMBER(${T})`;
  return { known: `SUMPRODUCT(${mask})>0`, target: `SUMPRODUCT(${mask},${T})`, realised: `SUMPRODUCT(${mask},${R})` };
}

/** Σrealised / Σtarget over the known years; blank while unknown, and blank when Σtarget is 0 (IFERROR only meets #DIV/0!: SUMPRODUCT takes text as 0). */
const percentFormula = (c: ReturnType<typeof cumulative>) => `=IF(${c.known},IFERROR(${c.realised}/${c.target},""),"")`;

interface Covered {
  /** Row offset within the section (n = the totals row). */
  row: number;
  column: number;
  /** Realised and target ranges the cell covers. */
  R: string;
  T: string;
}

/** For each cell of the percent/status sections: the realised and target ranges it covers. */
function coverage(ctx: Ctx): Covered[] {
  const { n, sections } = ctx;
  const last = ctx.years.length - 1;
  const out: Covered[] = [];
  const add = (row: number, column: number, first: number, rows: number, to: number, anchored: boolean) =>
    out.push({
      row,
      column,
      R: span(sections.realised.firstRow + first, rows, 0, to, anchored),
      T: span(sections.target.firstRow + first, rows, 0, to, anchored),
    });
  for (let i = 0; i < n; i++) {
    add(i, KEY, i, 1, last, false);
    ctx.years.forEach((_, k) => add(i, ctx.yc(k), i, 1, k, true));
  }
  add(n, KEY, 0, n, last, false);
  ctx.years.forEach((_, k) => add(n, ctx.yc(k), 0, n, k, true));
  return out;
}

/** Known-ness of the cell: over all its years for column B, of its own year for a year column. */
function knownOf(cell: Covered): string {
  if (cell.column === KEY) return cumulative(cell.R, cell.T).known;
  const [R, T] = [lastColumn(cell.R), lastColumn(cell.T)];
  if (!R.includes(":")) return `AND(ISNUMBER(${R}),ISNUMBER(${T}))`;
  return cumulative(R, T).known;
}

function writePercent(ctx: Ctx): void {
  const s = ctx.sections.percent;
  for (const cell of coverage(ctx)) {
    // a year cell shows its percent only when that year itself is known
    ctx.put(s.firstRow + cell.row, cell.column, percentFormula({ ...cumulative(cell.R, cell.T), known: knownOf(cell) }));
  }
}

function writeStatus(ctx: Ctx): void {
  const s = ctx.sections.status;
  const p = ctx.sections.percent;
  const w = ctx.words;
  const [on, behind] = [`$B$${P.onTrack + 1}`, `$B$${P.behind + 1}`];
  for (const cell of coverage(ctx)) {
    const known = knownOf(cell);
    const pct = address(p.firstRow + cell.row, cell.column);
    const grade = `IF(${pct}>=${on},"${w.onTrack}",IF(${pct}>=${behind},"${w.behind}","${w.farBehind}"))`;
    ctx.put(s.firstRow + cell.row, cell.column, `=IF(${known},IF(ISNUMBER(${pct}),${grade},"${w.onTrack}"),"")`);
  }
}

/** "$C24:E32" → "E24:E32", "$C24:E24" → "E24": the last column of an anchored range. */
function lastColumn(range: string): string {
  const m = /^\$?([A-Z]+)\$?(\d+):([A-Z]+)(\d+)$/.exec(range);
  if (!m) return range;
  return m[2] === m[4] ? `${m[3]}${m[2]}` : `${m[3]}${m[2]}:${m[3]}${m[4]}`;
}

function finish(ctx: Ctx): MonitorPlan {
  const { n, sections, years } = ctx;
  const r = sections.realised;
  const realisedBlock = { address: r.address, row: r.firstRow, column: FIRST_YEAR_COLUMN, rows: n, columns: years.length };
  const fixedTargets = ctx.req.target.kind === "fixed" && n > 0 ? [address(sections.target.firstRow, KEY, n, 1)] : [];
  return {
    cells: ctx.cells,
    address: address(0, 0, ctx.cells.length, ctx.lastYc + 1),
    formats: formatsOf(ctx),
    columnWidths: [{ column: 0, width: 230 }, { column: KEY, width: 110 }, ...years.map((_, k) => ({ column: ctx.yc(k), width: 64 }))],
    freezeColumns: FIRST_YEAR_COLUMN,
    conditionalFormats: conditionalFormatsOf(ctx),
    dataValidation: validationOf(ctx, r.address),
    chart: chartOf(ctx),
    years,
    params: {
      startYear: abs(P.startYear),
      endYear: abs(P.endYear),
      allowCredit: abs(P.allowCredit),
      onTrack: abs(P.onTrack),
      behind: abs(P.behind),
    },
    summary: { status: abs(S.status), percent: abs(S.percent), backlogCarried: abs(S.backlog), latestYear: abs(S.latest) },
    sections,
    realised: realisedBlock,
    inputs: [r.address, ...fixedTargets, address(P.startYear, KEY, 5, 1)],
  };
}

const abs = (row: number) => address(row, KEY, 1, 1, true);

function formatsOf(ctx: Ctx): FormatSpec[] {
  const { n, sections: s } = ctx;
  const width = ctx.lastYc + 1;
  const block = (key: MonitorSectionKey) => address(s[key].firstRow, KEY, n + 1, width - KEY);
  const formats: FormatSpec[] = [
    { address: "A1", bold: true },
    { address: "A2", italic: true, fontColor: "#605E5C" },
    { address: address(P.startYear, KEY, 5, 1), fill: INPUT_FILL },
    { address: address(P.onTrack, KEY, 2, 1), numberFormat: "0%" },
    { address: address(S.status, 0, 4, 2), bold: true },
    { address: abs(S.percent).replace(/\$/g, ""), numberFormat: "0%" },
    { address: address(CHART.title, 0), bold: true },
    { address: address(CHART.header, KEY, 1, width - KEY), bold: true, fill: HEADER_FILL },
    { address: address(CHART.target, FIRST_YEAR_COLUMN, 2, ctx.years.length), numberFormat: "0" },
  ];
  for (const key of ORDER) {
    formats.push({ address: address(s[key].titleRow, 0), bold: true });
    formats.push({ address: address(s[key].headerRow, 0, 1, width), bold: true, fill: HEADER_FILL });
    formats.push({ address: address(s[key].totalsRow, 0, 1, width), bold: true });
    if (key !== "status") formats.push({ address: block(key), numberFormat: key === "percent" ? "0%" : "0" });
  }
  formats.push({ address: s.realised.address, fill: INPUT_FILL });
  if (ctx.req.target.kind === "fixed" && n > 0) formats.push({ address: address(s.target.firstRow, KEY, n, 1), fill: INPUT_FILL });
  return formats;
}

function conditionalFormatsOf(ctx: Ctx): ConditionalFormatSpec[] {
  const s = ctx.sections.status;
  const targets = [address(s.firstRow, KEY, ctx.n + 1, ctx.lastYc), abs(S.status).replace(/\$/g, "")];
  return targets.flatMap((a) =>
    (["onTrack", "behind", "farBehind"] as const).map((k) => ({
      address: a,
      textEquals: ctx.words[k],
      fill: COLOURS[k][0],
      fontColor: COLOURS[k][1],
    })),
  );
}

function validationOf(ctx: Ctx, realised: string): DataValidationSpec {
  const [title, prompt, error] = ctx.text.validation;
  return {
    address: realised,
    rule: { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
    ignoreBlanks: true,
    prompt: { showPrompt: true, title, message: prompt },
    errorAlert: { showAlert: true, style: "Stop", title, message: error },
  };
}

function chartOf(ctx: Ctx): LineChartSpec {
  const years = ctx.years.length;
  const values = (row: number) => address(row, FIRST_YEAR_COLUMN, 1, years);
  return {
    type: "line",
    title: `${ctx.text.chartTitle} — ${ctx.req.region}`,
    dataAddress: address(CHART.header, KEY, 3, years + 1),
    seriesBy: "rows",
    categoriesAddress: values(CHART.header),
    series: [
      { name: ctx.text.series[0], valuesAddress: values(CHART.target) },
      { name: ctx.text.series[1], valuesAddress: values(CHART.realised) },
    ],
    anchor: address(0, Math.max(ctx.lastYc + 2, 6)),
  };
}

/** Column of a year on the plan, or the yearOutsidePath InputError. */
function yearColumn(plan: MonitorPlan, year: number): number {
  const k = plan.years.indexOf(year);
  if (k < 0)
    throw inputError("yearOutsidePath", {
      field: "year",
      value: year,
      span: { from: plan.years[0], to: plan.years[plan.years.length - 1] },
    });
  return FIRST_YEAR_COLUMN + k;
}

/**
 * Go-to address of a cell: municipality `row` (0-based; `row` = number of municipalities
 * gives the region totals row) in a section, for a year — or column B ("now") without one.
 *
 * @example
 *   monitorCell(plan, "status", 2);         // "B51" (3 municipalities): the third one's current status
 *   monitorCell(plan, "realised", 0, 2025); // "D29"
 */
export function monitorCell(plan: MonitorPlan, section: MonitorSectionKey, row: number, year?: number): string {
  return address(plan.sections[section].firstRow + row, year === undefined ? KEY : yearColumn(plan, year));
}

/** The realised cells of one year, e.g. "D29:D32": where the pane writes a checked, name-matched column. */
export function realisedColumn(plan: MonitorPlan, year: number): string {
  return address(plan.realised.row, yearColumn(plan, year), plan.realised.rows, 1);
}

/**
 * The realised block for a new plan from the one already on the sheet, matched by
 * municipality name (as {@link nameKey}) and by year: a re-run with another region order,
 * an added or removed municipality, or a new end year keeps each figure with its municipality
 * and year. Figures of municipalities or years no longer in the plan are dropped — the caller
 * can report them from `dropped`.
 */
export function carryRealised(
  previous: { names: readonly string[]; startYear: number; values: readonly (readonly Cell[])[] },
  next: { names: readonly string[]; startYear: number; endYear: number },
): { values: Cell[][]; dropped: { name: string; year: number; value: Cell }[] } {
  const rowOf = new Map(next.names.map((name, i) => [nameKey(name), i]));
  const values: Cell[][] = next.names.map(() => new Array<Cell>(next.endYear - next.startYear + 1).fill(null));
  const dropped: { name: string; year: number; value: Cell }[] = [];
  previous.values.forEach((row, i) =>
    row.forEach((value, k) => {
      if (value === null || value === undefined || value === "") return;
      const year = previous.startYear + k;
      const target = rowOf.get(nameKey(previous.names[i] ?? ""));
      if (target === undefined || year < next.startYear || year > next.endYear)
        dropped.push({ name: previous.names[i] ?? "", year, value });
      else values[target][year - next.startYear] = value;
    }),
  );
  return { values, dropped };
}
