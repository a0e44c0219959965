import { Language } from "../../i18n";
import { ScenarioModel, methodRanges } from "../../scenario";

/**
 * The preview as plain rows for the per-municipality table: names from the data, one value
 * per scenario key, and the columns with their labels (shares as chosen). Null where a
 * scenario has no value for a municipality (blank input).
 */
export function perMunicipalityOf(
  model: ScenarioModel,
  language: Language,
): {
  rows: { name: string; values: Record<string, number | null>; range: { low: number; high: number } | null }[];
  columns: { key: string; label: string; text: string }[];
} {
  const ranges = methodRanges(model); // A under Hamilton, Sainte-Laguë and D'Hondt
  return {
    columns: model.columns
      .filter((c) => c.def.placement)
      .map((c) => ({ key: c.key, label: c.def.short(model.labels, language), text: c.def.shortText(model.labels, language) })),
    rows: model.input.names.map((name, i) => ({
      name,
      values: Object.fromEntries(model.columns.map((c) => [c.key, c.values[i]])),
      range: ranges[i],
    })),
  };
}
