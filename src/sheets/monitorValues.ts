import type { Language } from "../i18n";
import { STATUS_WORDS, RegionMonitor, MonitorStatus } from "../engine/monitor";
import { FIRST_YEAR_COLUMN, KEY } from "./monitorGeometry";
import type { MonitorCellValue, MonitorPlan } from "./monitorTypes";

/**
 * What every formula cell of a Monitor plan shows, from the engine's computeMonitor — the
 * cached results of a workbook written without Excel (the sample workbook), so a reader
 * without the add-in sees the figures. A blank result is "", an unknown year in the chart's
 * realised row is Excel's #N/A (the `na` marker). Held against HyperFormula's evaluation of
 * the plan in test/sheets/monitorValues.test.ts.
 *
 * @example
 *   const values = monitorValues(plan, computeMonitor(rows, { startYear: 2024 }), "nl");
 *   values[plan.sections.status.firstRow][1]; // "op koers"
 */
export const NA = { error: "#N/A" } as const;
export type MonitorShown = MonitorCellValue | typeof NA;

export function monitorValues(plan: MonitorPlan, monitor: RegionMonitor, language: Language): MonitorShown[][] {
  const values: MonitorShown[][] = plan.cells.map((row) =>
    row.map((cell) => (typeof cell === "string" && cell.startsWith("=") ? "" : cell)),
  );
  const word = (s: MonitorStatus | null) => (s === null ? "" : STATUS_WORDS[language][s]);
  const blank = (v: number | null) => (v === null ? "" : v);
  const put = (row: number, column: number, v: MonitorShown) => (values[row][column] = v);
  const s = plan.sections;
  const sum = monitor.summary;
  const rows = plan.rows.summary;
  put(rows.status, KEY, word(sum.status));
  put(rows.percent, KEY, blank(sum.percent));
  put(rows.backlogCarried, KEY, sum.backlogCarried);
  put(rows.latestYear, KEY, blank(sum.latestYear));
  const chart = plan.rows.chart;
  monitor.totals.forEach((t, k) => {
    const c = FIRST_YEAR_COLUMN + k;
    put(chart.target, c, t.target ?? 0);
    put(chart.realised, c, t.realised === null ? NA : t.realised);
    put(s.target.totalsRow, c, t.target ?? 0);
    put(s.realised.totalsRow, c, blank(t.realised));
    put(s.backlog.totalsRow, c, blank(t.backlog));
    put(s.percent.totalsRow, c, blank(t.percent));
    put(s.status.totalsRow, c, word(t.status));
  });
  monitor.rows.forEach((row, i) => {
    row.years.forEach((y, k) => {
      const c = FIRST_YEAR_COLUMN + k;
      put(s.target.firstRow + i, c, blank(y.target));
      put(s.backlog.firstRow + i, c, blank(y.backlog));
      put(s.percent.firstRow + i, c, blank(y.percent));
      put(s.status.firstRow + i, c, word(y.status));
    });
    const realised = row.years.filter((y) => y.realised !== null).map((y) => y.realised!);
    put(s.realised.firstRow + i, KEY, realised.length === 0 ? "" : realised.reduce((a, b) => a + b, 0));
    put(s.backlog.firstRow + i, KEY, blank(row.backlog));
    put(s.percent.firstRow + i, KEY, blank(row.percent));
    put(s.status.firstRow + i, KEY, word(row.status));
  });
  keyTotals(plan, monitor, values);
  return values;
}

/** Column B of the totals rows: Σ realised, Σ latest backlogs, the region's percent and status, Σ fixed targets. */
function keyTotals(plan: MonitorPlan, monitor: RegionMonitor, values: MonitorShown[][]): void {
  const s = plan.sections;
  const n = monitor.rows.length;
  const column = (row: number) =>
    Array.from({ length: n }, (_, i) => values[row + i][KEY]).filter((v): v is number => typeof v === "number");
  const total = (row: number) => {
    const known = column(row);
    return known.length === 0 ? "" : known.reduce((a, b) => a + b, 0);
  };
  values[s.realised.totalsRow][KEY] = total(s.realised.firstRow);
  values[s.backlog.totalsRow][KEY] = total(s.backlog.firstRow);
  values[s.percent.totalsRow][KEY] = values[plan.rows.summary.percent][KEY];
  values[s.status.totalsRow][KEY] = values[plan.rows.summary.status][KEY];
  const fixed = plan.cells[s.target.totalsRow][KEY];
  if (typeof fixed === "string" && fixed.startsWith("="))
    values[s.target.totalsRow][KEY] = column(s.target.firstRow).reduce((a, b) => a + b, 0);
}
