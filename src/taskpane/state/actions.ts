import type { Dispatch } from "react";
import { AdapterError, SourceChoice } from "../../excel/types";
import { GROUP_TABLE_NAME } from "../../sheets/groupTableColumns";
import type { WorkbookGateway } from "../../excel/gateway";
import { sourceLinkOf } from "./link";
import { TABLE_NAME } from "../../sheets/tableColumns";
import { datasetOf, settingsOf } from "./derive";
import { modelFingerprint } from "./staleness";
import type { Action, WizardState } from "./wizard";
import { CorrectionLine, ScenarioSettings, isWithdrawal, withdrawalOf, withdrawnBy } from "../../scenario";
import type { TargetGroup } from "../../data/region";
import { Language, formatDate } from "../../i18n";
import { inBoth } from "../../i18n/message";
import { PANE_STATE_TEXTS } from "../../i18n/paneState";

/**
 * The pane's user steps that talk to Excel, through the gateway only. Each awaits one gateway
 * call per Excel round of work and reports progress and outcome through the reducer.
 */
export async function readWorkbookTable(gateway: WorkbookGateway, dispatch: Dispatch<Action>): Promise<void> {
  try {
    const { municipalities, groups } = await gateway.readWorkbookTables();
    dispatch({ type: "tableRead", read: municipalities });
    // the region's groups, when the workbook has an Aandachtsgroepen table (its own or the add-in's)
    if (groups) dispatch({ type: "groupTableRead", read: groups });
  } catch (e) {
    dispatch({ type: "write", status: { kind: "error", error: errorInfo(e) } });
  }
}

/** Reads a region's own range (selection, sheet or table) for the mapping view; Excel's refusal is shown as a write error is. */
export async function readSource(gateway: WorkbookGateway, dispatch: Dispatch<Action>, choice: SourceChoice): Promise<void> {
  try {
    dispatch({ type: "sourceRead", choice, read: await gateway.readSourceRange(choice) });
  } catch (e) {
    dispatch({ type: "write", status: { kind: "error", error: errorInfo(e) } });
  }
}

/** What the user has agreed to replace: the add-in's own scenario sheet, and the own tables whose figures were changed in Excel. */
export interface Confirmed {
  sheet: boolean;
  tables: readonly string[];
}

/**
 * Writes (or, after confirmation, updates) the municipality table and the scenario sheet.
 * Asks first when the sheet is the add-in's own, and when figures in the add-in's own table were
 * changed in Excel since it wrote them (the adapter refuses with tableEdited before it writes
 * anything); offers a free name when the sheet is the user's.
 */
