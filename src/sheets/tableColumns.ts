import type { NumericColumn } from "../data/region";

/**
 * The municipality table ("Gemeenten"): its columns in order, their Dutch headers (what the
 * add-in writes), and the header names it recognises when reading a user's table back
 * (Dutch or English, any order, case and spaces ignored).
 *
 * @example
 *   matchHeader("Social lettings"); // "lettingsSocial"
 *   matchHeader("Inwoners");        // "population"
 */
export const TABLE_NAME = "Gemeenten";
export const TABLE_SHEET = "Gemeenten";

export type TableColumn = "name" | NumericColumn;

export const TABLE_COLUMNS: HeaderedColumn<TableColumn>[] = [
  { key: "name", header: "Gemeente", aliases: ["gemeente", "municipality", "naam", "name"] },
  { key: "population", header: "Inwonertal", aliases: ["inwonertal", "inwoners", "population", "weight", "gewicht"] },
  {
    key: "lettingsSocial",
    header: "Mutaties sociale huur",
    aliases: ["mutatiessocialehuur", "mutaties", "sociallettings", "lettings", "lettingssocial"],
  },
  {
    key: "lettingsCheap",
    header: "Mutaties tot 1e aftoppingsgrens",
    aliases: ["mutatiestot1eaftoppingsgrens", "mutatiesgoedkoop", "cheaplettings", "lettingscheap", "cheapestlettings"],
  },
  { key: "realised", header: "Realisatie", aliases: ["realisatie", "gerealiseerd", "realised", "realized", "housed"] },
  { key: "origin", header: "Herkomst", aliases: ["herkomst", "herkomstgemeente", "origin"] },
  { key: "stock", header: "Woningvoorraad", aliases: ["woningvoorraad", "voorraad", "stock", "housingstock"] },
];

/** A column of a table the add-in writes and reads back: its key, the header it writes, the headers it recognises. */
export interface HeaderedColumn<K extends string> {
  key: K;
  header: string;
  /** recognised headers, written as {@link normaliseHeader} leaves them */
  aliases: string[];
}

/** "Mutaties sociale huur" → "mutatiessocialehuur": case, spaces, punctuation and accents ignored. */
export function normaliseHeader(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** The column a header names among `columns`, or null (the one matcher of every table the add-in reads back). */
export function matchColumnHeader<K extends string>(columns: readonly HeaderedColumn<K>[], header: unknown): K | null {
  if (typeof header !== "string") return null;
  const key = normaliseHeader(header);
  return columns.find((c) => c.aliases.includes(key))?.key ?? null;
}

export function matchHeader(header: unknown): TableColumn | null {
  return matchColumnHeader(TABLE_COLUMNS, header);
}

/** Structured reference to a column of the table, e.g. Gemeenten[Inwonertal]. */
export function columnRef(table: string, key: TableColumn): string {
  const header = TABLE_COLUMNS.find((c) => c.key === key)!.header;
  return `${table}[${header}]`;
}
