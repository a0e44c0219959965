import { GROUP_KEY_WORDS } from "../../data/region";
import type { GroupModel, ScenarioGroups } from "../../scenario";
import {
  BiproportionalTrace,
  GroupCellWhy,
  decimalOfNumber,
  explainGroupCell,
  explainGroupMethod,
  traceBiproportional,
} from "../../engine/explain";
import { Language, listText } from "../../i18n";
import { previewOf } from "./derive";
import type { WizardState } from "./wizard";

/**
 * Everything the *Per groep* section shows that follows from the state, derived from THE
 * per-group model (src/scenario/groups.ts; the scenario model's `groups`, the one the sheet's block
 * is planned from — the pane's needs and chosen total reach it through settingsOf): the
 * municipality totals it honours, the matrix per group or the totals per municipality beside
 * "each group rounded on its own", the ties, and *Waarom?* for a cell. Pure; tested without React.
 */

/** The per-group block of the live preview (the scenario model's, the one the sheet is planned from); null while no group has a need. */
export function groupPreviewOf(state: WizardState): ScenarioGroups | null {
  return previewOf(state).model?.groups ?? null;
}

/** Σ of the known needs against Σ of the totals honoured: the live "samen … van …" line. */
export function groupNeedSums(group: GroupModel): { needs: number; totals: number } {
  return {
    needs: group.groups.reduce((s, g) => s + (g.need ?? 0), 0),
    totals: group.totals.reduce<number>((s, t) => s + (t ?? 0), 0),
  };
}

/** What the matrix view shows: the totals per municipality, or one group's column. */
export type GroupChoice = "total" | number;

export interface GroupViewRow {
  name: string;
  /** The block's number: the municipality's total (row sum), or the cell of the chosen group. */
  value: number | null;
  /** Each group rounded on its own: the row sum of those, or the chosen group's. */
  separate: number | null;
  /** separate − value: how far rounding per group is off (null where either is unknown). */
  difference: number | null;
}

/** The rows of the matrix view at 320 px: one value per municipality, beside each group rounded on its own. */
export function groupView(group: GroupModel, choice: GroupChoice): { rows: GroupViewRow[]; total: GroupViewRow } | null {
  const seats = group.result?.seats;
  if (!seats) return null;
  const rows = group.names.map((name, i): GroupViewRow => {
    const value = choice === "total" ? seats[i].reduce((s, x) => s + x, 0) : seats[i][choice];
    const separate = choice === "total" ? sumOrNull(group.separate[i]) : group.separate[i][choice];
    return { name, value, separate, difference: separate === null ? null : separate - value };
  });
  const sum = (pick: (r: GroupViewRow) => number | null) => sumOrNull(rows.map(pick));
  return { rows, total: { name: "", value: sum((r) => r.value), separate: sum((r) => r.separate), difference: sum((r) => r.difference) } };
}

function sumOrNull(values: readonly (number | null)[]): number | null {
  return values.some((v) => v === null) ? null : values.reduce<number>((s, v) => s + (v as number), 0);
}

/** How many municipalities the rounding per group puts off their total, and by how many dwellings in all. */
export function groupDrift(group: GroupModel): { municipalities: number; dwellings: number } {
  const off = group.drift.filter((d): d is number => d !== null && d !== 0);
  return { municipalities: off.length, dwellings: off.reduce((s, d) => s + Math.abs(d), 0) };
}

const traces = new WeakMap<GroupModel, BiproportionalTrace | null>();

/** The divisors behind the block (computed once per model). */
export function groupTrace(group: GroupModel): BiproportionalTrace | null {
  if (traces.has(group)) return traces.get(group) ?? null;
  const seats = group.result?.seats;
  const trace = seats ? traceBiproportional(exactWeights(group), seats, group.method) : null;
  traces.set(group, trace);
  return trace;
}

function exactWeights(group: GroupModel) {
  return group.weights.map((row) => row.map((w) => decimalOfNumber(w ?? 0)));
}

/** *Waarom?* for the cell of municipality `i` and group `j`, with the method in one paragraph. */
export function groupCellWhy(group: GroupModel, i: number, j: number, language: Language): (GroupCellWhy & { method: string }) | null {
  const trace = groupTrace(group);
  const seats = group.result?.seats;
  if (!trace || !seats) return null;
  const tied = group.result!.ties.some((t) => t.row === i && t.column === j);
  const why = explainGroupCell(trace, seats, exactWeights(group), i, j, {
    lang: language,
    municipalities: group.names,
    groups: group.groups.map((g) => g.name),
    own: group.separate[i][j],
    tied,
  });
  return { ...why, method: explainGroupMethod(trace, language) };
}

/** The ties as "Apeldoorn · Mantelzorg, Epe · Mantelzorg"; null when the block is unique. */
export function groupTiesText(group: GroupModel, language: Language): string | null {
  const ties = group.result?.ties ?? [];
  if (ties.length === 0) return null;
  return listText(
    ties.map((t) => `${group.names[t.row]} · ${group.groups[t.column].name}`),
    language,
  );
}

/** A group's key in the pane's language: "inwonertal", "origin", … */
export function groupKeyText(key: keyof typeof GROUP_KEY_WORDS, language: Language): string {
  return GROUP_KEY_WORDS[key][language];
}
