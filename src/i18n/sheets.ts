import type { Catalogue } from "./message";

/**
 * The sheets catalogue: texts the add-in writes on sheets besides the scenario columns
 * (src/i18n/scenario.ts). Placeholders: {sheet}, {date}, {version}.
 */
const nl = {
  "valuesCopy.note":
    "Kopie met waarden van blad '{sheet}', gemaakt op {date} met Verdeelwijzer {version}. Zonder formules: verandert niet mee als de gegevens veranderen.",
};

export type SheetTextKey = keyof typeof nl;

const en: Record<SheetTextKey, string> = {
  "valuesCopy.note":
    "Copy with values of sheet '{sheet}', made on {date} with Verdeelwijzer {version}. No formulas: does not change when the data change.",
};

export const SHEET_TEXTS: Catalogue<SheetTextKey> = { nl, en };
