/**
 * The contract between the task pane and the Excel adapter (`src/excel/`). The pane calls
 * only these; the adapter is the only code that calls `Excel.run`. Every method is one user
 * step: one `Excel.run` and at most 3 `context.sync` calls, whatever the number of
 * municipalities.
 */
import type { RawMunicipality, RegionDataset } from "../data/region";
import type { RawGroup } from "../data/readers";
import type { TableColumn } from "../sheets/tableColumns";
import type { ScenarioSettings } from "../scenario";
import type { Language } from "../i18n";
import type { Cell } from "../engine/cells";
import type { RegionMonitor, Thresholds } from "../engine/monitor";
import type { Mapping, MergedArea } from "../data/source";

export type { SheetKind } from "./ownership";
export type SheetStatus = "free" | "ours" | "otherKind" | "user" | "invalid";

/** Why the adapter refused or failed, with a message for the user in Dutch and English. */
export type AdapterErrorKind =
  | "unsupported" // Excel lacks a needed API set (e.g. ExcelApi 1.12, CustomFunctionsRuntime 1.3)
  | "sheetProtected" // the target sheet is protected
  | "editMode" // a cell is being edited (Excel answers InvalidOperationInCellEditMode)
  | "userContent" // the target range holds cells the add-in did not write
  | "nameTaken" // a sheet or table name is used by the user's own content
  | "otherKind" // the sheet is the add-in's sheet of another kind (Correcties, Monitor, …), or its name is kept for one
  | "tableNotFound" // no municipality table in the workbook
  | "confirmReplace" // the add-in's own sheet exists and replaceOwnSheet was not set
  | "badTable" // the table lacks a required column (e.g. municipality name)
  | "tableTaken" // the user's own table has the name the add-in's table would get
  | "notScenarioSheet" // a values copy was asked of a sheet the add-in did not write as a scenario
  | "badSheetName" // the sheet name breaks Excel's naming rules
  | "notMonitorSheet" // a realisation was entered into (or read from) a sheet that is not the add-in's monitor
  | "noGrowthPath" // the monitor's scenario sheet has no growth path covering the start year
  | "badRealisation" // a year's realisation: year outside the path, bad counts or unmatched names
  | "confirmOverwrite" // a year's realisation would change figures already entered, and overwrite was not set
  | "emptySource" // the selection, sheet or table chosen as the region's data holds nothing
  | "tableEdited" // figures in the add-in's own municipality table were changed in Excel since it was written (replaceEdited not set)
  | "unknown";

export interface AdapterErrorInfo {
  kind: AdapterErrorKind;
  nl: string;
  en: string;
  /** A free sheet name to offer instead (for userContent / nameTaken). */
  suggestedName?: string;
  /** The sheet and A1 address concerned, if any. */
  sheet?: string;
  address?: string;
  /** Every problem found (badRealisation), one message each, in pasted-row order. */
  problems?: { nl: string; en: string }[];
  /** confirmOverwrite: the figures already entered that the entry would change, old beside new. */
  overwrites?: Overwrite[];
}

/** A realised figure on the monitor replaced by a new entry: the municipality, the figure that was there and the new one. */
export interface Overwrite {
  name: string;
  old: Cell;
  new: number;
}

/** Thrown (rejected) by every adapter method for problems the user can act on. */
export class AdapterError extends Error {
  constructor(readonly info: AdapterErrorInfo) {
    super(info.en);
    this.name = "AdapterError";
  }
}

/** Which API sets are available: `missing` lists the requirement sets not supported, and `problem` says so in words. */
export type SupportReport = { ok: true; missing: [] } | { ok: false; missing: string[]; problem: AdapterErrorInfo };

/** A municipality table found in the workbook, read back. */
/**
 * How the municipality table is written: linked to the region's own cells, in which language,
 * and whether figures changed in Excel since the add-in wrote them may be replaced.
 */
