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

/**
 * The embedded default dataset's notes on its sources (src/data/stedendriehoek2024.ts): the
 * published table as a whole, the target groups' needs, and per column where its figures come
 * from (`population.label`: what its weights are, shown instead of the column's name).
 */
export type Stedendriehoek2024TextKey =
  "published" | "groups" | "population" | "population.label" | "lettingsSocial" | "lettingsCheap" | "realised" | "origin" | "stock";

export const STEDENDRIEHOEK_2024_TEXTS: Catalogue<Stedendriehoek2024TextKey> = {
  nl: {
    published:
      'Slides "Afsprakenkader huisvesting aandachtsgroepen" (Regio Stedendriehoek, 13-04-2026), tabel "Theorie vs praktijk"; data ' +
      "Spectrum / woningbouwcorporaties, peiljaar 2024",
    groups:
      "De behoefte per groep is niet gepubliceerd (slides 13-04-2026 noemen alleen de groepen): vul de eigen cijfers van de regio in. " +
      "Een lege behoefte is onbekend, niet 0.",
    population: "gewicht: gepubliceerde fair share (kolom A) — vervang door CBS-inwonertal per 1 januari",
    "population.label": "gewicht: gepubliceerde fair share (kolom A)",
    lettingsSocial: "mutaties sociale huur 2024, gereconstrueerd uit kolommen C en E (niet gepubliceerd)",
    lettingsCheap: "mutaties tot 1e aftoppingsgrens 2024, gereconstrueerd uit kolom D (niet gepubliceerd)",
    realised: "realisatie 2024 (kolom B), data Spectrum / woningbouwcorporaties",
    origin: "herkomstgemeente: niet gepubliceerd (kolom F is leeg)",
    stock: "woningvoorraad sociale huur: niet gepubliceerd",
  },
  en: {
    published:
      'Slides "Afsprakenkader huisvesting aandachtsgroepen" (Regio Stedendriehoek, 13 April 2026), table "Theorie vs praktijk"; data ' +
      "Spectrum / housing corporations, reference year 2024",
    groups:
      "The need per group is not published (the slides of 13 April 2026 only name the groups): fill in the region's own figures. " +
      "A blank need is unknown, not 0.",
    population: "weight: published fair share (column A) — replace with CBS population on 1 January",
    "population.label": "weight: published fair share (column A)",
    lettingsSocial: "social-rent lettings 2024, reconstructed from columns C and E (not published)",
    lettingsCheap: "lettings up to the first rent cap 2024, reconstructed from column D (not published)",
    realised: "realised 2024 (column B), data Spectrum / housing corporations",
    origin: "municipality of origin: not published (column F is empty)",
    stock: "social-rent stock: not published",
  },
};
