import { lazyPart } from "../lazyPart";

/**
 * The panels of step 4 (Resultaat), chunks of their own: the step shows its write button and
 * summary without waiting for them. Here rather than in ../parts.ts, which loads ResultStep:
 * ResultStep imports these, so a shared file would be an import cycle.
 */
export const WHY_PANEL = lazyPart(() => import(/* webpackChunkName: "panel-why" */ "./WhyPanel").then((m) => m.WhyPanel));

export const CORRECTIONS_PANEL = lazyPart(() =>
  import(/* webpackChunkName: "panel-corrections" */ "./CorrectionsPanel").then((m) => m.CorrectionsPanel),
);
