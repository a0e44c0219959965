/* global Excel */
import { OwnedSheetTarget, guardSheetKind, guardUserCells, prepareOwnedSheet, queueOwnedSheetInspect } from "./ownedSheet";
import { toMunicipalities } from "../data/region";
import { InputError } from "../engine/errors";
import { CorrectionLine, ScenarioModel, computeScenarios, inputOf, netCorrections } from "../scenario";
import { ScenarioPlan, planScenarioSheet } from "../sheets";
import { CORRECTIONS_TABLE } from "../sheets/correctionsColumns";
import { linesOf } from "./correctionsTable";
import { addChart, writeSheetPlan } from "./planWriter";
import { address, quoteSheet } from "../sheets/a1";
import { planJustification, queueJustificationInspect, writeJustification } from "./justificationSheet";
import { readTable } from "./municipalityTable";
import { adapterError } from "./messages";
import { GrowthRecord, OwnershipRecord, SETTINGS_KEY } from "./ownership";
import { TABLE_COLUMNS, TableColumn, matchHeader } from "../sheets/tableColumns";
import type { GroupTableRead, ScenarioSheetRequest, WriteScenarioResult } from "./types";
import { groupTableRead, withTableNeeds } from "./groupTable";

/**
 * Writing the scenario sheet, one small operation per concern, as three round trips:
 * 1. {@link inspectTarget} — what is there (settings, sheets, the target sheet, the table);
 * 2. {@link readScenarioTable} — the municipality data the formulas will refer to;
 * 3. {@link writePlan} + {@link addChart} + {@link recordOwnership} — everything written.
 * Guards run between the round trips and throw before anything is written. The Verantwoording
 * sheet (justificationSheet.ts) rides along: inspected in round trip 2, planned from the same
 * model and plan, written in round trip 3.
 */
export const CHART_NAME = "VerdeelwijzerScenarios";
/** The group block's stacked-bar chart (issue 19): owned beside {@link CHART_NAME}, replaced with it on a rewrite. */
export const GROUP_CHART_NAME = "VerdeelwijzerGroepen";

interface Target extends OwnedSheetTarget {
  table: Excel.Table;
}

export async function writeScenario(context: Excel.RequestContext, request: ScenarioSheetRequest): Promise<WriteScenarioResult> {
  const target = await inspectTarget(context, request);
  guardTarget(target, request);
  const inspect = queueJustificationInspect(context, target.record, request.sheetName);
  const { rows, corrections, groupRead } = await readScenarioTable(context, target, request);
  const { model, plan } = planFor(request, rows, corrections, groupRead);
  guardUserCells(target, request.sheetName, plan.address);
  const justification = planJustification(inspect, target.record, target.sheetNames, request, { model, plan });
  const sheet = prepareOwnedSheet(context, target, request.sheetName);
  writePlan(sheet, plan);
  addScenarioCharts(sheet, plan);
  writeJustification(context, target.record, justification);
  recordOwnership(context, target.record, request.sheetName, plan, justification.name);
  sheet.activate();
  await context.sync();
  const address = `${quoteSheet(request.sheetName)}!${plan.address}`;
  return {
    sheetName: request.sheetName,
    updated: !target.existing.isNullObject,
    address,
    chartName: CHART_NAME,
    justificationSheet: justification.name,
  };
}

/** Round trip 1: the ownership record, sheet names, the target sheet with its used cells, the table. */
async function inspectTarget(context: Excel.RequestContext, request: ScenarioSheetRequest): Promise<Target> {
  const inspect = queueOwnedSheetInspect(context, request.sheetName);
  const table = context.workbook.tables.getItemOrNullObject(request.tableName);
  table.load("isNullObject");
  await context.sync();
  return { ...inspect.target(), table };
}

/**
 * Refuses a user's or another kind's sheet of that name (or a name kept for another kind), a missing table, an unconfirmed update, a
 * protected sheet.
 */
function guardTarget(target: Target, request: ScenarioSheetRequest): void {
  const { sheetName } = request;
  guardSheetKind(target.record, target.sheetNames, sheetName, "scenario");
  if (target.table.isNullObject) throw adapterError("tableNotFound", { table: request.tableName });
  if (target.existing.isNullObject) return;
  if (!request.replaceOwnSheet) throw adapterError("confirmReplace", { sheet: sheetName });
  if (target.existing.protection.protected) throw adapterError("sheetProtected", { sheet: sheetName });
}

