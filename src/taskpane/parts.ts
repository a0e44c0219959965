import { lazyPart } from "./lazyPart";
import { CORRECTIONS_PANEL, WHY_PANEL } from "./components/resultPanels";
import { GROUP_PANEL } from "./components/scenarioPanels";
import { EMPTY_REGION_PANEL, MAPPING_PANEL } from "./components/regionPanels";

/**
 * The parts of the pane that are chunks of their own (issue 20): step 1 and the shell load first;
 * the later steps and the panels of step 4 load on demand, prefetched while the user reads step 1
 * (App's `useEffect`). A new step or panel of some weight belongs here (or, for a panel inside a lazy step, beside
 * that step, as components/resultPanels.ts) and in PREFETCHED.
 */
export const LATER_STEPS = [
  lazyPart(() => import(/* webpackChunkName: "step-data" */ "./components/DataStep").then((m) => m.DataStep)),
  lazyPart(() => import(/* webpackChunkName: "step-scenario" */ "./components/ScenarioStep").then((m) => m.ScenarioStep)),
  lazyPart(() => import(/* webpackChunkName: "step-result" */ "./components/ResultStep").then((m) => m.ResultStep)),
  lazyPart(() => import(/* webpackChunkName: "step-monitor" */ "./components/MonitorStep").then((m) => m.MonitorStep)),
] as const;

/** Everything fetched ahead, in the order the user meets it. */
export const PREFETCHED = [MAPPING_PANEL, EMPTY_REGION_PANEL, ...LATER_STEPS, GROUP_PANEL, WHY_PANEL, CORRECTIONS_PANEL];
