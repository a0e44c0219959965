/* global Excel */
import { OwnedSheetTarget, guardSheetKind, guardUserCells, prepareOwnedSheet, queueOwnedSheetInspect } from "./ownedSheet";
import type { Cell } from "../engine/cells";
import { InputError } from "../engine/errors";
import { validateRealisation } from "../engine/monitor";
import { matchNames, matchProblems, problemMessage } from "../data/matchNames";
import { address, parseAddress, quoteSheet } from "../sheets/a1";
import { adapterText } from "../i18n/adapterErrors";
import { adapterError } from "./messages";
import { FIRST_YEAR_COLUMN, MonitorPlan, carryRealised, planMonitorSheet } from "../sheets/monitorLayout";
import { layoutOf, monitorReadOf } from "./monitorRead";
import { GrowthRecord, MonitorRecord, SETTINGS_KEY, parseRecord } from "./ownership";
import { addChart, writeSheetPlan } from "./planWriter";
import type { MonitorRead, MonitorSheetRequest, Overwrite, RealisationRequest, RealisationResult, WriteMonitorResult } from "./types";

/**
 * The Monitor sheet: written (create / update), one year's realisation entered, and read back
 * for the pane — each one Excel.run of two round trips:
 * - write: 1. {@link inspectMonitor} (settings, sheets, the sheet's used cells, the scenario
 *   sheet); guards; 2. the plan written with formats, conditional formats, validation, the line
 *   chart, freeze panes and the ownership record. The realised figures on the sheet are put back
 *   by name and year ({@link carryRealised}); nothing outside the add-in's blocks is overwritten.
 * - enter: 1. the record; every problem (year, names, counts) stops it with one message;
 *   2. the year's column written (names not given keep their cell), the inputs read back.
 * - read: 1. the record; 2. the inputs (realised block, fixed targets, parameters) and a
 *   scenario path's targets as Excel computes them now → computeMonitor (src/excel/monitorRead.ts).
 */
export const MONITOR_CHART = "VerdeelwijzerMonitor";

interface Found extends OwnedSheetTarget {
  scenario: Excel.Worksheet | null;
}

interface Source {
  names: string[];
  targets: (number | null)[][];
  target: MonitorRecord["target"];
}

export async function writeMonitor(context: Excel.RequestContext, request: MonitorSheetRequest): Promise<WriteMonitorResult> {
  const found = await inspectMonitor(context, request);
  guardMonitor(found, request);
  const source = sourceOf(found, request);
  const carried = carriedRealised(found, request, source.names);
  const record = recordOf(request, source, "");
  const plan = planMonitorSheet(layoutOf(record, carried.values));
  record.realised = plan.realised.address;
  guardUserCells(found, request.sheetName, plan.address);
  const sheet = prepareOwnedSheet(context, found, request.sheetName, true);
  writeMonitorPlan(sheet, plan, [...record.names, record.region]);
  addLineChart(sheet, plan);
  found.record.sheets[request.sheetName] = { blocks: [plan.address], charts: [MONITOR_CHART], kind: "monitor", monitor: record };
  context.workbook.settings.add(SETTINGS_KEY, found.record);
  sheet.activate();
  await context.sync();
  const kept = carried.values.flat().filter((v) => v !== null && v !== "").length;
  const inputs = {
    realised: carried.values,
    allowCredit: request.allowCredit,
    onTrack: request.thresholds.onTrack,
    behind: request.thresholds.behind,
  };
  const read = monitorReadOf(request.sheetName, record, inputs, plan);
  return {
    sheetName: request.sheetName,
    updated: !found.existing.isNullObject,
    address: `${quoteSheet(request.sheetName)}!${plan.address}`,
    chartName: MONITOR_CHART,
    kept,
    dropped: carried.dropped,
    read,
  };
}

