/* global Excel, Office */
import { adapterError, fromExcelError } from "./messages";
import { writeMunicipalityTable } from "./municipalityTable";
import { findOpeningTables, readWorkbookTables } from "./findTable";
import { checkGroupTable, writeGroupTable } from "./groupTable";
import { SETTINGS_KEY, SheetKind, parseRecord, sheetStatusOf } from "./ownership";
import { writeScenario } from "./scenarioSheet";
import { followGroupSelection, followSelection, selectedGroupCell, selectedMunicipality } from "./selection";
import { enterRealisation, readMonitor, writeMonitor } from "./monitorSheet";
import { sheetNameProblem } from "../sheets/sheetNames";
import type { GroupCell, GroupTableWriteOptions, SheetStatus, SourceChoice, SupportReport, TableWriteOptions } from "./types";
import type { CorrectionLine } from "../scenario";
import type { RegionDataset, TargetGroup } from "../data/region";
import { writeValuesCopy } from "./valuesCopy";
import { appendCorrections, readCorrections } from "./correctionsTable";
import { listSources, readSourceRange } from "./sourceRange";

export { SETTINGS_KEY } from "./ownership";
export { freeName } from "./ownership";

/**
 * The Excel adapter: the only code that calls `Excel.run`. Each method is one user step: one
 * Excel.run, at most 3 `context.sync` calls whatever the number of municipalities, values and
 * formulas written as whole 2-D arrays. The operations live one per file (scenarioSheet,
 * municipalityTable, findTable, valuesCopy); ownership of what the add-in wrote is recorded per
 * block in the workbook's settings (ownership.ts), so nothing the user wrote is overwritten.
 */
/**
 * The sets every workbook step needs, checked before each Excel.run (see `run`): the newest member
 * src/excel uses is `Table.resize` (ExcelApi 1.13). test/excel/requirementSets.test.ts derives
 * the needed set from the code and fails when this falls behind. The manifest asks only for what
 * the THUIS functions need, so they still load in an Excel without it.
 */
export const REQUIRED_SETS: [string, string][] = [["ExcelApi", "1.13"]];

/** The required sets this Excel lacks, as "ExcelApi 1.13". */
function missingSets(): string[] {
  return REQUIRED_SETS.filter(([set, version]) => !Office.context.requirements.isSetSupported(set, version)).map(
    ([set, version]) => `${set} ${version}`,
  );
}

/**
 * The gateway: every operation the pane may ask of Excel, one Excel.run each. Its type is
 * `WorkbookGateway` (types.ts takes it from here), so a new operation — a new owned sheet's
 * write — is one line here and nothing else: `sheetOperation(writeX)` for a batch on the sheet
 * its request names (the name is checked before Excel is called).
 */
