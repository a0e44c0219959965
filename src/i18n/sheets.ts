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
};

export type SheetTextKey = keyof typeof nl;

const en: Record<SheetTextKey, string> = {
  "chart.BarClustered": "clustered bar",
  "chart.BarStacked": "stacked bar",
  "chart.Line": "line",
  "valuesCopy.note":
    "Copy with values of sheet '{sheet}', made on {date} with Verdeelwijzer {version}. No formulas: does not change when the data change.",
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
