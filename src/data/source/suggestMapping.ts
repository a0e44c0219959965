import type { NumericColumn } from "../region";

/** A column the municipality table needs: the names and each figure. */
export type TableColumn = "name" | NumericColumn;

/**
 * Suggests, for each column Verdeelwijzer needs, the column of a region's own sheet that holds
 * it, from the header text alone: years, units and punctuation are ignored and synonyms count
 * ("Verhuringen sociale huur t/m liberalisatiegrens 2024" → mutaties sociale huur; "Inwoners per
 * 1 januari" → inwonertal). Each source column is suggested for one need at most; among equally
 * good headers the one with the latest year wins ("Verhuringen 2024" over "Verhuringen 2023").
 * A suggestion is only a suggestion: the pane shows it with a dropdown to change it.
 *
 * @example
 *   suggestMapping(["Gemeente", "Inwoners per 1 januari", "Verhuringen sociale huur 2024", "Verhuringen tot 1e aftoppingsgrens 2024"]);
 *   // { name: 0, population: 1, lettingsSocial: 2, lettingsCheap: 3, realised: null, origin: null, stock: null }
 */
export type Mapping = Record<TableColumn, number | null>;

/** The columns in the order the pane lists them. */
export const MAPPED_COLUMNS: readonly TableColumn[] = [
  "name",
  "population",
  "lettingsSocial",
  "lettingsCheap",
  "realised",
  "origin",
  "stock",
];

const LETTINGS = ["verhuringen", "verhuring", "mutaties", "mutatie", "toewijzingen", "toewijzing", "lettings", "verhuurd", "vrijgekomen"];
const CHEAP = ["aftoppingsgrens", "aftoppingsgrenzen", "aftopping", "goedkoop", "goedkope", "cheap", "cheapest"];
const SOCIAL = ["sociale", "sociaal", "social", "liberalisatiegrens", "huur", "dawi"];

/** How well a header's words say what a needed column is (0: not at all, 1: plainly). */
const SCORES: Record<TableColumn, (words: Set<string>) => number> = {
  name: (w) => (has(w, ["gemeente", "gemeenten", "gemeentenaam", "regios", "municipality", "municipalities", "naam", "name"]) ? 1 : 0),
  population: (w) => (has(w, ["inwoners", "inwonertal", "inwonersaantal", "bevolking", "population", "inhabitants", "residents"]) ? 1 : 0),
  lettingsCheap: (w) => (has(w, CHEAP) ? (has(w, LETTINGS) ? 1 : 0.7) : 0),
  lettingsSocial: (w) => (has(w, CHEAP) ? 0 : has(w, LETTINGS) ? (has(w, SOCIAL) ? 1 : 0.6) : 0),
  realised: (w) =>
    has(w, ["realisatie", "gerealiseerd", "gehuisvest", "realised", "realized", "housed"])
      ? 1
      : has(w, ["urgenten", "aandachtsgroepen", "huisvesting"])
        ? 0.5
        : 0,
  origin: (w) => (has(w, ["herkomst", "herkomstgemeente", "origin", "afkomstig"]) ? 1 : 0),
  stock: (w) =>
    has(w, ["woningvoorraad", "voorraad", "woningbezit", "bezit", "stock"]) ? 1 : has(w, ["woningen"]) && !has(w, LETTINGS) ? 0.6 : 0,
};

const has = (words: Set<string>, any: readonly string[]) => any.some((word) => words.has(word));

/** Lower case, no accents, no years or punctuation, split into words: "Inwoners (1-1-2024)" → {inwoners}. */
export function headerWords(header: string): Set<string> {
  const plain = header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/'/g, "")
    .replace(/\b(19|20)\d{2}\b/g, " ")
    .replace(/[^a-z0-9]+/g, " ");
  return new Set(plain.split(" ").filter((word) => word.length > 1 && !/^\d+$/.test(word)));
}

/** The latest year named in a header, or 0. */
function yearIn(header: string): number {
  const years = header.match(/\b(19|20)\d{2}\b/g) ?? [];
  return Math.max(0, ...years.map(Number));
}

export function suggestMapping(headers: readonly string[], options: { nameColumn?: number | null } = {}): Mapping {
  const candidates = MAPPED_COLUMNS.flatMap((key) =>
    headers.map((header, column) => ({ key, column, score: SCORES[key](headerWords(header)), year: yearIn(header) })),
  )
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || b.year - a.year || a.column - b.column);
  const mapping = Object.fromEntries(MAPPED_COLUMNS.map((key) => [key, null])) as Mapping;
  const taken = new Set<number>();
  if (options.nameColumn != null) {
    mapping.name = options.nameColumn;
    taken.add(options.nameColumn);
  }
  for (const { key, column } of candidates) {
    if (mapping[key] !== null || taken.has(column)) continue;
    mapping[key] = column;
    taken.add(column);
  }
  return mapping;
}
