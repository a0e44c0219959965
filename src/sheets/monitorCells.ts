import { fillTemplate } from "../i18n";
import { DEFAULT_THRESHOLDS } from "../engine/monitor";
import { address, parseAddress, quoteSheet } from "./a1";
import { CHART, Ctx, FIRST_YEAR_COLUMN, KEY, P, S, lastColumn, span } from "./monitorGeometry";
import type { MonitorCellValue, MonitorLayoutRequest, MonitorSectionKey } from "./monitorTypes";

/** The Monitor's cells: parameters, summary, the chart's data and the five sections' formulas. */
export function writeTop(ctx: Ctx): void {
  const { req, text, put } = ctx;
  const t = req.thresholds ?? DEFAULT_THRESHOLDS;
  put(0, 0, fillTemplate(text.title, { region: req.region, from: req.startYear, to: req.endYear }));
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

export function writeChartData(ctx: Ctx): void {
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

export function writeSectionFrame(ctx: Ctx, key: MonitorSectionKey): void {
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

export function writeTargets(ctx: Ctx): void {
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

export function writeRealised(ctx: Ctx): void {
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

export function writeBacklog(ctx: Ctx): void {
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

/**
 * Σrealised / Σtarget over the known years; blank while unknown, and blank when Σtarget is 0 (IFERROR only meets #DIV/0!: SUMPRODUCT
 * takes text as 0).
 */
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

export function writePercent(ctx: Ctx): void {
  const s = ctx.sections.percent;
  for (const cell of coverage(ctx)) {
    // a year cell shows its percent only when that year itself is known
    ctx.put(s.firstRow + cell.row, cell.column, percentFormula({ ...cumulative(cell.R, cell.T), known: knownOf(cell) }));
  }
}

export function writeStatus(ctx: Ctx): void {
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
