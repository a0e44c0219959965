/* global Excel, Office */
import { adapterError, fromExcelError } from "./messages";
import { writeMunicipalityTable } from "./municipalityTable";
import { findMunicipalityTable } from "./findTable";
import { SETTINGS_KEY, SheetKind, parseRecord, sheetStatusOf } from "./ownership";
import { writeScenario } from "./scenarioSheet";
import { followSelection, selectedMunicipality } from "./selection";
import { enterRealisation, readMonitor, writeMonitor } from "./monitorSheet";
import { sheetNameProblem } from "../sheets/sheetNames";
import type { SheetStatus, WorkbookGateway } from "./types";
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

export function createExcelGateway(): WorkbookGateway {
  return {
    async checkSupport() {
      const missing = missingSets();
      if (missing.length === 0) return { ok: true, missing: [] };
      return { ok: false, missing, problem: adapterError("unsupported", { missing: missing.join(", ") }).info };
    },
    sheetStatus: (sheetName, kind) => run((context) => sheetStatus(context, sheetName, kind)),
    findMunicipalityTable: () => run((context) => findMunicipalityTable(context)),
    writeMunicipalityTable: (dataset, link) => run((context) => writeMunicipalityTable(context, dataset, link)),
    listSources: () => run((context) => listSources(context)),
    readSourceRange: (choice) => run((context) => readSourceRange(context, choice), choice.kind === "sheet" ? choice.name : undefined),
    writeScenarioSheet: (request) => run((context) => writeScenario(context, request), request.sheetName),
    readCorrections: () => run((context) => readCorrections(context)),
    appendCorrections: (lines) => run((context) => appendCorrections(context, lines)),
    writeValuesCopy: (request) => run((context) => writeValuesCopy(context, request), request.sheetName),
    writeMonitorSheet: (request) => run((context) => writeMonitor(context, request), request.sheetName),
    enterRealisation: (request) => run((context) => enterRealisation(context, request), request.sheetName),
    readMonitor: (sheetName) => run((context) => readMonitor(context, sheetName), sheetName),
    select: (sheetName, at) =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        sheet.activate();
        sheet.getRange(at).select();
        await context.sync();
      }, sheetName),
    selectedMunicipality: (sheetName) => run((context) => selectedMunicipality(context, sheetName)),
    onSelectionChanged: (sheetName, handler) => run((context) => followSelection(context, sheetName, handler)),
  };
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
