import { Cell, isBlank, readCount, requireSameLength } from "./cells";
import { carryOverRow } from "./carryOver";
import { InputError, inputError } from "./errors";
import type { Language } from "../i18n/language";
import { MONITOR_STATUS_TEXTS } from "../i18n/monitor";

/**
 * The monitor: the agreement year by year. Per municipality, targets and realised per year
 * (from the start year on; `null` realised = not yet known, 0 = nothing housed):
 *
 * - **backlog** — exactly THUIS.CARRYOVER ({@link carryOverRow}): running target − realised,
 *   floored at 0 unless `allowCredit`; a year whose target or realised is blank gives `null`
 *   and leaves the balance unchanged.
 * - **percent** — cumulative realised / cumulative target over the years *known so far* (a
 *   year is known when both its target and realised are numbers); `null` in a year that is not
 *   known, and `null` when the cumulative target is 0.
 * - **status** — `onTrack` when percent ≥ `thresholds.onTrack` (default 0.9 = 90%), `behind`
 *   when ≥ `thresholds.behind` (default 0.75 = 75%), else `farBehind`. A known year whose
 *   cumulative target is 0 is on track (nothing was asked). `null` when not known.
 *   90%/75% follow the usual traffic-light practice of progress reports: within a tenth of
 *   the cumulative task is on course, more than a quarter short needs action.
 * - **region** — the same over the sums: per year the region counts as known when at least
 *   one municipality is known that year; its percent is Σ cumulative realised / Σ cumulative
 *   target over every known (municipality, year) up to that year.
 *
 * The monitor sheet (src/sheets/monitorLayout.ts) computes the same with formulas; the tests
 * hold the two against each other.
 *
 * @example
 *   const m = computeMonitor([{ name: "Epe", targets: [10, 10, 10], realised: [6, 12, null] }], { startYear: 2025 });
 *   m.rows[0].years.map((y) => y.backlog); // [4, 2, null]
 *   m.rows[0].percent;                     // 0.9  (18 of 20 over 2025–2026)
 *   m.rows[0].status;                      // "onTrack"
 */
export type MonitorStatus = "onTrack" | "behind" | "farBehind";

/** The words the sheet and the pane show for a status (the catalogue `MONITOR_STATUS_TEXTS` in src/i18n/monitor.ts). */
export const STATUS_WORDS: Record<Language, Record<MonitorStatus, string>> = MONITOR_STATUS_TEXTS;