export async function writeScenario(
  gateway: WorkbookGateway,
  state: WizardState,
  dispatch: Dispatch<Action>,
  language: Language,
  confirmed: Confirmed = { sheet: false, tables: [] },
): Promise<void> {
  const dataset = datasetOf(state);
  const { settings } = settingsOf(state);
  const fingerprint = modelFingerprint(state);
  if (!dataset || !settings || fingerprint === null) return;
  dispatch({ type: "write", status: { kind: "busy" } });
  try {
    const support = await gateway.checkSupport();
    if (!support.ok) throw new AdapterError(support.problem);
    const status = await gateway.sheetStatus(state.sheetName, "scenario");
    if (status === "ours" && !confirmed.sheet) {
      dispatch({ type: "write", status: { kind: "confirm" } });
      return;
    }
    // a table read from the workbook stays the user's: the formulas refer to it as it is; a name the
    // adapter will refuse (a user's or another kind's sheet) writes no table first
    const refused = status === "otherKind" || status === "user";
    // every question about the add-in's own tables comes before any write: the group table, written
    // after the Gemeenten table, is checked first, so that a "no" to it leaves Gemeenten as it was
    const groupsEdited = refused ? null : await editedGroupTable(gateway, state, settings, confirmed);
    if (groupsEdited) {
      dispatch({ type: "write", status: { kind: "confirm", editedTable: groupsEdited.name, agreed: confirmed.tables } });
      return;
    }
    // a mapped range stays the user's too: the Gemeenten table's cells refer to it by formulas
    const link = sourceLinkOf(state) ?? undefined;
    const tableName = state.table
      ? state.table.name
      : refused
        ? TABLE_NAME
        : await askIfEdited(TABLE_NAME, confirmed, (replaceEdited) =>
            gateway.writeMunicipalityTable(dataset, { link, language, replaceEdited }),
          );
    // a table the user changed in Excel is asked about before anything more is written
    const groupTable =
      refused || tableName instanceof EditedTable ? undefined : await groupTableFor(gateway, state, settings, language, confirmed);
    if (tableName instanceof EditedTable || groupTable instanceof EditedTable) {
      const edited = tableName instanceof EditedTable ? tableName : (groupTable as EditedTable);
      dispatch({ type: "write", status: { kind: "confirm", editedTable: edited.name, agreed: confirmed.tables } });
      return;
    }
    const result = await gateway.writeScenarioSheet({
      sheetName: state.sheetName,
      tableName,
      groupTable,
      settings,
      region: dataset.region,
      year: dataset.year,
      sources: dataset.sources,
      replaceOwnSheet: confirmed.sheet,
      language,
    });
    dispatch({ type: "write", status: { kind: "done", result, fingerprint } });
  } catch (e) {
    dispatch({ type: "write", status: { kind: "error", error: errorInfo(e) } });
  }
}

/** An own table the adapter would not write: figures in it were changed in Excel, and the user has not agreed to replace them. */
class EditedTable {
  constructor(readonly name: string) {}
}

/** The table `name` written (its name), or EditedTable when the adapter refused it because of figures changed in Excel (the pane asks). */
async function askIfEdited(
  name: string,
  confirmed: Confirmed,
  write: (replaceEdited: boolean) => Promise<{ tableName: string }>,
): Promise<string | EditedTable> {
  const agreed = confirmed.tables.includes(name);
  try {
    return (await write(agreed)).tableName;
  } catch (e) {
    if (e instanceof AdapterError && e.info.kind === "tableEdited" && !agreed) return new EditedTable(name);
    throw e;
  }
}

/**
 * The Aandachtsgroepen table the group block's needs refer to: a region's own table as it is
 * (never written), else the add-in's own, written (or updated) with the pane's groups — unless
 * rows in it were changed in Excel and the user has not agreed to replace them (EditedTable).
 * None while no group has a need (no block, nothing to refer to).
 */
async function groupTableFor(
  gateway: WorkbookGateway,
  state: WizardState,
  settings: ScenarioSettings,
  language: Language,
  confirmed: Confirmed,
): Promise<string | EditedTable | undefined> {
  const groups = groupsForOwnTable(state, settings);
  if (!groups) return hasGroupBlock(settings) ? state.groupTable!.name : undefined;
  return askIfEdited(GROUP_TABLE_NAME, confirmed, (replaceEdited) =>
    gateway.writeGroupTable(groups, state.groupSource, { language, replaceEdited }),
  );
}

/** A group block is written when some group's need is known: its needs refer to a table. */
function hasGroupBlock(settings: ScenarioSettings): boolean {
  return (settings.groups?.groups ?? []).some((g) => g.need !== null);
}

/** The groups to write into the add-in's own Aandachtsgroepen table: with a group block, unless it refers to a region's own table. */
function groupsForOwnTable(state: WizardState, settings: ScenarioSettings): readonly TargetGroup[] | null {
  if (!hasGroupBlock(settings) || (state.groupTable && !state.groupTable.ours)) return null;
  return settings.groups!.groups;
}

/** The add-in's own Aandachtsgroepen table when groupTableFor would find it changed in Excel, unagreed: asked before any write. */
async function editedGroupTable(
  gateway: WorkbookGateway,
  state: WizardState,
  settings: ScenarioSettings,
  confirmed: Confirmed,
): Promise<EditedTable | null> {
  const groups = groupsForOwnTable(state, settings);
  if (!groups) return null;
  const checked = await askIfEdited(GROUP_TABLE_NAME, confirmed, async (replaceEdited) => {
    await gateway.checkGroupTable(groups, { replaceEdited });
    return { tableName: GROUP_TABLE_NAME };
  });
  return checked instanceof EditedTable ? checked : null;
}