export interface TableWriteOptions {
  link?: SourceLink;
  language?: Language;
  /** The user agreed to replace figures changed in the table since the add-in wrote it (the pane asked first). */
  replaceEdited?: boolean;
}

/** How the `Aandachtsgroepen` table is written: the language of its prompt and note, and whether rows changed in Excel may be replaced. */
export type GroupTableWriteOptions = Omit<TableWriteOptions, "link">;

export interface MunicipalityTableRead {
  tableName: string;
  sheetName: string;
  rows: RawMunicipality[];
  /** Cell address (sheet-qualified A1) of each row's name cell, to link problems to cells. */
  rowAddresses: string[];
  /** Sheet-qualified address of every cell per matched column, to link a problem to its value cell. */
  cellAddresses: Partial<Record<TableColumn, string[]>>;
  /** Header names found, for messages. */
  headers: string[];
}

/**
 * A workbook's `Aandachtsgroepen` table as read (issue 19): its rows as typed (read by the pane
 * with readGroupTable, the one reader), the sheet-qualified address of each row's name cell,
 * and whether the add-in wrote it (its own table may be updated; a region's own is never written).
 */
export interface GroupTableRead {
  tableName: string;
  sheetName: string;
  rows: RawGroup[];
  rowAddresses: string[];
  /** Headers of the columns the reader needs that the table lacks (e.g. "Behoefte per jaar"): nothing is read then. */
  missing: string[];
  ours: boolean;
}

/** A workbook's municipality table with its `Aandachtsgroepen` table, read in one Excel.run (either may be missing). */
export interface WorkbookTablesRead {
  municipalities: MunicipalityTableRead | null;
  groups: GroupTableRead | null;
}

/**
 * What the pane opens on: the tables named `Gemeenten` and `Aandachtsgroepen`; without a readable
 * `Gemeenten` table, the name of the table *Tabel inlezen* would read (`offered`), if any.
 */
export interface OpeningTablesRead extends WorkbookTablesRead {
  offered: string | null;
}

/** A cell of the group block's matrix: the municipality's row and the group's column, 0-based. */
export interface GroupCell {
  row: number;
  column: number;
}

export interface WriteTableResult {
  tableName: string;
  sheetName: string;
  /** True if an existing add-in table was updated in place. */
  updated: boolean;
}

export interface WriteScenarioResult {
  sheetName: string;
  /** True if the add-in's own sheet was updated in place. */
  updated: boolean;
  /** Address of the scenario block, e.g. "'Verdeling 2024'!A5:J16". */
  address: string;
  chartName: string;
  /** The Verantwoording sheet written with it (method, quotas, formulas, sources; print-ready). */
  justificationSheet: string;
}

export interface ScenarioSheetRequest {
  /** Target sheet name, e.g. "Verdeling 2024". */
  sheetName: string;
  /** The municipality table to refer to (from writeMunicipalityTable or readWorkbookTables). */
  tableName: string;
  /**
   * The `Aandachtsgroepen` table the group block's needs refer to (groups with a `row`); the
   * needs are read from it as the sheet is written. Absent: the needs are written as numbers.
   */
  groupTable?: string;
  settings: ScenarioSettings;
  /** Region name and data year, written under the table with the sources. */
  region: string;
  year: number;
  sources: RegionDataset["sources"];
  /** Allow replacing the add-in's own existing sheet of that name (the pane asks first). */
  replaceOwnSheet: boolean;
  /** Language of the sheet's text and option words (the pane's language). */
  language: Language;
  /** Date written on the Verantwoording sheet, ISO "2026-11-26"; default today. */
  date?: string;
}

export interface ValuesCopyRequest {
  /** The add-in's scenario sheet to copy. */
  sheetName: string;
  /** The date written on the copy, as the user reads it (e.g. "26-11-2026"). */
  date: string;
  language: Language;
}

