import { lazyPart } from "../lazyPart";

/**
 * The panels of step 3 (Scenario) that are chunks of their own: *Per groep* (issue 19) with its
 * explanations. Beside ScenarioStep rather than in ../parts.ts (which loads ScenarioStep): a shared
 * file would be an import cycle, as for resultPanels.ts.
 */
export const GROUP_PANEL = lazyPart(() => import(/* webpackChunkName: "panel-groups" */ "./GroupPanel").then((m) => m.GroupPanel));
