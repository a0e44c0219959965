import { address } from "./a1";
import type { ScenarioPlan } from "./scenarioPlan";
import { Language, displayFormula } from "../i18n";

/**
 * The formulas the scenario sheet actually holds, for the pane's "Zelf gebruiken": one per
 * scenario column, "niet geplaatst" and the growth path, taken from the sheet plan (so they
 * cannot drift from what is written), shown as the user's Excel shows them: in Dutch `ALS`, `SOM`
 * and ";" between arguments (src/i18n/formula.ts).
 *
 * @example
 *   formulaSnippets(plan, "nl")[0];
 *   // { cell: "B13", label: "A · Verdeling naar inwonertal", formula: "=THUIS.FAIRSHARE($B$3;Gemeenten[Inwonertal];$B$8)" }
 */
export interface FormulaSnippet {
  cell: string;
  label: string;
  formula: string;
}

export function formulaSnippets(plan: ScenarioPlan, language: Language): FormulaSnippet[] {
  const local = (formula: string) => displayFormula(formula, language);
  const out: FormulaSnippet[] = plan.scenarioColumns.map((c) => ({
    cell: address(plan.dataRow, c.column),
    label: c.label,
    formula: local(c.formula),
  }));
  const first = plan.scenarioColumns[plan.scenarioColumns.length - 1];
  if (first) {
    const cell = address(plan.notPlacedRow, first.column);
    out.push({
      cell,
      label: String(plan.cells[plan.notPlacedRow][0]),
      formula: local(String(plan.cells[plan.notPlacedRow][first.column])),
    });
  }
  if (plan.growth) {
    const cell = address(plan.growth.firstRow, 1);
    out.push({
      cell,
      label: String(plan.cells[plan.growth.headerRow - 1][0]),
      formula: local(String(plan.cells[plan.growth.firstRow][1])),
    });
  }
  return out;
}
