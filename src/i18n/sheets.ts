import type { Language } from "./language";
import type { Catalogue } from "./message";

/**
 * The sheets catalogue: texts the add-in writes on sheets besides the scenario columns
 * (src/i18n/scenario.ts). Placeholders: {sheet}, {date}, {version}.
 */
const nl = {
  "chart.BarClustered": "gegroepeerde staaf",
  "chart.BarStacked": "gestapelde staaf",
  "chart.Line": "lijn",
  "valuesCopy.note":
    "Kopie met waarden van blad '{sheet}', gemaakt op {date} met Verdeelwijzer {version}. Zonder formules: verandert niet mee als de " +
    "gegevens veranderen.",
  // the input tables' prompts and notes (their headers stay Dutch: formulas name them)
  "table.countTitle": "Hele aantallen",
  "table.countPrompt": "Vul een heel aantal van 0 of meer in. Laat de cel leeg als het getal onbekend is (leeg is niet 0).",
  "table.countErrorTitle": "Geen geldig aantal",
  "table.countError": "Alleen hele aantallen van 0 of meer. Laat de cel leeg als het getal onbekend is.",
  "table.sources": "Bronnen {region}, peiljaar {year}:",
  "table.reconstructed": "[gereconstrueerd]",
  "table.edited":
    "In de tabel '{table}' op blad '{sheet}' zijn cijfers veranderd sinds Verdeelwijzer ze schreef; er is niets gewijzigd. Schrijf " +
    "opnieuw en bevestig om ze te vervangen door de cijfers in dit venster, of kies in stap 1 'Tabel in deze werkmap' om met de " +
    "cijfers uit de werkmap verder te gaan.",
  "groups.needTitle": "Behoefte per jaar",
  "groups.needPrompt": "Het aantal huishoudens van deze groep per jaar: een heel aantal van 0 of meer. Leeg is onbekend (niet 0).",
};

export type SheetTextKey = keyof typeof nl;

const en: Record<SheetTextKey, string> = {
  "chart.BarClustered": "clustered bar",
  "chart.BarStacked": "stacked bar",
  "chart.Line": "line",
  "valuesCopy.note":
    "Copy with values of sheet '{sheet}', made on {date} with Verdeelwijzer {version}. No formulas: does not change when the data change.",
  "table.countTitle": "Whole numbers",
  "table.countPrompt": "Enter a whole number of 0 or more. Leave the cell blank if the number is unknown (blank is not 0).",
  "table.countErrorTitle": "Not a valid number",
  "table.countError": "Only whole numbers of 0 or more. Leave the cell blank if the number is unknown.",
  "table.sources": "Sources {region}, reference year {year}:",
  "table.reconstructed": "[reconstructed]",
  "table.edited":
    "Figures in the table '{table}' on sheet '{sheet}' were changed since Verdeelwijzer wrote them; nothing was changed. Write " +
    "again and confirm to replace them with the figures in this pane, or choose 'Table in this workbook' in step 1 to go on with " +
    "the workbook's figures.",
  "groups.needTitle": "Need per year",
  "groups.needPrompt": "The number of households of this group per year: a whole number of 0 or more. Blank is unknown (not 0).",
};

export const SHEET_TEXTS: Catalogue<SheetTextKey> = { nl, en };

/** Excel's chart type ("BarClustered") as Excel names it to the user: "gegroepeerde staaf" / "clustered bar"; an unknown type as is. */
export function chartTypeName(type: string, language: Language): string {
  const key = `chart.${type}`;
  return key in SHEET_TEXTS[language] ? SHEET_TEXTS[language][key as SheetTextKey] : type;
}

/**
 * THE kinds of sheet the add-in owns, each with what it is called in a sentence: "Het blad
 * 'Correcties' is {de correctietabel …} van Verdeelwijzer". A key added here is a new kind
 * (src/excel/ownership.ts takes `SHEET_KINDS` from it); `unknown` is a recorded sheet whose kind
 * cannot be told.
 */
const kindNl = {
  scenario: "een scenarioblad",
  justification: "een verantwoordingsblad",
  monitor: "het monitorblad met de ingevulde realisatie",
  corrections: "de correctietabel (het verslag van de besluiten)",
  valuesCopy: "een kopie met waarden",
  unknown: "een blad (van onbekende soort)",
};

/** A kind of sheet, or "unknown". */
export type RecordedKind = keyof typeof kindNl;
/** A kind of sheet the add-in writes; a write of one kind never replaces a sheet of another. */
export type SheetKind = Exclude<RecordedKind, "unknown">;

export const SHEET_KIND_NAMES: Catalogue<RecordedKind> = {
  nl: kindNl,
  en: {
    scenario: "a scenario sheet",
    justification: "a justification sheet",
    monitor: "the monitor sheet with the realised figures entered",
    corrections: "the corrections table (the record of the decisions)",
    valuesCopy: "a values copy",
    unknown: "a sheet (of unknown kind)",
  },
};

/** What was to be written, as the subject of "… mag het niet vervangen". */
export const SHEET_KIND_WRITING: Catalogue<SheetKind> = {
  nl: {
    scenario: "Een scenarioblad",
    justification: "Een verantwoordingsblad",
    monitor: "Een monitorblad",
    corrections: "De correctietabel",
    valuesCopy: "Een kopie met waarden",
  },
  en: {
    scenario: "A scenario sheet",
    justification: "A justification sheet",
    monitor: "A monitor sheet",
    corrections: "The corrections table",
    valuesCopy: "A values copy",
  },
};

