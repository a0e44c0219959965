import type { Language } from "../i18n";
import { Cell, MAX_WEIGHT, isBlank, readCount } from "../engine/cells";
import { Field, InputError, inputError } from "../engine/errors";
import { GROUP_KEY_TEXTS } from "../i18n/data";
import { inBoth } from "../i18n/message";

/**
 * A region's municipality data: the input of every scenario. Counts are whole and ≥ 0;
 * `null` means *unknown* (a blank cell), which is not the same as 0.
 */
export interface Municipality {
  name: string;
  /** Weight for the fair share: CBS population on 1 January of the year before, or a stated substitute. */
  population: number | null;
  /** Social-rent lettings (≤ liberalisatiegrens) in the year. */
  lettingsSocial: number | null;
  /** Lettings up to the first aftoppingsgrens (the cheapest). */
  lettingsCheap: number | null;
  /** Households from urgent groups actually housed (scenario B). */
  realised: number | null;
  /** Households in need by municipality of origin (scenario F); often unknown. */
  origin: number | null;
  /** Social-rent housing stock (for the mutation rate); optional. */
  stock: number | null;
}

/** The numeric columns of {@link Municipality}, in table order. */
export const NUMERIC_COLUMNS = ["population", "lettingsSocial", "lettingsCheap", "realised", "origin", "stock"] as const;
export type NumericColumn = (typeof NUMERIC_COLUMNS)[number];

/** Where a column's figures come from, for display under tables and beside fields. */
export interface ColumnSource {
  nl: string;
  en: string;
  /** Reference year of the figures. */
  year: number | null;
  /** True where figures were reconstructed rather than published. */
  reconstructed?: boolean;
  /**
   * What the figures are, where the column's usual name would misdescribe them: the default
   * dataset's weights are the published fair share (column A), not inhabitants. Shown instead of
   * the column's name in the pane and on the sheets ({@link columnLabel}).
   */
  label?: { nl: string; en: string };
}

/**
 * The name to show for a column: the dataset's own label where it has one, with a capital,
 * else the usual name.
 *
 * @example
 * columnLabel({ nl: "…", en: "…", year: 2024, label: { nl: "gewicht: gepubliceerde fair share (kolom A)", en: "…" } }, "nl",
 * "Inwonertal");
 *   // "Gewicht: gepubliceerde fair share (kolom A)"
 */
export function columnLabel(source: ColumnSource | undefined, language: Language, usual: string): string {
  const own = source?.label?.[language];
  return own ? own.charAt(0).toUpperCase() + own.slice(1) : usual;
}

export interface RegionDataset {
  /** Display name, e.g. "Regio Stedendriehoek". */
  region: string;
  /** Reference year (peiljaar) of the data. */
  year: number;
  /** Regional need: households from urgent groups to house in the year. */
  need: number;
  municipalities: Municipality[];
  sources: Record<NumericColumn, ColumnSource>;
  /** The optional `Aandachtsgroepen` table: per target group its yearly need and key; absent = no groups. */
  groups?: GroupTable;
}

/**
 * What a target group's households are shared by over the municipalities: one column of the
 * `Gemeenten` table (population, municipality of origin, social-rent lettings, housing stock) or
 * `blend`, the scenario's blended key (step 3 of the pane: several columns with factors).
 */
export type GroupKey = "population" | "origin" | "lettingsSocial" | "stock" | "blend";
export const GROUP_KEYS: readonly GroupKey[] = ["population", "origin", "lettingsSocial", "stock", "blend"];

/**
 * One target group (*aandachtsgroep*) of the `Aandachtsgroepen` table. `need` is the number of
 * households of the group to house in the year; `null` means *unknown* (a blank cell), never 0:
 * a group with an unknown need takes no part in the per-group block.
 */
export interface TargetGroup {
  name: string;
  need: number | null;
  key: GroupKey;
  /**
   * Its row (1-based, in the table's body) in the workbook's `Aandachtsgroepen` table, when the
   * need shown is the one in that table: the scenario sheet's need cell then refers to it.
   */
  row?: number;
}

/** The groups of a region and where their needs come from (shown under the table). */
export interface GroupTable {
  groups: TargetGroup[];
  source: { nl: string; en: string };
}

/**
 * The words of a group key: what the add-in writes in the table (Dutch), the English word (both
 * from the catalogue `GROUP_KEY_TEXTS` in src/i18n/data.ts), and every word it recognises when
 * reading a key back (case, spaces and accents ignored).
 */
