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