/** The kinds in the order above. */
export const SHEET_KINDS = (Object.keys(kindNl) as RecordedKind[]).filter((kind): kind is SheetKind => kind !== "unknown");

/**
 * The scenario sheet's own words (src/sheets/scenarioPlan.ts): title, row labels, chart titles,
 * the sources block and the footer. Placeholders: {year} (the reference year), {nouns} (the
 * blended key's column nouns).
 */
export type ScenarioSheetTextKey =
  | "title"
  | "municipality"
  | "total"
  | "notPlaced"
  | "growthTitle"
  | "chartTitle"
  | "groupChartTitle"
  | "sources"
  | "reconstructed"
  | "footer"
  | "keyFactors";

export const SCENARIO_SHEET_TEXTS: Catalogue<ScenarioSheetTextKey> = {
  nl: {
    title: "Verdeling urgente aandachtsgroepen",
    municipality: "Gemeente",
    total: "Regio totaal",
    notPlaced: "Niet geplaatst",
    growthTitle: "Groeipad van realisatie (B) naar fair share (A)",
    chartTitle: "Scenario's per gemeente",
    groupChartTitle: "Per aandachtsgroep per gemeente",
    sources: "Bronnen (peiljaar {year}):",
    reconstructed: "gereconstrueerd",
    footer: "Alle uitkomsten zijn hele woningen; elk totaal is de som van de getoonde cellen. Gemaakt met Verdeelwijzer (THUIS-functies).",
    keyFactors: "Verdeelsleutel A: factoren ({nouns})",
  },
  en: {
    title: "Allocation of urgent target groups",
    municipality: "Municipality",
    total: "Region total",
    notPlaced: "Not placed",
    growthTitle: "Growth path from realised (B) to fair share (A)",
    chartTitle: "Scenarios per municipality",
    groupChartTitle: "Per target group per municipality",
    sources: "Sources (reference year {year}):",
    reconstructed: "reconstructed",
    footer: "All results are whole dwellings; every total is the sum of the cells shown. Made with Verdeelwijzer (THUIS functions).",
    keyFactors: "Blended key A: factors ({nouns})",
  },
};

/**
 * The per-group block on the scenario sheet (src/sheets/groupBlockPlan.ts). Placeholder:
 * {column} (the scenario column whose totals the block honours). `refused` ends in a space: the
 * model's reason follows.
 */
export type GroupBlockTextKey =
  "title" | "method" | "municipality" | "total" | "need" | "weights" | "key" | "blendNote" | "refused" | "honoured" | "honour";

export const GROUP_BLOCK_TEXTS: Catalogue<GroupBlockTextKey> = {
  nl: {
    title: "Per aandachtsgroep: wie huisvest welke groep (THUIS.GROUPSHARE, biproportioneel)",
    method: "Verdeelmethode per groep (Sainte-Laguë = afronden, D'Hondt = naar beneden)",
    municipality: "Gemeente",
    total: "Totaal",
    need: "Behoefte per jaar",
    weights: "Gewichten per groep: de sleutelcijfers uit de tabel Gemeenten",
    key: "Sleutel",
    blendNote: "gemengde sleutel (exacte hele gewichten)",
    refused: "Geen verdeling per groep: ",
    honoured: "Gemeentetotaal ({column})",
    honour: "Gemeentetotalen uit kolom {column}",
  },
  en: {
    title: "Per target group: who houses which group (THUIS.GROUPSHARE, biproportional)",
    method: "Method per group (Webster = round, D'Hondt = down)",
    municipality: "Municipality",
    total: "Total",
    need: "Need per year",
    weights: "Weights per group: the key figures from the Gemeenten table",
    key: "Key",
    blendNote: "blended key (exact whole weights)",
    refused: "No allocation per group: ",
    honoured: "Municipality total ({column})",
    honour: "Municipality totals from column {column}",
  },
};

/**
 * Why a worksheet name cannot be used (src/sheets/sheetNames.ts), per rule it breaks.
 * Placeholders: {max} (31), {length}, {characters} (the forbidden ones found), {name}.
 */
export type SheetNameProblemTextKey = "empty" | "tooLong" | "badCharacter" | "apostrophe" | "reserved" | "taken";

export const SHEET_NAME_PROBLEM_TEXTS: Catalogue<SheetNameProblemTextKey> = {
  nl: {
    empty: "Geef het blad een naam.",
    tooLong: "Een bladnaam heeft hoogstens {max} tekens; deze heeft er {length}.",
    badCharacter: "Een bladnaam mag deze tekens niet bevatten: {characters}",
    apostrophe: "Een bladnaam mag niet met een apostrof (') beginnen of eindigen.",
    reserved: "'History' is in Excel gereserveerd; kies een andere naam.",
    taken: "Er is al een blad '{name}' (hoofdletters tellen niet mee).",
  },
  en: {
    empty: "Give the sheet a name.",
    tooLong: "A sheet name has at most {max} characters; this one has {length}.",
    badCharacter: "A sheet name cannot contain these characters: {characters}",
    apostrophe: "A sheet name cannot begin or end with an apostrophe (').",
    reserved: "'History' is reserved by Excel; choose another name.",
    taken: "There already is a sheet '{name}' (case does not count).",
  },
};
