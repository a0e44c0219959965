import type { Cell } from "../engine/cells";
import type { Language, MonitorSectionKey } from "../i18n";
import type { Thresholds } from "../engine/monitor";
import type { PlanCell, SheetPlan } from "./plan";

/** The Monitor plan's request and shape (see monitorLayout.ts). */
export type MonitorTarget =
  /**
   * A block municipalities × years (years across, first column = `firstYear`), e.g. the scenario's growth path; years past its last
   * column keep the last column's target.
   */
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

export type MonitorCellValue = PlanCell;

/**
 * Fill and font when a cell's value equals `text` (Office.js: conditionalFormats.add("CellValue"), rule { formula1: `="text"`, operator:
 * "EqualTo" }).
 */
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
  /** Where to place the chart: its top-left and bottom-right cells. */
  anchor: string;
  bottomRight: string;
}

/** The blocks of the sheet, top to bottom: named with their texts in src/i18n/monitor.ts. */
export type { MonitorSectionKey };

export interface MonitorSection {
  titleRow: number;
  headerRow: number;
  firstRow: number;
  totalsRow: number;
  /** Municipalities × years, e.g. "C34:N42". */
  address: string;
}

export interface MonitorPlan extends SheetPlan<MonitorCellValue> {
  freezeColumns: number;
  conditionalFormats: ConditionalFormatSpec[];
  dataValidation: DataValidationSpec;
  chart: LineChartSpec;
  years: number[];
  /** Parameter cells (absolute), e.g. allowCredit "$B$5". */
  params: { startYear: string; endYear: string; allowCredit: string; onTrack: string; behind: string };
  /** Region summary cells: status, percent, backlog carried into next year, latest known year. */
  summary: { status: string; percent: string; backlogCarried: string; latestYear: string };
  /** Rows (0-based) of the summary cells and of the chart's data: where readers find them without parsing addresses. */
  rows: {
    summary: { status: number; percent: number; backlogCarried: number; latestYear: number };
    chart: { header: number; target: number; realised: number };
  };
  sections: Record<MonitorSectionKey, MonitorSection>;
  /** The user's block: realised per municipality × year. */
  realised: { address: string; row: number; column: number; rows: number; columns: number };
  /** Every cell the user owns (realised block; fixed targets; parameters). */
  inputs: string[];
}
