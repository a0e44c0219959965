import { address } from "./a1";
import { chartOf, validationOf } from "./monitorChart";
import {
  writeBacklog,
  writeChartData,
  writePercent,
  writeRealised,
  writeSectionFrame,
  writeStatus,
  writeTargets,
  writeTop,
} from "./monitorCells";
import { conditionalFormatsOf, formatsOf } from "./monitorFormats";
import { CHART, Ctx, FIRST_YEAR_COLUMN, KEY, ORDER, P, S, abs, context } from "./monitorGeometry";
import type { MonitorLayoutRequest, MonitorPlan } from "./monitorTypes";

export type * from "./monitorTypes";
export { FIRST_YEAR_COLUMN, KEY } from "./monitorGeometry";
export { carryRealised, monitorCell, realisedColumn } from "./monitorPositions";

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
 *
 * Throws a plain Error for programming mistakes (no municipalities, end before start,
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
    rows: {
      summary: { status: S.status, percent: S.percent, backlogCarried: S.backlog, latestYear: S.latest },
      chart: { header: CHART.header, target: CHART.target, realised: CHART.realised },
    },
    sections,
    realised: realisedBlock,
    inputs: [r.address, ...fixedTargets, address(P.startYear, KEY, 5, 1)],
  };
}
