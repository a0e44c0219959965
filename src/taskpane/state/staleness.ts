import { TABLE_NAME } from "../../sheets/tableColumns";
import { datasetOf, settingsOf } from "./derive";
import type { WizardState } from "./wizard";

/**
 * Whether the scenario sheet still shows what the pane shows. The pane records, with every
 * write, a fingerprint of what the sheet was written from: the dataset (names, figures, sources,
 * region, year), the settings the scenario plan is computed from (need, shares, rounding, method,
 * solidarity, growth years, key, whether 'Na correcties' is on) and the table it refers to.
 * When the current state gives another fingerprint the sheet is stale: the pane says so and
 * offers the update. Correction lines themselves are not part of it: the sheet reads the
 * Correcties table live, so a new line changes the sheet without a rewrite (only switching
 * 'Na correcties' on or off does, and that is a setting).
 *
 * @example
 *   const written = modelFingerprint(state);            // recorded by writeScenario
 *   sheetState({ ...state, method: "dhondt" });          // "stale" once written with Hamilton
 */
export function modelFingerprint(state: WizardState): string | null {
  const dataset = datasetOf(state);
  const { settings } = settingsOf(state);
  if (!dataset || !settings) return null;
  return JSON.stringify({
    tableName: state.table?.name ?? TABLE_NAME,
    region: dataset.region,
    year: dataset.year,
    municipalities: dataset.municipalities,
    sources: dataset.sources,
    settings,
  });
}

/**
 * "none" before a sheet was written (or after a failed write), "current" while the sheet shows
 * what the pane shows, "stale" once a figure or a setting changed since (a new sheet name is
 * not: the written sheet still shows what it was written from, and the button offers a new one).
 */
export function sheetState(state: WizardState): "none" | "current" | "stale" {
  if (state.write.kind !== "done") return "none";
  return modelFingerprint(state) === state.write.fingerprint ? "current" : "stale";
}