/** Round trip 2: the table's rows, columns matched by header, and the recorded corrections when the sheet adjusts for them. */
async function readScenarioTable(context: Excel.RequestContext, target: Target, request: ScenarioSheetRequest) {
  const tableName = request.tableName;
  const header = target.table.getHeaderRowRange().load("values");
  const body = target.table.getDataBodyRange().load("values");
  const correctionsTable = request.settings.adjust ? context.workbook.tables.getItemOrNullObject(CORRECTIONS_TABLE) : null;
  correctionsTable?.load("isNullObject");
  const correctionsBody = correctionsTable?.getDataBodyRange().load("values");
  const groups = queueGroupTableRead(context, request);
  await context.sync();
  if (correctionsTable?.isNullObject) throw adapterError("tableNotFound", { table: CORRECTIONS_TABLE });
  const keys = header.values[0].map(matchHeader);
  for (const needed of ["name", "population", "lettingsSocial", "lettingsCheap", "realised"] as TableColumn[]) {
    if (!keys.includes(needed))
      throw adapterError("badTable", { table: tableName, detail: TABLE_COLUMNS.find((c) => c.key === needed)!.header });
  }
  return {
    rows: readTable(tableName, "", header.values[0].map(String), keys, body.values, 0, 0).rows,
    corrections: correctionsBody ? linesOf(correctionsBody.values) : [],
    groupRead:
      groups && !groups.table.isNullObject ? groupTableRead(request.groupTable!, "", groups.header.values[0], groups.body, false) : null,
  };
}

/** The Aandachtsgroepen table the group block's needs refer to, queued with the municipality table (a missing one refers to nothing). */
function queueGroupTableRead(context: Excel.RequestContext, request: ScenarioSheetRequest) {
  if (!request.groupTable || !request.settings.groups) return null;
  const table = context.workbook.tables.getItemOrNullObject(request.groupTable);
  table.load("isNullObject");
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values, rowIndex, columnIndex");
  return { table, header, body };
}

/** The sheet plan from the scenario model of the table's data (a bad cell in the table is reported, not written). */
function planFor(
  request: ScenarioSheetRequest,
  rows: ReturnType<typeof readTable>["rows"],
  corrections: CorrectionLine[],
  groupRead: GroupTableRead | null,
): { model: ScenarioModel; plan: ScenarioPlan } {
  try {
    const input = inputOf(toMunicipalities(rows));
    const model = computeScenarios(
      { ...input, corrections: netCorrections(input.names, corrections), correctionLines: corrections },
      withTableNeeds(request.settings, groupRead),
      request.year,
    );
    return {
      model,
      plan: planScenarioSheet({
        model,
        tableName: request.tableName,
        groupTable: groupRead ? request.groupTable : undefined,
        region: request.region,
        sources: request.sources,
        language: request.language,
      }),
    };
  } catch (e) {
    if (e instanceof InputError) throw adapterError("badTable", { table: request.tableName, detail: e.text(request.language) });
    throw e;
  }
}

/** Where the growth path is and what it shows (cached values), for the monitor built on it. */
function growthRecord(plan: ScenarioPlan): GrowthRecord | null {
  const g = plan.growth;
  if (!g || g.years.length === 0) return null;
  const n = g.totalsRow - g.firstRow;
  const rows = plan.values.slice(g.firstRow, g.firstRow + n);
  return {
    address: address(g.firstRow, 1, n, g.years.length),
    firstYear: g.years[0],
    names: rows.map((r) => String(r[0])),
    rows: rows.map((r) => r.slice(1, 1 + g.years.length).map((v) => (typeof v === "number" ? v : null))),
  };
}

/** Cells, formats and widths (the shared writer), then the parameters' dropdowns and frozen rows. */
function writePlan(sheet: Excel.Worksheet, plan: ScenarioPlan): void {
  writeSheetPlan(sheet, plan, plan.userTexts);
  for (const v of plan.validations) {
    const range = sheet.getRange(v.address);
    range.dataValidation.clear();
    range.dataValidation.rule = { list: { inCellDropDown: true, source: v.choices.join(",") } };
  }
  sheet.freezePanes.freezeRows(plan.freezeRows);
}

/** The clustered bars of the charted scenarios per municipality and, with a group block, its stacked bars, where the plan places them. */
function addScenarioCharts(sheet: Excel.Worksheet, plan: ScenarioPlan): void {
  addChart(sheet, { name: CHART_NAME, type: "BarClustered", seriesBy: "Columns", ...plan.chart });
  if (plan.groupChart) addChart(sheet, { name: GROUP_CHART_NAME, type: "BarStacked", seriesBy: "Columns", ...plan.groupChart });
}

/** The charts a scenario sheet's plan places, by name: what the record owns. */
function chartNamesOf(plan: ScenarioPlan): string[] {
  return plan.groupChart ? [CHART_NAME, GROUP_CHART_NAME] : [CHART_NAME];
}

function recordOwnership(
  context: Excel.RequestContext,
  record: OwnershipRecord,
  sheetName: string,
  plan: ScenarioPlan,
  justification: string,
): void {
  const municipalities = address(plan.dataRow, 0, Math.max(1, plan.totalsRow - plan.dataRow), 1);
  record.sheets[sheetName] = { blocks: [plan.address], charts: chartNamesOf(plan), kind: "scenario", justification, municipalities };
  const growth = growthRecord(plan);
  if (growth) record.sheets[sheetName].growth = growth;
  const block = plan.groupBlock;
  if (block?.formula)
    record.sheets[sheetName].groupMatrix = address(block.matrixRow, 1, block.totalsRow - block.matrixRow, block.width - 3);
  context.workbook.settings.add(SETTINGS_KEY, record);
}
