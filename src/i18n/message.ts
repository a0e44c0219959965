import type { Language } from "./language";

/**
 * THE message function: a text from a catalogue in the user's language, with `{name}`
 * placeholders filled from `vars`. A placeholder without a value stays visible (so a missing
 * value is seen in a test, not silently dropped).
 *
 * @example
 *   const CATALOGUE = { nl: { made: "Gemaakt op {date}" }, en: { made: "Made on {date}" } };
 *   message(CATALOGUE, "nl", "made", { date: "26-11-2026" }); // "Gemaakt op 26-11-2026"
 *   fillTemplate("{n} woningen", { n: 3 });                  // "3 woningen"
 */
export type Vars = Readonly<Record<string, string | number | bigint>>;

/** A catalogue: the same keys in every language (a missing translation is a compile error). */
export type Catalogue<K extends string> = Record<Language, Record<K, string>>;

export function fillTemplate(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function message<K extends string>(catalogue: Catalogue<K>, language: Language, key: K, vars: Vars = {}): string {
  return fillTemplate(catalogue[language][key], vars);
}

/** {@link message} in both languages, for a message carried to the user before the language is known (an adapter error). */
export function inBoth<K extends string>(catalogue: Catalogue<K>, key: K, vars: Vars = {}): { nl: string; en: string } {
  return { nl: message(catalogue, "nl", key, vars), en: message(catalogue, "en", key, vars) };
}

/** A value made once per language, e.g. an error's message in both: `{ nl: make("nl"), en: make("en") }`. */
export function inLanguages<T>(make: (language: Language) => T): Record<Language, T> {
  return { nl: make("nl"), en: make("en") };
}
