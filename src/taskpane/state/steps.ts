import type { ComponentType } from "react";
import type { Language } from "../../i18n";
import { datasetOf, scenarioBlocked, settingsOf } from "./derive";
import type { WizardState } from "./wizard";

/**
 * The wizard's steps, in order: THE list a new step is added to. Everything else follows from
 * it — the tabs and their order (App), the step count ("Stap 2 van 5"), `StepIndex`, which step
 * can be entered (navigation.ts), the chunk each later step loads from and the prefetch
 * (parts.ts). A step's tab label is `steps[key]` in the pane's strings (a missing one does not
 * compile). The first step is part of the pane's shell (no `load`): it shows before any chunk.
 *
 * @example
 *   STEPS.map((s) => s.key);                         // ["region", "data", "scenario", "result", "monitor"]
 *   STEPS[1].reachable(initialState(), "nl");        // true: the embedded region has municipalities
 */
export interface StepDefinition {
  key: string;
  /** Whether the step can be entered: everything before it is usable. */
  reachable: (state: WizardState, language: Language) => boolean;
  /** The step's component, in a chunk of its own (webpackChunkName "step-<key>"); absent for the first step only. */
  load?: () => Promise<ComponentType>;
}

/** The scenario can be computed: a dataset without problems, valid settings, nothing blocking (e.g. an empty key column). */
function scenarioReady(state: WizardState, language: Language): boolean {
  return datasetOf(state) !== null && settingsOf(state).settings !== null && scenarioBlocked(state, language) === null;
}

export const STEPS = [
  { key: "region", reachable: () => true },
  {
    key: "data",
    reachable: (state) => state.rows.length > 0,
    load: () => import(/* webpackChunkName: "step-data" */ "../components/DataStep").then((m) => m.DataStep),
  },
  {
    key: "scenario",
    reachable: (state) => datasetOf(state) !== null,
    load: () => import(/* webpackChunkName: "step-scenario" */ "../components/ScenarioStep").then((m) => m.ScenarioStep),
  },
  {
    key: "result",
    reachable: scenarioReady,
    load: () => import(/* webpackChunkName: "step-result" */ "../components/ResultStep").then((m) => m.ResultStep),
  },
  {
    key: "monitor",
    reachable: scenarioReady,
    load: () => import(/* webpackChunkName: "step-monitor" */ "../components/MonitorStep").then((m) => m.MonitorStep),
  },
] as const satisfies readonly StepDefinition[];

export type StepKey = (typeof STEPS)[number]["key"];
export const STEP_COUNT = STEPS.length;
/** 0 … STEP_COUNT − 1, as a type: the indices of {@link STEPS}. */
export type StepIndex = Exclude<Partial<typeof STEPS>["length"], typeof STEPS.length> & number;