export function createExcelGateway() {
  return {
    async checkSupport(): Promise<SupportReport> {
      const missing = missingSets();
      if (missing.length === 0) return { ok: true, missing: [] };
      return { ok: false, missing, problem: adapterError("unsupported", { missing: missing.join(", ") }).info };
    },
    /**
     * What a write of `kind` finds at this name (to ask before replacing): free, the add-in's own
     * sheet of that kind ("ours"), another kind's sheet or a name kept for one ("otherKind"), a
     * user's sheet, or a name Excel refuses.
     */
    sheetStatus: (sheetName: string, kind: SheetKind) => run((context) => sheetStatus(context, sheetName, kind)),
    /**
     * What *Tabel inlezen* reads: the add-in's municipality table, else one named "Gemeenten", else the first
     * readable one (or null), with the `Aandachtsgroepen` table.
     */
    readWorkbookTables: operation(readWorkbookTables),
    /** The tables named "Gemeenten" and "Aandachtsgroepen" alone (the add-in's own or a region's): what the pane opens on. */
    findOpeningTables: operation(findOpeningTables),
    /**
     * Create or update the add-in's municipality table (default name "Gemeenten"); with a link, its
     * cells are formulas referring to the region's own cells (`SourceLink`).
     */
    writeMunicipalityTable: (dataset: RegionDataset, options?: TableWriteOptions) =>
      run((context) => writeMunicipalityTable(context, dataset, options)),
    /** What writing the add-in's own `Aandachtsgroepen` table would refuse (tableEdited, …), found without writing anything. */
    checkGroupTable: (groups: readonly TargetGroup[], options?: { replaceEdited?: boolean }) =>
      run((context) => checkGroupTable(context, groups, options)),
    /** Create or update the add-in's own `Aandachtsgroepen` table; a region's own table of that name is refused (tableTaken). */
    writeGroupTable: (groups: readonly TargetGroup[], note: { nl: string; en: string } | null, options?: GroupTableWriteOptions) =>
      run((context) => writeGroupTable(context, groups, note, options)),
    /** The sheets and tables a region's data can be read from (the add-in's own left out). */
    listSources: operation(listSources),
    /** Read a region's own range: values, merged areas and the remembered mapping, in at most two round trips. */
    readSourceRange: (choice: SourceChoice) =>
      run((context) => readSourceRange(context, choice), choice.kind === "sheet" ? choice.name : undefined),
    writeScenarioSheet: sheetOperation(writeScenario),
    /** The lines of the Correcties table (empty when there is none). */
    readCorrections: operation(readCorrections),
    /** Appends lines to the Correcties table, creating it with the first; never changes or deletes a line. */
    appendCorrections: (lines: readonly CorrectionLine[]) => run((context) => appendCorrections(context, lines)),
    /** Values-only copies of a scenario sheet, its Verantwoording and the Monitor sheets, for readers without the add-in. */
    writeValuesCopy: sheetOperation(writeValuesCopy),
    /** Create or update the add-in's Monitor sheet: targets per year, realised input (kept on re-runs), backlog, %, status, chart. */
    writeMonitorSheet: sheetOperation(writeMonitor),
    /** Write one year's realisation into the monitor after matching names; any problem → badRealisation, nothing written. */
    enterRealisation: sheetOperation(enterRealisation),
    /** The monitor's state for the pane's summary. */
    readMonitor: (sheetName: string) => run((context) => readMonitor(context, sheetName), sheetName),
    /** Activate a sheet and select a cell/range (to "go to" results or a problem cell). */
    select: (sheetName: string, at: string) =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        sheet.activate();
        sheet.getRange(at).select();
        await context.sync();
      }, sheetName),
    /**
     * The municipality whose row is selected on the add-in's scenario sheet `sheetName`: its
     * position in the scenario table (0 = first; the sheet plan's dataRow onwards), or null
     * (another sheet, outside the municipality rows, not a scenario sheet of the add-in).
     */
    selectedMunicipality: (sheetName: string) => run((context) => selectedMunicipality(context, sheetName)),
    /**
     * Follow the selection on the scenario sheet `sheetName` (worksheet.onSelectionChanged):
     * `handler` gets the position of the selected row's municipality, or null off those rows.
     * Resolves to a function that stops following.
     */
    onSelectionChanged: (sheetName: string, handler: (index: number | null) => void) =>
      run((context) => followSelection(context, sheetName, handler)),
    /** The cell selected in the scenario sheet's group matrix (municipality row, group column, 0-based), or null. */
    selectedGroupCell: (sheetName: string) => run((context) => selectedGroupCell(context, sheetName)),
    /** Follow the selection on the scenario sheet's group matrix: `handler` gets the cell, or null outside the matrix. */
    onGroupSelectionChanged: (sheetName: string, handler: (cell: GroupCell | null) => void) =>
      run((context) => followGroupSelection(context, sheetName, handler)),
  };
}

/** What the pane needs of Excel: the operations above, each documented there, so a new one is written once. */
export type WorkbookGateway = ReturnType<typeof createExcelGateway>;

/** An operation without arguments, in one Excel.run. */
function operation<T>(batch: (context: Excel.RequestContext) => Promise<T>): () => Promise<T> {
  return () => run(batch);
}

/** An operation on the sheet its request names, in one Excel.run; a name Excel refuses stops it before Excel is called. */
function sheetOperation<R extends { sheetName: string }, T>(batch: (context: Excel.RequestContext, request: R) => Promise<T>) {
  return (request: R): Promise<T> => run((context) => batch(context, request), request.sheetName);
}

/** What a write of `kind` finds at this name ({@link sheetStatusOf}); a name Excel refuses is "invalid". */
async function sheetStatus(context: Excel.RequestContext, sheetName: string, kind: SheetKind): Promise<SheetStatus> {
  if (sheetNameProblem(sheetName)) return "invalid";
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const record = parseRecord(setting.isNullObject ? null : setting.value);
  return sheetStatusOf(
    record,
    sheets.items.map((s) => s.name),
    sheetName,
    kind,
  );
}

/** One Excel.run per user step; Excel's errors become AdapterErrors with a message. */
async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>, sheet?: string): Promise<T> {
  if (sheet !== undefined) {
    const problem = sheetNameProblem(sheet);
    if (problem) throw adapterError("badSheetName", { sheet, detail: problem.nl });
  }
  // before anything is queued: an older Excel gets a plain message instead of a failed call halfway
  const missing = missingSets();
  if (missing.length > 0) throw adapterError("unsupported", { missing: missing.join(", ") });
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw fromExcelError(error, sheet);
  }
}