export function errorInfo(e: unknown): AdapterError["info"] {
  if (e instanceof AdapterError) return e.info;
  const message = e instanceof Error ? e.message : String(e);
  return { kind: "unknown", ...inBoth(PANE_STATE_TEXTS, "unexpected", { detail: message }) };
}

/**
 * "Kopie met waarden" of the scenario sheet and the sheets with figures that go with it: reports done (with the copies' names) or the
 * error text.
 */
export async function copyValues(
  gateway: WorkbookGateway,
  sheetName: string,
  language: Language,
  report: (status: { kind: "busy" } | { kind: "done"; sheets: string[] } | { kind: "error"; text: string }) => void,
): Promise<void> {
  report({ kind: "busy" });
  try {
    const date = formatDate(new Date(), language, "long");
    const result = await gateway.writeValuesCopy({ sheetName, date, language });
    report({ kind: "done", sheets: result.sheets });
  } catch (e) {
    report({ kind: "error", text: errorInfo(e)[language] });
  }
}

/** Reads the workbook's Correcties table into the pane (silently empty where Excel cannot tell). */
export async function loadCorrections(gateway: WorkbookGateway, dispatch: Dispatch<Action>): Promise<void> {
  try {
    dispatch({ type: "correctionsRead", lines: await gateway.readCorrections() });
  } catch {
    // no workbook access yet (e.g. cell edit mode): the list stays as it is, recording reports errors
  }
}

/**
 * Withdraws one correction — once: the table is read afresh and the line is looked up among those
 * not yet withdrawn ({@link withdrawnBy}); when it already was (a second click, another pane),
 * nothing is appended and the pane shows the table as it is.
 */
export async function withdrawCorrection(
  gateway: WorkbookGateway,
  dispatch: Dispatch<Action>,
  line: CorrectionLine,
  decision: { decidedBy: string; date: string },
  language: Language,
  report: (status: { kind: "busy" } | { kind: "done" } | { kind: "already" } | { kind: "error"; text: string }) => void,
): Promise<void> {
  report({ kind: "busy" });
  try {
    const lines = await gateway.readCorrections();
    const by = withdrawnBy(lines);
    const same = (l: CorrectionLine) =>
      l.name === line.name &&
      l.amount === line.amount &&
      l.reason === line.reason &&
      l.decidedBy === line.decidedBy &&
      l.date === line.date;
    if (!lines.some((l, i) => same(l) && by[i] === null && !isWithdrawal(l))) {
      dispatch({ type: "correctionsRead", lines });
      return report({ kind: "already" });
    }
    const withdrawal = withdrawalOf(line, decision.decidedBy.trim(), decision.date.trim(), language);
    await gateway.appendCorrections([withdrawal]);
    dispatch({ type: "correctionsRead", lines: [...lines, withdrawal] });
    report({ kind: "done" });
  } catch (e) {
    report({ kind: "error", text: errorInfo(e)[language] });
  }
}

/** Appends lines to the Correcties table, then shows them in the pane; nothing in the pane changes when Excel refuses. */
export async function recordCorrections(
  gateway: WorkbookGateway,
  dispatch: Dispatch<Action>,
  current: readonly CorrectionLine[],
  lines: readonly CorrectionLine[],
  language: Language,
  report: (status: { kind: "busy" } | { kind: "done" } | { kind: "error"; text: string }) => void,
): Promise<void> {
  report({ kind: "busy" });
  try {
    await gateway.appendCorrections(lines);
    dispatch({ type: "correctionsRead", lines: [...current, ...lines] });
    report({ kind: "done" });
  } catch (e) {
    report({ kind: "error", text: errorInfo(e)[language] });
  }
}
