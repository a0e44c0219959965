import type { Language } from "../../i18n";
import { problemsOf, scenarioBlocked, settingsOf } from "./derive";
import { STEPS, STEP_COUNT } from "./steps";
import type { WizardState } from "./wizard";
import type { NextBlock } from "./nextBlock";

/**
 * Which steps can be entered, and — whenever *Volgende* is disabled — why, in words the pane
 * shows beside the button (one mechanism for every step). A step can be entered once
 * everything before it is usable: Gegevens needs municipalities, Scenario a dataset without
 * problems, Resultaat and Monitor valid settings too.
 *
 * @example
 *   nextBlock({ ...initialState(), source: "workbook", rows: [] }); // { kind: "readTable" }
 *   nextBlock(initialState());                                       // null: Volgende is enabled
 */
export type { NextBlock } from "./nextBlock";

/** Per step of {@link STEPS}, whether it can be entered now. */
export function reachableSteps(state: WizardState, language: Language): boolean[] {
  return STEPS.map((step) => step.reachable(state, language));
}

/** Why the step after the current one cannot be entered, or null when it can. */
export function nextBlock(state: WizardState, language: Language): NextBlock | null {
  if (state.step === STEP_COUNT - 1) return { kind: "last" };
  if (STEPS[state.step + 1].reachable(state, language)) return null;
  if (state.rows.length === 0) {
    if (state.source === "workbook" && state.link) return { kind: "noMappedRows" };
    if (state.source === "workbook") return { kind: state.tableNotFound ? "noTable" : state.table ? "emptyTable" : "readTable" };
    return { kind: "noNames" };
  }
  const problems = problemsOf(state).length;
  if (problems > 0) return { kind: "dataProblems", count: problems };
  const scenario = settingsOf(state).settings ? scenarioBlocked(state, language) : null;
  return scenario ? { kind: "scenario", text: scenario } : { kind: "settings" };
}