export const GROUP_KEY_WORDS: Record<GroupKey, { nl: string; en: string; aliases: string[] }> = {
  population: { ...inBoth(GROUP_KEY_TEXTS, "population"), aliases: ["inwonertal", "inwoners", "population", "fairshare"] },
  origin: { ...inBoth(GROUP_KEY_TEXTS, "origin"), aliases: ["herkomst", "herkomstgemeente", "origin"] },
  lettingsSocial: {
    ...inBoth(GROUP_KEY_TEXTS, "lettingsSocial"),
    aliases: ["mutaties", "mutatiessocialehuur", "lettings", "sociallettings"],
  },
  stock: { ...inBoth(GROUP_KEY_TEXTS, "stock"), aliases: ["woningvoorraad", "voorraad", "stock", "housingstock"] },
  blend: { ...inBoth(GROUP_KEY_TEXTS, "blend"), aliases: ["gemengdesleutel", "gemengd", "mix", "blend", "blendedkey", "blended"] },
};

/** Which engine field names a numeric column in messages. */
export const COLUMN_FIELDS: Record<NumericColumn, Field> = {
  population: "population",
  lettingsSocial: "lettings",
  lettingsCheap: "lettings",
  realised: "realised",
  origin: "origin",
  stock: "stock",
};

/** One problem in a dataset, located by municipality row (1-based) and column. */
export interface DatasetProblem {
  row: number;
  column: NumericColumn | "name";
  error: InputError;
}

/**
 * Every problem in a list of raw municipality rows: empty or duplicate names (case and spaces
 * ignored), numbers that are not whole, negative, text, or too large. Blank stays allowed
 * (unknown). Returns all problems at once so a form can mark each field.
 *
 * @example
 *   checkMunicipalities([{ name: "Epe", population: -1 }, { name: "epe " }]);
 *   // [ {row 1, population: "rij 1: inwonertal is negatief (-1)"},
 *   //   {row 2, name: "rij 2: gemeente "epe " komt meer dan één keer voor"} ]
 */
export function checkMunicipalities(rows: readonly RawMunicipality[]): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const seen = new Set<string>();
  rows.forEach((raw, i) => {
    const position = { row: i + 1 };
    const name = typeof raw.name === "string" ? raw.name.trim() : raw.name == null ? "" : String(raw.name);
    const key = name.toLocaleLowerCase("nl-NL").replace(/\s+/g, " ");
    if (name === "") problems.push({ row: i + 1, column: "name", error: inputError("emptyName", { field: "municipality", position }) });
    else if (seen.has(key))
      problems.push({
        row: i + 1,
        column: "name",
        error: inputError("duplicateName", { field: "municipality", position, value: raw.name }),
      });
    seen.add(key);
    for (const column of NUMERIC_COLUMNS) {
      const cell = raw[column];
      if (isBlank(cell)) continue;
      try {
        readCount(cell, { field: COLUMN_FIELDS[column], position, max: column === "population" ? MAX_WEIGHT : undefined });
      } catch (e) {
        if (e instanceof InputError) problems.push({ row: i + 1, column, error: e });
        else throw e;
      }
    }
  });
  return problems;
}

/** A municipality row as typed or read from a sheet, before checking. */
export type RawMunicipality = { name: Cell } & Partial<Record<NumericColumn, Cell>>;

/**
 * Turns raw rows into checked {@link Municipality} records, or throws the first problem.
 * Use {@link checkMunicipalities} to show every problem at once.
 */
export function toMunicipalities(rows: readonly RawMunicipality[]): Municipality[] {
  const problems = checkMunicipalities(rows);
  if (problems.length > 0) throw problems[0].error;
  return rows.map((raw) => {
    const value = (c: NumericColumn): number | null => (isBlank(raw[c]) ? null : (raw[c] as number) + 0); // -0 is 0
    return {
      name: String(raw.name).trim(),
      population: value("population"),
      lettingsSocial: value("lettingsSocial"),
      lettingsCheap: value("lettingsCheap"),
      realised: value("realised"),
      origin: value("origin"),
      stock: value("stock"),
    };
  });
}

/**
 * Validates a whole dataset (e.g. parsed JSON): region name, year, need and municipalities.
 * Throws the first {@link InputError}.
 */
export function loadRegion(input: {
  region: string;
  year: number;
  need: Cell;
  municipalities: readonly RawMunicipality[];
  sources: RegionDataset["sources"];
  groups?: GroupTable;
}): RegionDataset {
  if (input.municipalities.length === 0) throw inputError("empty", { field: "municipality" });
  return {
    region: input.region,
    year: input.year,
    need: readCount(input.need, { field: "total" }),
    municipalities: toMunicipalities(input.municipalities),
    sources: input.sources,
    ...(input.groups ? { groups: input.groups } : {}),
  };
}
