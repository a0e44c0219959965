import type { Catalogue } from "./message";

/**
 * Where a region's figures come from when they are not a published source: typed in the pane, a
 * table of the workbook, or a column of a range on a sheet (shown in Gegevens and on the
 * Verantwoording sheet). Placeholders: {table}, {sheet}, {column} (a column letter, or "–").
 *
 * @example
 *   message(SOURCE_TEXTS, "nl", "table", { table: "Gemeenten" }); // "tabel 'Gemeenten' in deze werkmap"
 */
export const SOURCE_TEXTS: Catalogue<"typed" | "table" | "sheetColumn"> = {
  nl: { typed: "ingevoerd in de wizard", table: "tabel '{table}' in deze werkmap", sheetColumn: "uit blad '{sheet}', kolom {column}" },
  en: { typed: "entered in the wizard", table: "table '{table}' in this workbook", sheetColumn: "from sheet '{sheet}', column {column}" },
};

/**
 * A CBS StatLine export as the population's source: {table} (its title, with its id in
 * parentheses), {measure} and {date} (the reference date, in the language).
 *
 * @example
 *   message(STATLINE_SOURCE_TEXTS, "en", "withTable", { table: '"Bevolking" (03759ned)', measure: "Bevolking", date: "1 January 2024" });
 *   // 'CBS StatLine, table "Bevolking" (03759ned): Bevolking, 1 January 2024'
 */
export const STATLINE_SOURCE_TEXTS: Catalogue<"plain" | "withTable"> = {
  nl: { plain: "CBS StatLine: {measure}, {date}", withTable: "CBS StatLine, tabel {table}: {measure}, {date}" },
  en: { plain: "CBS StatLine: {measure}, {date}", withTable: "CBS StatLine, table {table}: {measure}, {date}" },
};