/** Round trip 1: the ownership record, sheet names, the monitor sheet with its used cells, the scenario sheet. */
async function inspectMonitor(context: Excel.RequestContext, request: MonitorSheetRequest): Promise<Found> {
  const inspect = queueOwnedSheetInspect(context, request.sheetName);
  const scenario = request.target.kind === "scenario" ? context.workbook.worksheets.getItemOrNullObject(request.target.sheetName) : null;
  scenario?.load("isNullObject");
  await context.sync();
  return { ...inspect.target(), scenario };
}

/**
 * Refuses a user's sheet (or another kind of add-in sheet) of that name, an unconfirmed update, a protected sheet, a scenario sheet
 * without a growth path.
 */
function guardMonitor(found: Found, request: MonitorSheetRequest): void {
  const { sheetName } = request;
  if (request.endYear < request.startYear)
    throw adapterError("noGrowthPath", { sheet: sheetName, detail: `${request.startYear}–${request.endYear}` });
  if (request.target.kind === "scenario") {
    const scenario = found.record.sheets[request.target.sheetName];
    if (found.scenario?.isNullObject || scenario?.kind !== "scenario")
      throw adapterError("notScenarioSheet", { sheet: request.target.sheetName });
    const g = scenario.growth;
    if (!g || g.firstYear > request.startYear)
      throw adapterError("noGrowthPath", { sheet: request.target.sheetName, detail: String(request.startYear) });
  }
  guardSheetKind(found.record, found.sheetNames, sheetName, "monitor");
  if (found.existing.isNullObject) return;
  if (!request.replaceOwnSheet) throw adapterError("confirmReplace", { sheet: sheetName });
  if (found.existing.protection.protected) throw adapterError("sheetProtected", { sheet: sheetName });
}

/** Names and targets per year: the scenario's growth path (years past its end keep its last value), or the fixed targets. */
function sourceOf(found: Found, request: MonitorSheetRequest): Source {
  const years = Array.from({ length: request.endYear - request.startYear + 1 }, (_, k) => request.startYear + k);
  if (request.target.kind === "fixed") {
    const values = request.target.values;
    return { names: [...request.target.names], targets: values.map((v) => years.map(() => v)), target: { kind: "fixed" } };
  }
  const sheetName = request.target.sheetName;
  const g = found.record.sheets[sheetName].growth!;
  return {
    names: g.names,
    targets: pathTargets(g, years),
    target: { kind: "scenario", sheetName, address: `${quoteSheet(sheetName)}!${g.address}`, firstYear: g.firstYear },
  };
}

/** A growth path's values per year (years past its end keep its last value, as the sheet's formulas do). */
function pathTargets(g: GrowthRecord, years: readonly number[]): (number | null)[][] {
  return g.rows.map((row) => years.map((year) => row[Math.min(year - g.firstYear, row.length - 1)] ?? null));
}

function recordOf(request: MonitorSheetRequest, source: Source, realised: string): MonitorRecord {
  const { region, startYear, endYear, language, allowCredit, thresholds } = request;
  return {
    region,
    names: source.names,
    startYear,
    endYear,
    realised,
    targets: source.targets,
    target: source.target,
    language,
    allowCredit,
    thresholds: { ...thresholds },
  };
}

/** The cells of `block` out of the used range's formulas ("" outside it). */
function cellsIn(used: Excel.Range, block: string): Cell[][] {
  const from = parseAddress(used.address.replace(/^.*!/, ""));
  const b = parseAddress(block);
  return Array.from({ length: b.rows }, (_, r) =>
    Array.from({ length: b.columns }, (_, c) => (used.formulas[b.row + r - from.row]?.[b.column + c - from.column] ?? "") as Cell),
  );
}

