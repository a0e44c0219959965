/* global Excel */
import { ScenarioModel } from "../scenario";
import { ScenarioPlan, planJustificationOf, todayIso } from "../sheets";
import { VERSION } from "../version";
import { JUSTIFICATION_LABELS } from "../i18n";
import type { JustificationPlan } from "../sheets/justificationLayout";
import { adapterError } from "./messages";
import { writeSheetPlan } from "./planWriter";
import { OwnershipRecord, freeName, userCellIn } from "./ownership";
import type { ScenarioSheetRequest } from "./types";

/**
 * The Verantwoording sheet, written with its scenario sheet in the same Excel.run and the same
 * round trips (scenarioSheet.ts calls the three steps below at its own syncs):
 * 1. {@link queueJustificationInspect} — queued before the scenario's table read: the sheet
 *    this scenario's record names, its protection and used cells;
 * 2. {@link planJustification} — after that sync: which sheet (the recorded one when it is still
 *    the add-in's and free where the plan writes, else a free name) and the plan from the same
 *    scenario model and sheet plan; refuses a protected sheet before anything is written;
 * 3. {@link writeJustification} — queued with the scenario sheet's writes: cells (totals are
 *    SUM), formats, merges, wraps, widths, row heights, page setup; ownership recorded.
 */
export interface JustificationInspect {
  /** The justification sheet recorded for this scenario sheet, if any. */
  recorded: string | null;
  sheet: Excel.Worksheet | null;
  used: Excel.Range | null;
}

export interface JustificationTarget {
  name: string;
  /** Update the recorded sheet in place (else a new sheet is added). */
  reuse: boolean;
  plan: JustificationPlan;
}

export function queueJustificationInspect(
  context: Excel.RequestContext,
  record: OwnershipRecord,
  scenarioSheet: string,
): JustificationInspect {
  const recorded = record.sheets[scenarioSheet]?.justification ?? null;
  if (!recorded) return { recorded: null, sheet: null, used: null };
  const sheet = context.workbook.worksheets.getItemOrNullObject(recorded);
  sheet.load("isNullObject");
  sheet.protection.load("protected");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("isNullObject, address, formulas");
  return { recorded, sheet, used };
}

/** Which sheet, and its plan; throws sheetProtected for a protected own sheet (nothing written yet). */
export function planJustification(
  inspect: JustificationInspect,
  record: OwnershipRecord,
  sheetNames: readonly string[],
  request: ScenarioSheetRequest,
  scenario: { model: ScenarioModel; plan: ScenarioPlan },
): JustificationTarget {
  const planFor = (name: string) =>
    planJustificationOf(scenario.model, scenario.plan, {
      region: request.region,
      sources: request.sources,
      language: request.language,
      version: VERSION,
      date: request.date ?? todayIso(),
      sheetName: name,
      scenarioSheet: request.sheetName,
    });
  const taken = [...sheetNames, request.sheetName];
  const { recorded, sheet, used } = inspect;
  const ours = recorded !== null && record.sheets[recorded]?.kind === "justification";
  if (recorded && ours && sheet && !sheet.isNullObject) {
    const plan = planFor(recorded);
    const userCell =
      used && !used.isNullObject
        ? userCellIn(record.sheets[recorded], { address: used.address, formulas: used.formulas }, plan.address)
        : null;
    if (userCell === null) {
      if (sheet.protection.protected) throw adapterError("sheetProtected", { sheet: recorded });
      return { name: recorded, reuse: true, plan };
    }
  } else if (recorded && ours && !taken.some((t) => t.toLowerCase() === recorded.toLowerCase())) {
    return { name: recorded, reuse: false, plan: planFor(recorded) };
  }
  const name = freeName(JUSTIFICATION_LABELS[request.language].sheet, taken);
  return { name, reuse: false, plan: planFor(name) };
}

/** Queues the whole sheet and records it as the add-in's, linked from its scenario sheet. */
export function writeJustification(context: Excel.RequestContext, record: OwnershipRecord, target: JustificationTarget): void {
  const sheet = target.reuse ? context.workbook.worksheets.getItem(target.name) : context.workbook.worksheets.add(target.name);
  if (target.reuse) {
    for (const block of record.sheets[target.name].blocks) {
      const old = sheet.getRange(block);
      old.unmerge();
      old.clear();
    }
  }
  const plan = target.plan;
  writeSheetPlan(sheet, plan, plan.userTexts);
  for (const h of plan.rowHeights) sheet.getRangeByIndexes(h.row, 0, 1, 1).format.rowHeight = h.height;
  writePageSetup(sheet, plan);
  // saved in the settings by the scenario's recordOwnership, in the same batch
  record.sheets[target.name] = { blocks: [plan.address], charts: [], kind: "justification" };
}

/** Landscape, one page wide, print area and repeated header row, header and footer (ExcelApi 1.9). */
function writePageSetup(sheet: Excel.Worksheet, plan: JustificationPlan): void {
  const p = plan.pageSetup;
  const layout = sheet.pageLayout;
  layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.zoom = { horizontalFitToPages: p.fitToPagesWide, verticalFitToPages: p.fitToPagesTall };
  layout.centerHorizontally = p.centerHorizontally;
  layout.setPrintArea(p.printArea);
  layout.setPrintTitleRows(p.printTitleRows);
  const hf = layout.headersFooters.defaultForAllPages;
  hf.leftHeader = p.header.left;
  hf.centerHeader = p.header.center;
  hf.rightHeader = p.header.right;
  hf.leftFooter = p.footer.left;
  hf.centerFooter = p.footer.center;
  hf.rightFooter = p.footer.right;
}
