import type { Catalogue } from "./message";

/**
 * Where a region's figures come from when they are not a published source: typed in the pane, or
 * a table of the workbook (shown in Gegevens and on the Verantwoording sheet).
 *
 * @example
 *   message(SOURCE_TEXTS, "nl", "table", { table: "Gemeenten" }); // "tabel 'Gemeenten' in deze werkmap"
 */
export const SOURCE_TEXTS: Catalogue<"typed" | "table"> = {
  nl: { typed: "ingevoerd in de wizard", table: "tabel '{table}' in deze werkmap" },
  en: { typed: "entered in the wizard", table: "table '{table}' in this workbook" },
};