/** The realised figures already on the add-in's monitor, matched to the new names and years. */
function carriedRealised(found: Found, request: MonitorSheetRequest, names: string[]): ReturnType<typeof carryRealised> {
  const old = found.record.sheets[request.sheetName]?.monitor;
  const next = { names, startYear: request.startYear, endYear: request.endYear };
  if (found.existing.isNullObject || found.used.isNullObject || !old)
    return carryRealised({ names: [], startYear: request.startYear, values: [] }, next);
  return carryRealised({ names: old.names, startYear: old.startYear, values: cellsIn(found.used, old.realised) }, next);
}

/** Cells, formats and widths (the shared writer), status colours, whole-number validation on the realised cells, frozen name columns. */
function writeMonitorPlan(sheet: Excel.Worksheet, plan: MonitorPlan, userTexts: readonly string[]): void {
  writeSheetPlan(sheet, plan, userTexts);
  for (const c of plan.conditionalFormats) {
    const format = sheet.getRange(c.address).conditionalFormats.add("CellValue");
    format.cellValue.format.fill.color = c.fill;
    format.cellValue.format.font.color = c.fontColor;
    format.cellValue.rule = { formula1: `="${c.textEquals}"`, operator: "EqualTo" };
  }
  const v = plan.dataValidation;
  const validation = sheet.getRange(v.address).dataValidation;
  validation.clear();
  validation.rule = v.rule;
  validation.ignoreBlanks = v.ignoreBlanks;
  validation.prompt = v.prompt;
  validation.errorAlert = v.errorAlert;
  sheet.freezePanes.freezeColumns(plan.freezeColumns);
}

/** The line chart of the region's target and realised per year (an unknown year is #N/A: the line stops). */
function addLineChart(sheet: Excel.Worksheet, plan: MonitorPlan): void {
  const c = plan.chart;
  addChart(sheet, {
    name: MONITOR_CHART,
    type: "Line",
    seriesBy: "Rows",
    dataAddress: c.dataAddress,
    title: c.title,
    topLeft: c.anchor,
    bottomRight: c.bottomRight,
  });
}

/** Round trip 1 of enter/read: the record and the sheet (protection), and for an entry its used cells (the figures already there). */
async function inspectOwn(
  context: Excel.RequestContext,
  sheetName: string,
  withUsed = false,
): Promise<{ own: MonitorRecord; sheet: Excel.Worksheet; protectedSheet: boolean; used: Excel.Range | null }> {
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value");
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  sheet.load("isNullObject");
  sheet.protection.load("protected");
  const used = withUsed ? sheet.getUsedRangeOrNullObject(true).load("isNullObject, address, formulas") : null;
  await context.sync();
  const record = parseRecord(setting.isNullObject ? null : setting.value);
  const own = record.sheets[sheetName]?.kind === "monitor" ? record.sheets[sheetName].monitor : undefined;
  if (sheet.isNullObject || !own) throw adapterError("notMonitorSheet", { sheet: sheetName });
  return { own, sheet, protectedSheet: sheet.protection.protected, used };
}

/** Round trip 2 of enter/read: the inputs loaded (after any queued write), then computed. */
async function readInputs(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  own: MonitorRecord,
): Promise<MonitorRead> {
  const plan = planMonitorSheet(layoutOf(own));
  const realised = sheet.getRange(own.realised).load("values");
  const params = sheet.getRange(`${plan.params.allowCredit}:${plan.params.behind}`.replace(/\$/g, "")).load("values");
  const s = plan.sections.target;
  const fixed = own.target.kind === "fixed" ? sheet.getRange(address(s.firstRow, 1, own.names.length, 1)).load("values") : null;
  // a scenario's targets as Excel computes them now: the growth path follows every edit of the table
  const live =
    own.target.kind === "scenario"
      ? sheet.getRange(address(s.firstRow, FIRST_YEAR_COLUMN, own.names.length, plan.years.length)).load("values")
      : null;
  await context.sync();
  const [[allowCredit], [onTrack], [behind]] = params.values as Cell[][];
  const inputs = { realised: realised.values as Cell[][], fixed: fixed?.values.map((r) => r[0] as Cell), allowCredit, onTrack, behind };
  return monitorReadOf(sheetName, own, { ...inputs, targets: live?.values as Cell[][] | undefined }, plan);
}

