import type { Cell } from "../engine/cells";
import { computeMonitor, readThresholds, Thresholds } from "../engine/monitor";
import { InputError } from "../engine/errors";
import { MonitorLayoutRequest, MonitorPlan, monitorCell, planMonitorSheet, realisedColumn } from "../sheets/monitorLayout";
import type { MonitorRecord } from "./ownership";
import type { MonitorRead } from "./types";

/**
 * The monitor as the pane sees it, computed from the sheet's inputs (realised block, fixed
 * targets, parameters) with the engine's computeMonitor. The one computed value it reads is a
 * scenario path's targets (the Opgave block): they follow the growth path, which Excel
 * recomputes whenever the municipality table changes (issue 17.7). Pure: no Office.
 *
 * @example
 *   const read = monitorReadOf("Monitor", record, { realised: [[12, null]], allowCredit: false, onTrack: 0.9, behind: 0.75 });
 *   read.monitor.summary.onTrack; // true or false
 */
export interface MonitorInputs {
  realised: readonly (readonly Cell[])[];
  /** Fixed targets as on the sheet (column B of the Opgave section); ignored for a scenario path. */
  fixed?: readonly Cell[];
  /**
   * A scenario path's targets as the sheet shows them now (the Opgave block, municipalities ×
   * years, as Excel computes it): the growth path follows every edit of the municipality table,
   * so the record's copy (written with the sheet) is only used where this is not given.
   */
  targets?: readonly (readonly Cell[])[];
  allowCredit: Cell;
  onTrack: Cell;
  behind: Cell;
}

/** The layout request of a recorded monitor (targets as recorded; realised as given). */
export function layoutOf(record: MonitorRecord, realised?: readonly (readonly Cell[])[]): MonitorLayoutRequest {
  const t = record.target;
  return {
    region: record.region,
    municipalities: record.names,
    startYear: record.startYear,
    endYear: record.endYear,
    target:
      t.kind === "scenario"
        ? { kind: "path", address: t.address, firstYear: t.firstYear }
        : { kind: "fixed", values: record.targets.map((row) => row[0] ?? null) },
    allowCredit: record.allowCredit,
    thresholds: record.thresholds,
    language: record.language,
    realised,
  };
}

const count = (cell: Cell | undefined): number | null => (typeof cell === "number" && Number.isFinite(cell) ? cell : null);

function thresholdsOf(record: MonitorRecord, inputs: MonitorInputs): Thresholds {
  try {
    return readThresholds(inputs.onTrack, inputs.behind);
  } catch (e) {
    if (e instanceof InputError) return record.thresholds; // a broken cell on the sheet: the thresholds as written
    throw e;
  }
}

export function monitorReadOf(
  sheetName: string,
  record: MonitorRecord,
  inputs: MonitorInputs,
  plan: MonitorPlan = planMonitorSheet(layoutOf(record)),
): MonitorRead {
  const years = plan.years;
  const thresholds = thresholdsOf(record, inputs);
  const allowCredit = inputs.allowCredit === true;
  const targetsOf = (i: number) => {
    if (record.target.kind === "fixed" && inputs.fixed) return years.map(() => count(inputs.fixed![i]));
    if (record.target.kind === "scenario" && inputs.targets) return years.map((_, k) => count(inputs.targets![i]?.[k]));
    return record.targets[i];
  };
  const rows = record.names.map((name, i) => ({
    name,
    targets: targetsOf(i),
    realised: years.map((_, k) => count(inputs.realised[i]?.[k])),
  }));
  const monitor = computeMonitor(rows, { startYear: record.startYear, allowCredit, thresholds });
  return {
    sheetName,
    region: record.region,
    names: record.names,
    years,
    allowCredit,
    thresholds,
    monitor,
    cells: {
      summary: plan.summary.status.replace(/\$/g, ""),
      status: record.names.map((_, i) => monitorCell(plan, "status", i)),
      backlog: record.names.map((_, i) => monitorCell(plan, "backlog", i)),
      realised: Object.fromEntries(years.map((y) => [y, realisedColumn(plan, y)])),
    },
  };
}
