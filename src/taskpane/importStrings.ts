/**
 * The strings of the import parts of the pane — a region's own range mapped once, and a CBS
 * StatLine export pasted or opened — in Dutch (default) and English. Kept apart from strings.ts so
 * the import stays one self-contained addition.
 */
import type { Language } from "../i18n";
import type { StatLineRead } from "../data/source";

type Problem = Extract<StatLineRead, { ok: false }>["problem"];

const nl = {
  mapping: {
    own: "Of wijs zelf de gegevens aan — een bereik zonder tabel kan ook:",
    selection: "Gebruik de selectie",
    table: "Een tabel",
    sheet: "Een blad",
    choose: "Kies…",
    title: (where: string) => `Koppeling met ${where}`,
    intro: "Per kolom die Verdeelwijzer nodig heeft: de kolom uit uw bron. Uw eigen cellen blijven ongewijzigd.",
    none: "— niet in de bron —",
    option: (letter: string, header: string) => `${letter}: ${header || "(zonder kop)"}`,
    found: (n: number) => (n === 1 ? "1 gemeente gevonden." : `${n} gemeenten gevonden.`),
    left: "Weggelaten rijen",
    reason: { title: "titel", total: "totaalrij", footnote: "voetnoot", empty: "lege rij" } as Record<string, string>,
    leftRow: (row: number, reason: string, text: string) => `rij ${row}: ${reason}${text ? ` '${text}'` : ""}`,
    refusedTitle: "Niet te lezen (telt als onbekend, niet als 0)",
    refused: (name: string, column: string, text: string) => `${name}, ${column}: '${text}'`,
    noHeader: "Geen kopregel gevonden: selecteer de cellen met de kopregel en de gemeenten.",
  },
  statline: {
    title: "Inwonertal uit CBS StatLine",
    intro:
      "Download op StatLine de tabel 'Regionale kerncijfers Nederland' (70072ned) of 'Bevolkingsontwikkeling; regio per maand' " +
      "(37230ned) als CSV, en plak de inhoud hier of open het bestand.",
    paste: "Plak de CSV-export",
    open: "CSV-bestand openen",
    read: (table: string, date: string, found: number, n: number) => `${table}, ${date}: ${found} van de ${n} gemeenten gevonden.`,
    unnamedTable: "CBS StatLine",
    period: "Periode",
    missing: (names: string) => `Niet in de export: ${names}. Hun inwonertal blijft leeg (onbekend).`,
    ambiguous: (name: string, options: string) =>
      `${name}: meer dan één CBS-naam past (${options}); hernoem de gemeente naar de CBS-spelling.`,
    refused: (name: string, text: string) => `${name}: '${text}' is geen heel getal; blijft leeg.`,
    apply: "Gebruik als inwonertal",
    applied: (source: string) => `Inwonertal vervangen. Bron: ${source}`,
    problem: (p: Problem, labels: string) =>
      ({
        empty: "De export is leeg.",
        noRegionColumn: "Geen kolom met regio's gevonden (verwacht: 'Regio's'). Is dit een StatLine-export?",
        noPopulationColumn: `Geen kolom met inwoners gevonden. Kolommen in de export: ${labels}.`,
        noRows: "De export heeft geen regels met cijfers.",
      })[p],
    readOnly: "Het inwonertal komt uit uw werkmap; pas het daar aan.",
    comparison: "Vergelijking met de gepubliceerde kolom A",
    comparisonIntro: "A opnieuw verdeeld naar dit inwonertal, naast A zoals gepubliceerd.",
    municipality: "Gemeente",
    population: "Inwoners",
    computed: "A (CBS)",
    published: "gepubliceerd",
    difference: "verschil",
  },
};

export type ImportStrings = typeof nl;

const en: ImportStrings = {
  mapping: {
    own: "Or point at the data yourself — a range without a table works too:",
    selection: "Use the selection",
    table: "A table",
    sheet: "A sheet",
    choose: "Choose…",
    title: (where) => `Mapping of ${where}`,
    intro: "For each column Verdeelwijzer needs: the column of your source. Your own cells stay unchanged.",
    none: "— not in the source —",
    option: (letter, header) => `${letter}: ${header || "(no header)"}`,
    found: (n) => (n === 1 ? "1 municipality found." : `${n} municipalities found.`),
    left: "Rows left out",
    reason: { title: "title", total: "totals row", footnote: "footnote", empty: "empty row" },
    leftRow: (row, reason, text) => `row ${row}: ${reason}${text ? ` '${text}'` : ""}`,
    refusedTitle: "Cannot be read (counts as unknown, not as 0)",
    refused: (name, column, text) => `${name}, ${column}: '${text}'`,
    noHeader: "No header row found: select the cells with the header row and the municipalities.",
  },
  statline: {
    title: "Population from CBS StatLine",
    intro:
      "On StatLine, download the table 'Regionale kerncijfers Nederland' (70072ned) or 'Bevolkingsontwikkeling; regio per maand' " +
      "(37230ned) as CSV, and paste its contents here or open the file.",
    paste: "Paste the CSV export",
    open: "Open CSV file",
    read: (table, date, found, n) => `${table}, ${date}: ${found} of the ${n} municipalities found.`,
    unnamedTable: "CBS StatLine",
    period: "Period",
    missing: (names) => `Not in the export: ${names}. Their population stays blank (unknown).`,
    ambiguous: (name, options) => `${name}: more than one CBS name fits (${options}); rename the municipality to the CBS spelling.`,
    refused: (name, text) => `${name}: '${text}' is not a whole number; stays blank.`,
    apply: "Use as population",
    applied: (source) => `Population replaced. Source: ${source}`,
    problem: (p, labels) =>
      ({
        empty: "The export is empty.",
        noRegionColumn: "No column of regions found (expected: 'Regio's'). Is this a StatLine export?",
        noPopulationColumn: `No column of inhabitants found. Columns in the export: ${labels}.`,
        noRows: "The export has no lines with figures.",
      })[p],
    readOnly: "The population comes from your workbook; change it there.",
    comparison: "Comparison with the published column A",
    comparisonIntro: "A shared again by this population, beside A as published.",
    municipality: "Municipality",
    population: "Inhabitants",
    computed: "A (CBS)",
    published: "published",
    difference: "difference",
  },
};

export const IMPORT_STRINGS: Record<Language, ImportStrings> = { nl, en };
