import type { Catalogue } from "./message";

/**
 * The pane's import parts — a region's own range mapped once (`MAPPING_TEXTS`), and a CBS
 * StatLine export pasted or opened (`STATLINE_TEXTS`) — in Dutch (default) and English, read with
 * `message`; `{name}` marks a value.
 *
 * @example
 *   message(MAPPING_TEXTS, "nl", "foundMany", { n: 9 }); // "9 gemeenten gevonden."
 */
const mappingNl = {
  own: "Of wijs zelf de gegevens aan — een bereik zonder tabel kan ook:",
  selection: "Gebruik de selectie",
  table: "Een tabel",
  sheet: "Een blad",
  choose: "Kies…",
  title: "Koppeling met {where}",
  intro: "Per kolom die Verdeelwijzer nodig heeft: de kolom uit uw bron. Uw eigen cellen blijven ongewijzigd.",
  none: "— niet in de bron —",
  option: "{letter}: {header}",
  optionNoHeader: "{letter}: (zonder kop)",
  foundOne: "1 gemeente gevonden.",
  foundMany: "{n} gemeenten gevonden.",
  left: "Weggelaten rijen",
  "reason.title": "titel",
  "reason.total": "totaalrij",
  "reason.footnote": "voetnoot",
  "reason.empty": "lege rij",
  leftRow: "rij {row}: {reason}",
  leftRowText: "rij {row}: {reason} '{text}'",
  refusedTitle: "Niet te lezen (telt als onbekend, niet als 0)",
  refused: "{name}, {column}: '{text}'",
  noHeader: "Geen kopregel gevonden: selecteer de cellen met de kopregel en de gemeenten.",
};

export type MappingTextKey = keyof typeof mappingNl;

export const MAPPING_TEXTS: Catalogue<MappingTextKey> = {
  nl: mappingNl,
  en: {
    own: "Or point at the data yourself — a range without a table works too:",
    selection: "Use the selection",
    table: "A table",
    sheet: "A sheet",
    choose: "Choose…",
    title: "Mapping of {where}",
    intro: "For each column Verdeelwijzer needs: the column of your source. Your own cells stay unchanged.",
    none: "— not in the source —",
    option: "{letter}: {header}",
    optionNoHeader: "{letter}: (no header)",
    foundOne: "1 municipality found.",
    foundMany: "{n} municipalities found.",
    left: "Rows left out",
    "reason.title": "title",
    "reason.total": "totals row",
    "reason.footnote": "footnote",
    "reason.empty": "empty row",
    leftRow: "row {row}: {reason}",
    leftRowText: "row {row}: {reason} '{text}'",
    refusedTitle: "Cannot be read (counts as unknown, not as 0)",
    refused: "{name}, {column}: '{text}'",
    noHeader: "No header row found: select the cells with the header row and the municipalities.",
  },
};

const statlineNl = {
  title: "Inwonertal uit CBS StatLine",
  intro:
    "Download op StatLine de tabel 'Regionale kerncijfers Nederland' (70072ned) of 'Bevolkingsontwikkeling; regio per maand' " +
    "(37230ned) als CSV, en plak de inhoud hier of open het bestand.",
  paste: "Plak de CSV-export",
  open: "CSV-bestand openen",
  read: "{table}, {date}: {found} van de {n} gemeenten gevonden.",
  unnamedTable: "CBS StatLine",
  period: "Periode",
  missing: "Niet in de export: {names}. Hun inwonertal blijft leeg (onbekend).",
  ambiguous: "{name}: meer dan één CBS-naam past ({options}); hernoem de gemeente naar de CBS-spelling.",
  refused: "{name}: '{text}' is geen heel getal; blijft leeg.",
  apply: "Gebruik als inwonertal",
  applied: "Inwonertal vervangen. Bron: {source}",
  "problem.empty": "De export is leeg.",
  "problem.noRegionColumn": "Geen kolom met regio's gevonden (verwacht: 'Regio's'). Is dit een StatLine-export?",
  "problem.noPopulationColumn": "Geen kolom met inwoners gevonden. Kolommen in de export: {labels}.",
  "problem.noRows": "De export heeft geen regels met cijfers.",
  readOnly: "Het inwonertal komt uit uw werkmap; pas het daar aan.",
  comparison: "Vergelijking met de gepubliceerde kolom A",
  comparisonIntro: "A opnieuw verdeeld naar dit inwonertal, naast A zoals gepubliceerd.",
  municipality: "Gemeente",
  population: "Inwoners",
  computed: "A (CBS)",
  published: "gepubliceerd",
  difference: "verschil",
};

export type StatLineTextKey = keyof typeof statlineNl;

export const STATLINE_TEXTS: Catalogue<StatLineTextKey> = {
  nl: statlineNl,
  en: {
    title: "Population from CBS StatLine",
    intro:
      "On StatLine, download the table 'Regionale kerncijfers Nederland' (70072ned) or 'Bevolkingsontwikkeling; regio per maand' " +
      "(37230ned) as CSV, and paste its contents here or open the file.",
    paste: "Paste the CSV export",
    open: "Open CSV file",
    read: "{table}, {date}: {found} of the {n} municipalities found.",
    unnamedTable: "CBS StatLine",
    period: "Period",
    missing: "Not in the export: {names}. Their population stays blank (unknown).",
    ambiguous: "{name}: more than one CBS name fits ({options}); rename the municipality to the CBS spelling.",
    refused: "{name}: '{text}' is not a whole number; stays blank.",
    apply: "Use as population",
    applied: "Population replaced. Source: {source}",
    "problem.empty": "The export is empty.",
    "problem.noRegionColumn": "No column of regions found (expected: 'Regio's'). Is this a StatLine export?",
    "problem.noPopulationColumn": "No column of inhabitants found. Columns in the export: {labels}.",
    "problem.noRows": "The export has no lines with figures.",
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
