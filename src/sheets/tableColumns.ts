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

export const TABLE_COLUMNS: { key: TableColumn; header: string; aliases: string[] }[] = [
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

const normalise = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

export function matchHeader(header: unknown): TableColumn | null {
  if (typeof header !== "string") return null;
  const key = normalise(header);
  return TABLE_COLUMNS.find((c) => c.aliases.includes(key))?.key ?? null;
}

/** Structured reference to a column of the table, e.g. Gemeenten[Inwonertal]. */
export function columnRef(table: string, key: TableColumn): string {
  const header = TABLE_COLUMNS.find((c) => c.key === key)!.header;
  return `${table}[${header}]`;
}