/** Lower bounds (fractions of the cumulative target) of "op koers" and "achter". */
export interface Thresholds {
  onTrack: number;
  behind: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { onTrack: 0.9, behind: 0.75 };

export interface MonitorOptions {
  startYear: number;
  allowCredit?: boolean;
  thresholds?: Thresholds;
}

export interface MonitorRowInput {
  name: string;
  /** One per year from the start year; null = no target that year. */
  targets: readonly (number | null)[];
  /** Same length as targets; null = not yet known. */
  realised: readonly (number | null)[];
}

/** Progress as of one year: cumulative figures cover the known years up to and including it. */
export interface MonitorYear {
  year: number;
  target: number | null;
  realised: number | null;
  backlog: number | null;
  cumulativeTarget: number;
  cumulativeRealised: number;
  percent: number | null;
  status: MonitorStatus | null;
}

export interface MunicipalityMonitor {
  name: string;
  years: MonitorYear[];
  /** Last known year, or null when nothing is known yet. */
  latestYear: number | null;
  /** Over every known year. */
  cumulativeTarget: number;
  cumulativeRealised: number;
  percent: number | null;
  status: MonitorStatus | null;
  /** Cumulative target − cumulative realised over the known years (negative = ahead). */
  shortfall: number;
  /** The backlog of the last known year: what is carried into the next year (null: none known). */
  backlog: number | null;
}

/** Region totals per year; `backlog` is the net sum of the municipalities' backlogs (the sheet's SUM). */
export interface RegionYear extends MonitorYear {
  /** Municipalities known that year. */
  known: number;
}

export interface MonitorSummary {
  status: MonitorStatus | null;
  onTrack: boolean;
  percent: number | null;
  latestYear: number | null;
  cumulativeTarget: number;
  cumulativeRealised: number;
  /** Municipalities not on track, most households short first. */
  behind: { name: string; status: MonitorStatus; percent: number | null; shortfall: number; backlog: number | null }[];
  /** Σ of positive latest backlogs: households carried into the next year. */
  backlogCarried: number;
  /** Σ of credits (negative latest backlogs), only with allowCredit. */
  creditCarried: number;
}

export interface RegionMonitor {
  rows: MunicipalityMonitor[];
  totals: RegionYear[];
  summary: MonitorSummary;
}

/** The status for a cumulative percent, given that the period is known. */
export function statusOf(percent: number | null, thresholds: Thresholds = DEFAULT_THRESHOLDS): MonitorStatus {
  if (percent === null || percent >= thresholds.onTrack) return "onTrack";
  return percent >= thresholds.behind ? "behind" : "farBehind";
}

const ratio = (realised: number, target: number) => (target === 0 ? null : realised / target);

/** One municipality's monitor; targets and realised of different lengths → shapeMismatch. */
export function monitorRow(row: MonitorRowInput, options: MonitorOptions): MunicipalityMonitor {
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  requireSameLength(row.targets, row.realised, "targets", "realised");
  const backlogs = carryOverRow(row.targets, row.realised, options.allowCredit ?? false);
  let cumT = 0;
  let cumR = 0;
  let latest: number | null = null;
  let backlog: number | null = null;
  const years: MonitorYear[] = [];
  for (let k = 0; k < row.targets.length; k++) {
    const target = row.targets[k];
    const realised = row.realised[k];
    const year = options.startYear + k;
    const known = target !== null && realised !== null;
    if (known) {
      cumT += target;
      cumR += realised;
      latest = year;
      backlog = backlogs[k];
    }
    const percent = known ? ratio(cumR, cumT) : null;
    const status = known ? statusOf(percent, thresholds) : null;
    years.push({ year, target, realised, backlog: backlogs[k], cumulativeTarget: cumT, cumulativeRealised: cumR, percent, status });
  }
  const percent = latest === null ? null : ratio(cumR, cumT);
  const status = latest === null ? null : statusOf(percent, thresholds);
  return {
    name: row.name,
    years,
    latestYear: latest,
    cumulativeTarget: cumT,
    cumulativeRealised: cumR,
    percent,
    status,
    shortfall: cumT - cumR,
    backlog,
  };
}

/** Region totals per year, from the municipalities' monitors. */
export function regionYears(rows: readonly MunicipalityMonitor[], options: MonitorOptions): RegionYear[] {
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const length = rows.length === 0 ? 0 : rows[0].years.length;
  let cumT = 0;
  let cumR = 0;
  return Array.from({ length }, (_, k) => {
    const cells = rows.map((r) => r.years[k]);
    const knownCells = cells.filter((c) => c.target !== null && c.realised !== null);
    const sumOf = (values: (number | null)[]) => (values.some((v) => v !== null) ? values.reduce<number>((s, v) => s + (v ?? 0), 0) : null);
    for (const c of knownCells) {
      cumT += c.target!;
      cumR += c.realised!;
    }
    const known = knownCells.length;
    const percent = known > 0 ? ratio(cumR, cumT) : null;
    return {
      year: options.startYear + k,
      target: cells.reduce<number>((s, c) => s + (c.target ?? 0), 0),
      realised: sumOf(cells.map((c) => c.realised)),
      backlog: sumOf(cells.map((c) => c.backlog)),
      cumulativeTarget: cumT,
      cumulativeRealised: cumR,
      percent,
      status: known > 0 ? statusOf(percent, thresholds) : null,
      known,
    };
  });
}

/** The monitor for a region: per municipality, totals per year and the summary. */
export function computeMonitor(rows: readonly MonitorRowInput[], options: MonitorOptions): RegionMonitor {
  const monitors = rows.map((row) => monitorRow(row, options));
  return { rows: monitors, totals: regionYears(monitors, options), summary: summarise(monitors, options) };
}

function summarise(rows: readonly MunicipalityMonitor[], options: MonitorOptions): MonitorSummary {
  const cumulativeTarget = rows.reduce((s, r) => s + r.cumulativeTarget, 0);
  const cumulativeRealised = rows.reduce((s, r) => s + r.cumulativeRealised, 0);
  const latests = rows.map((r) => r.latestYear).filter((y): y is number => y !== null);
  const latestYear = latests.length > 0 ? Math.max(...latests) : null;
  const percent = latestYear === null ? null : ratio(cumulativeRealised, cumulativeTarget);
  const status = latestYear === null ? null : statusOf(percent, options.thresholds ?? DEFAULT_THRESHOLDS);
  const behind = rows
    .filter((r) => r.status === "behind" || r.status === "farBehind")
    .map((r) => ({ name: r.name, status: r.status!, percent: r.percent, shortfall: r.shortfall, backlog: r.backlog }))
    .sort((a, b) => b.shortfall - a.shortfall || a.name.localeCompare(b.name, "nl"));
  const backlogs = rows.map((r) => r.backlog ?? 0);
  return {
    status,
    onTrack: status === "onTrack",
    percent,
    latestYear,
    cumulativeTarget,
    cumulativeRealised,
    behind,
    backlogCarried: backlogs.reduce((s, b) => s + Math.max(0, b), 0),
    creditCarried: backlogs.reduce((s, b) => s + Math.max(0, -b), 0),
  };
}

/**
 * Every problem with one year's realisation (one cell per municipality, in region order):
 * the year outside `startYear..endYear` (or not a whole number), a count that is text,
 * negative or fractional. Blank stays allowed (not yet known). Empty list = fine.
 *
 * @example
 *   validateRealisation(2037, [3], { startYear: 2024, endYear: 2035 })[0].messages.nl;
 *   // "jaar 2037 ligt buiten het groeipad 2024–2035"
 *   validateRealisation(2025, [3, -1], { startYear: 2024, endYear: 2035 })[0].messages.nl;
 *   // "rij 2: realisatie is negatief (-1)"
 */
export function validateRealisation(year: Cell, values: readonly Cell[], path: { startYear: number; endYear: number }): InputError[] {
  const errors: InputError[] = [];
  const span = { from: path.startYear, to: path.endYear };
  if (typeof year !== "number" || !Number.isInteger(year) || year < path.startYear || year > path.endYear)
    errors.push(inputError("yearOutsidePath", { field: "year", value: year, span }));
  values.forEach((cell, i) => {
    if (isBlank(cell)) return;
    try {
      readCount(cell, { field: "realised", position: { row: i + 1 } });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      errors.push(e);
    }
  });
  return errors;
}

/** The realisation as numbers (blank → null), or the first problem thrown. */
export function readRealisation(year: Cell, values: readonly Cell[], path: { startYear: number; endYear: number }): (number | null)[] {
  const errors = validateRealisation(year, values, path);
  if (errors.length > 0) throw errors[0];
  return values.map((cell) => (isBlank(cell) ? null : (cell as number)));
}

/** Thresholds as fractions 0..1 with behind ≤ onTrack; throws the problem otherwise. */
export function readThresholds(onTrack: Cell, behind: Cell): Thresholds {
  const read = (cell: Cell, fallback: number): number => {
    if (isBlank(cell)) return fallback;
    if (typeof cell !== "number") throw inputError("notNumber", { field: "threshold", value: cell });
    if (!Number.isFinite(cell) || cell < 0 || cell > 1) throw inputError("shareOutOfRange", { field: "threshold", value: cell });
    return cell;
  };
  const t = { onTrack: read(onTrack, DEFAULT_THRESHOLDS.onTrack), behind: read(behind, DEFAULT_THRESHOLDS.behind) };
  if (t.behind > t.onTrack) throw inputError("thresholdOrder", { field: "threshold", value: t.behind, limit: t.onTrack });
  return t;
}