export async function readMonitor(context: Excel.RequestContext, sheetName: string): Promise<MonitorRead> {
  const { own, sheet } = await inspectOwn(context, sheetName);
  return readInputs(context, sheet, sheetName, own);
}

export async function enterRealisation(context: Excel.RequestContext, request: RealisationRequest): Promise<RealisationResult> {
  const { own, sheet, protectedSheet, used } = await inspectOwn(context, request.sheetName, true);
  const checked = checkRealisation(own, request);
  if (protectedSheet) throw adapterError("sheetProtected", { sheet: request.sheetName });
  const block = parseAddress(own.realised);
  const at = address(block.row, block.column + request.year - own.startYear, block.rows, 1);
  const replaced = replacedFigures(own, used, at, checked.values);
  if (replaced.length > 0 && !request.overwrite)
    throw adapterError("confirmOverwrite", { sheet: request.sheetName, detail: String(request.year), overwrites: replaced });
  sheet.getRange(at).values = checked.values.map((v) => [v]); // null leaves a municipality's cell as it was
  const read = await readInputs(context, sheet, request.sheetName, own);
  return {
    address: `${quoteSheet(request.sheetName)}!${at}`,
    replaced,
    written: checked.written,
    missing: checked.missing,
    skippedHeader: checked.skippedHeader,
    read,
  };
}

/**
 * The figures of the year already on the sheet that the entry would change: per municipality
 * given a new figure whose cell holds another one, its old and new value (in region order).
 * Equal figures are no change; an empty cell is filled without asking.
 */
function replacedFigures(own: MonitorRecord, used: Excel.Range | null, column: string, values: (number | null)[]): Overwrite[] {
  if (!used || used.isNullObject) return [];
  const old = cellsIn(used, column).map((row) => row[0]);
  return own.names.flatMap((name, i) => {
    const before = old[i];
    const after = values[i];
    if (after === null || before === "" || before === null || before === undefined || before === after) return [];
    return [{ name, old: before, new: after }];
  });
}

/** Every problem of one year's entry (year, names, counts) in one badRealisation; else the values in region order. */
function checkRealisation(own: MonitorRecord, request: RealisationRequest) {
  const report = matchNames(request.pairs, own.names);
  const pasted = request.pairs.map((p, i) => (i === 0 && report.skippedHeader ? null : p[1]));
  const problems: InputError[] = [
    ...validateRealisation(request.year, pasted, { startYear: own.startYear, endYear: own.endYear }),
    ...matchProblems(report),
  ];
  const messages = problems.map((e) => problemMessage(e, report));
  if (problems.length === 0 && report.matched.length === 0) messages.push(NOTHING_MATCHED);
  if (messages.length > 0) throw adapterError("badRealisation", { sheet: request.sheetName, problems: sortByRow(problems, messages) });
  const values = report.values.map((v) => (v === null || v === "" ? null : (v as number)));
  // a name given without a count ("Epe⇥") is as missing as a name not given
  const missing = own.names.filter((_, i) => values[i] === null);
  return { values, written: values.filter((v) => v !== null).length, missing, skippedHeader: report.skippedHeader };
}

const NOTHING_MATCHED = adapterText("realisation.nothingMatched");

/** The year first, then by pasted row. */
function sortByRow(problems: InputError[], messages: { nl: string; en: string }[]): { nl: string; en: string }[] {
  const rank = (i: number) =>
    i >= problems.length ? Infinity : problems[i].kind === "yearOutsidePath" ? -1 : (problems[i].details.position?.row ?? 0);
  return messages
    .map((m, i) => ({ m, r: rank(i) }))
    .sort((a, b) => a.r - b.r)
    .map((x) => x.m);
}
