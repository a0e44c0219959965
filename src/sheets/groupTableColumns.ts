/**
 * The target-group table ("Aandachtsgroepen", issue 19): its columns in order, their Dutch headers
 * (what the add-in writes) and the header names it recognises when reading a region's own table
 * back (Dutch or English, any order, case, spaces and accents ignored) — as the `Gemeenten` table.
 *
 * @example
 *   matchGroupHeader("Need per year"); // "need"
 *   groupNeedRef("Aandachtsgroepen", 3); // "INDEX(Aandachtsgroepen[Behoefte per jaar],3)"
 */
import { HeaderedColumn, matchColumnHeader } from "./tableColumns";

export const GROUP_TABLE_NAME = "Aandachtsgroepen";
export const GROUP_TABLE_SHEET = "Aandachtsgroepen";

export type GroupTableColumn = "name" | "need" | "key";

export const GROUP_TABLE_COLUMNS: HeaderedColumn<GroupTableColumn>[] = [
  { key: "name", header: "Aandachtsgroep", aliases: ["aandachtsgroep", "groep", "doelgroep", "group", "targetgroup", "name", "naam"] },
  {
    key: "need",
    header: "Behoefte per jaar",
    aliases: ["behoefteperjaar", "behoefte", "jaarbehoefte", "aantal", "needperyear", "need", "yearlyneed"],
  },
  { key: "key", header: "Sleutel", aliases: ["sleutel", "verdeelsleutel", "key", "distributionkey"] },
];

export function matchGroupHeader(header: unknown): GroupTableColumn | null {
  return matchColumnHeader(GROUP_TABLE_COLUMNS, header);
}

/**
 * A group's need on a sheet: the cell of its row (1-based, in the table's body) in the need
 * column, by structured reference, so a need edited in the table flows into every formula on it.
 * A blank need reads as 0 there; the model leaves a group with a blank need out of the block.
 */
export function groupNeedRef(table: string, row: number): string {
  return `INDEX(${table}[${GROUP_TABLE_COLUMNS[1].header}],${row})`;
}
