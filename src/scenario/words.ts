import type { NumericColumn } from "../data/region";
import type { Rounding } from "../engine/exact";
import type { Method } from "../engine/options";
import { Language, SCENARIO_TEXTS, listText, message, percentText } from "../i18n";
import { COLUMN_NOUN_TEXTS, METHOD_TEXTS, ROUNDING_TEXTS } from "../i18n/scenario";
import type { BlendedKey, ScenarioKey } from "./settings";

/**
 * The words the scenario model shows to people — on the sheet and in the pane — in Dutch
 * (default) and English. Option words are what the parameter cells on the sheet hold; the
 * THUIS functions accept every one of them (tested in test/scenario/words.test.ts), so a Dutch
 * sheet can say "half naar boven" where an English one says "round".
 *
 * @example
 *   ROUNDING_WORDS.nl.round;  // "half naar boven"
 */

export const ROUNDING_WORDS: Record<Language, Record<Rounding, string>> = ROUNDING_TEXTS;

export const METHOD_WORDS: Record<Language, Record<Method, string>> = METHOD_TEXTS;

/** What a blank in a table column means for a municipality, in a warning. */
export const COLUMN_NOUNS: Record<Language, Record<NumericColumn | "corrections", string>> = COLUMN_NOUN_TEXTS;

/** "50% inwonertal, 50% woningvoorraad". */
export function keyText(key: BlendedKey, language: Language): string {
  return key.columns.map((c, j) => `${percentText(key.factors[j], language)} ${COLUMN_NOUNS[language][c]}`).join(", ");
}

/** Municipalities that take no part in a column because a table column it reads is blank for them. */
export interface ScenarioWarning {
  key: ScenarioKey;
  column: NumericColumn;
  names: string[];
}

/** "Apeldoorn heeft geen inwonertal en doet niet mee in A." */
export function warningText(warning: ScenarioWarning, language: Language): string {
  return message(SCENARIO_TEXTS, language, warning.names.length > 1 ? "warning.many" : "warning.one", {
    names: listText(warning.names, language),
    noun: COLUMN_NOUNS[language][warning.column],
    column: warning.key,
  });
}
