import type { ColumnSource } from "../../data/region";
import { nameKey } from "../../data/matchNames";
import { matchStatLine, readStatLine, type StatLineMatch, type StatLineRead } from "../../data/source";
import { STEDENDRIEHOEK_2024_PUBLISHED } from "../../data/stedendriehoek2024";
import { fairShare } from "../../engine/fairShare";
import type { Language } from "../../i18n/language";
import { inLanguages, message } from "../../i18n/message";
import { STATLINE_SOURCE_TEXTS } from "../../i18n/sources";
import { datasetOf } from "./derive";
import type { WizardState } from "./wizard";

/**
 * A pasted or opened CBS StatLine export, read against the region in the pane: which
 * municipality gets which figure, which are missing or ambiguous, and the source text the
 * dataset (and so the Verantwoording) will name. Nothing is applied until the user says so.
 *
 * @example
 *   const p = statLinePreview(csvText, "Regionale_kerncijfers_Nederland_03022022_140149.csv", state);
 *   p.read.ok && p.found;   // 9 of the 9 municipalities
 *   p.source.nl;            // 'CBS StatLine, tabel "Regionale kerncijfers Nederland" (70072ned): …, 1 januari 2019'
 */
export interface StatLinePreview {
  read: StatLineRead;
  matches: StatLineMatch[];
  /** Municipalities that get a figure. */
  found: number;
  /** The figures per municipality in the pane's order (null: none found or unknown). */
  values: (number | null)[];
  source: ColumnSource | null;
}

export function statLinePreview(text: string, fileName: string | undefined, state: WizardState, period?: string): StatLinePreview {
  const read = readStatLine(text, { fileName, period });
  if (!read.ok) return { read, matches: [], found: 0, values: [], source: null };
  const matches = matchStatLine(
    read.rows,
    state.rows.map((r) => r.name),
  );
  const values = matches.map((m) => (m.value?.kind === "number" ? m.value.value : null));
  return { read, matches, found: values.filter((v) => v !== null).length, values, source: statLineSource(read) };
}

/** The source line for the population column: table, id, measure and reference date, in both languages. */
export function statLineSource(read: Extract<StatLineRead, { ok: true }>): ColumnSource {
  const table = read.table.title ? `"${read.table.title}"${read.table.id ? ` (${read.table.id})` : ""}` : null;
  const text = (language: Language) =>
    message(STATLINE_SOURCE_TEXTS, language, table ? "withTable" : "plain", {
      table: table ?? "",
      measure: read.measure,
      date: read.date[language],
    });
  return { ...inLanguages(text), year: read.year };
}

/**
 * Column A as published beside column A from the population now in the pane, per municipality,
 * with the difference — for the embedded region only (the published table is its own), and only
 * once the weights are no longer the published column itself. Null otherwise.
 *
 * @example
 *   publishedComparison(stateWithCbsPopulation);
 *   // [{ name: "Apeldoorn", population: 162445, computed: 420, published: 422, difference: -2 }, …]
 */
export function publishedComparison(
  state: WizardState,
): { name: string; population: number | null; computed: number | null; published: number; difference: number | null }[] | null {
  const P = STEDENDRIEHOEK_2024_PUBLISHED;
  const sameRegion =
    state.rows.length === P.municipalities.length && state.rows.every((r, i) => nameKey(r.name) === nameKey(P.municipalities[i]));
  const dataset = datasetOf(state);
  if (!sameRegion || !dataset || state.sources.population.label) return null;
  let computed: (number | null)[];
  try {
    computed = fairShare(
      dataset.need,
      dataset.municipalities.map((m) => m.population),
      state.method,
    );
  } catch {
    return null; // nothing to share by yet (all blank): the data step names that itself
  }
  return dataset.municipalities.map((m, i) => ({
    name: m.name,
    population: m.population,
    computed: computed[i],
    published: P.fairShare[i],
    difference: computed[i] === null ? null : computed[i]! - P.fairShare[i],
  }));
}
