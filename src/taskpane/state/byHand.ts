import { formulaSnippets, planScenarioSheet } from "../../sheets";
import { TABLE_NAME } from "../../sheets/tableColumns";
import type { Language } from "../../i18n";
import { datasetOf, previewOf } from "./derive";
import type { WizardState } from "./wizard";

/**
 * The formulas of the scenario sheet the pane would write now, cell by cell, for "Zelf gebruiken":
 * planned by the same planner the write uses, so the text shown equals the sheet; empty while the
 * data or the settings are not valid. In a file of its own: it needs the sheet planners, which
 * only step 4 loads.
 *
 * @example
 *   byHandSnippets(state, "nl")[0]; // { cell: "…", label: "…", formula: "=THUIS.…" }
 */
export function byHandSnippets(state: WizardState, language: Language): ReturnType<typeof formulaSnippets> {
  const { model } = previewOf(state);
  const dataset = datasetOf(state);
  if (!model || !dataset) return [];
  const plan = planScenarioSheet({
    model,
    tableName: state.table?.name ?? TABLE_NAME,
    region: dataset.region,
    sources: dataset.sources,
    language,
  });
  return formulaSnippets(plan, language);
}
