import { lazyPart } from "./lazyPart";
import { STEPS } from "./state/steps";
import { CORRECTIONS_PANEL, WHY_PANEL } from "./components/resultPanels";
import { GROUP_PANEL } from "./components/scenarioPanels";
import { EMPTY_REGION_PANEL, MAPPING_PANEL } from "./components/regionPanels";

/**
 * The parts of the pane that are chunks of their own (issue 20): step 1 and the shell load first;
 * the later steps and the panels of step 4 load on demand, prefetched while the user reads step 1
 * (App's `useEffect`). The steps come from their one list (state/steps.ts, each with its `load`); a
 * panel of some weight belongs here (or, for a panel inside a lazy step, beside that step, as
 * components/resultPanels.ts) and in PREFETCHED.
 */
export const STEP_PARTS = STEPS.map((step) => ("load" in step ? lazyPart(step.load) : null));

/** The steps after the first, each a lazy part. */
export const LATER_STEPS = STEP_PARTS.filter((part) => part !== null);

/** Everything fetched ahead, in the order the user meets it. */
export const PREFETCHED = [MAPPING_PANEL, EMPTY_REGION_PANEL, ...LATER_STEPS, GROUP_PANEL, WHY_PANEL, CORRECTIONS_PANEL];
