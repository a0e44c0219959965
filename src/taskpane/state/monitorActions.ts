import type { Dispatch } from "react";
import type { WorkbookGateway } from "../../excel/gateway";
import type { Language } from "../../i18n";
import { inBoth } from "../../i18n/message";
import { PANE_STATE_TEXTS } from "../../i18n/paneState";
import { errorInfo } from "./actions";
import { datasetOf } from "./derive";
import { checkPaste, monitorRequestOf, yearTargets } from "./monitor";
import type { Action, WizardState } from "./wizard";

/**
 * The Monitor step's user steps, through the gateway only: create or update the monitor
 * (asking first when the sheet is the add-in's own), enter one year, read the summary.
 */
const patch = (dispatch: Dispatch<Action>, p: Partial<WizardState["monitor"]>) => dispatch({ type: "monitor", patch: p });

export async function createMonitor(
  gateway: WorkbookGateway,
  state: WizardState,
  dispatch: Dispatch<Action>,
  language: Language,
  confirmed = false,
): Promise<void> {
  const region = datasetOf(state)?.region ?? state.regionName;
  const { request } = monitorRequestOf(state.monitor, state.sheetName, region, language, confirmed);
  if (!request) return;
  patch(dispatch, { write: { kind: "busy" } });
  try {
    if (!confirmed && (await gateway.sheetStatus(request.sheetName, "monitor")) === "ours")
      return patch(dispatch, { write: { kind: "confirm" } });
    const result = await gateway.writeMonitorSheet(request);
    patch(dispatch, { write: { kind: "done", result }, read: result.read, entry: { kind: "idle" } });
  } catch (e) {
    patch(dispatch, { write: { kind: "error", error: errorInfo(e) } });
  }
}

/** Enters one year; figures already there are replaced only with `overwrite` (after the pane showed them, old beside new). */
export async function enterYear(
  gateway: WorkbookGateway,
  state: WizardState,
  dispatch: Dispatch<Action>,
  overwrite = false,
): Promise<void> {
  const m = state.monitor;
  const check = checkPaste(m.pasted, m.read?.names ?? [], yearTargets(m.read, m.year));
  if (check.problems.length > 0)
    return patch(dispatch, { entry: { kind: "error", error: { kind: "badRealisation", ...UNREAD, problems: check.problems } } });
  patch(dispatch, { entry: { kind: "busy" } });
  try {
    const result = await gateway.enterRealisation({ sheetName: m.sheetName, year: Number(m.year.trim()), pairs: check.pairs, overwrite });
    patch(dispatch, { entry: { kind: "done", result }, read: result.read });
  } catch (e) {
    patch(dispatch, { entry: { kind: "error", error: errorInfo(e) } });
  }
}

const UNREAD = inBoth(PANE_STATE_TEXTS, "unread");

/** The summary of an existing monitor; false (quietly) when there is none yet. */
export async function loadMonitor(gateway: WorkbookGateway, sheetName: string, dispatch: Dispatch<Action>): Promise<boolean> {
  try {
    patch(dispatch, { read: await gateway.readMonitor(sheetName) });
    return true;
  } catch {
    return false; // no monitor yet: the step offers to create it
  }
}