export interface ValuesCopyResult {
  /** The copy of the requested sheet (the one shown after copying). */
  sheetName: string;
  address: string;
  /** Every copy made: the requested sheet's, then its Verantwoording's and each Monitor's. */
  sheets: string[];
}

/** Which range of the workbook holds the region's own data: the current selection, a sheet's used range, or a table. */
export type SourceChoice = { kind: "selection" } | { kind: "sheet"; name: string } | { kind: "table"; name: string };

/** A region's own range as read (values as Excel shows them, merged areas relative to it), and the mapping remembered for it. */
export interface SourceRangeRead {
  sheetName: string;
  /** Sheet-qualified A1 of the range read, e.g. "Bron!A1:F15". */
  address: string;
  /** 0-based sheet row and column of the range's top-left cell. */
  row: number;
  column: number;
  values: unknown[][];
  merged: MergedArea[];
  /** The mapping remembered in the workbook for this sheet and address, or null. */
  remembered: Mapping | null;
}

/**
 * The link from the add-in's Gemeenten table to a region's own cells: per municipality and
 * column the sheet-qualified address of the user's cell ("" where the column is not mapped). The
 * table's cells become formulas that refer to them, so the user's cells stay the source and are
 * never changed; the mapping is remembered with the table.
 */
export interface SourceLink {
  sheetName: string;
  address: string;
  mapping: Mapping;
  cells: Record<TableColumn, string[]>;
}

/** The agreed targets of the monitor: the growth path of the add-in's scenario sheet, or a fixed yearly target per municipality. */
export type MonitorTargetSource = { kind: "scenario"; sheetName: string } | { kind: "fixed"; names: string[]; values: (number | null)[] };

export interface MonitorSheetRequest {
  /** Target sheet name, e.g. "Monitor". */
  sheetName: string;
  region: string;
  target: MonitorTargetSource;
  startYear: number;
  endYear: number;
  allowCredit: boolean;
  thresholds: Thresholds;
  language: Language;
  /** Allow updating the add-in's own existing monitor (the pane asks first); realised figures are kept. */
  replaceOwnSheet: boolean;
}

export interface WriteMonitorResult {
  sheetName: string;
  updated: boolean;
  /** The monitor block, e.g. "Monitor!A1:N62". */
  address: string;
  chartName: string;
  /** Realised figures carried over from the sheet (by name and year). */
  kept: number;
  /** Realised figures of municipalities or years no longer in the monitor (not written). */
  dropped: { name: string; year: number; value: Cell }[];
  /** The monitor as written (for the pane's summary, without another round trip). */
  read: MonitorRead;
}

export interface RealisationRequest {
  /** The add-in's monitor sheet. */
  sheetName: string;
  year: number;
  /** Pasted or typed (name, count) pairs; a first header line is skipped. */
  pairs: [Cell, Cell][];
  /** Replace figures already entered for the year (the pane asks first, showing old beside new); else confirmOverwrite. */
  overwrite?: boolean;
}

export interface RealisationResult {
  /** The year's realised cells, e.g. "Monitor!D29:D37". */
  address: string;
  /** Municipalities given a figure. */
  written: number;
  /** Figures that were already entered and were replaced (only with overwrite), old beside new. */
  replaced: Overwrite[];
  /** Region municipalities not in the pasted list (their cells were left as they were). */
  missing: string[];
  skippedHeader: boolean;
  /** The monitor after the entry. */
  read: MonitorRead;
}

/** What the pane shows of a monitor, computed from the sheet's inputs with computeMonitor. */
export interface MonitorRead {
  sheetName: string;
  region: string;
  names: string[];
  years: number[];
  allowCredit: boolean;
  thresholds: Thresholds;
  monitor: RegionMonitor;
  /** Go-to addresses (without sheet): the region status, each municipality's current status and backlog, each year's realised column. */
  cells: { summary: string; status: string[]; backlog: string[]; realised: Record<number, string> };
}
