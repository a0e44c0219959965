import type { NumericColumn } from "../data/region";
import type { Rounding } from "../engine/exact";
import type { Method } from "../engine/options";

/**
 * The words the scenario model shows to people — on the sheet and in the pane — in Dutch
 * (default) and English. Option words are what the parameter cells on the sheet hold; the
 * THUIS functions accept every one of them (tested in test/scenario/words.test.ts), so a Dutch
 * sheet can say "half naar boven" where an English one says "round".
 *
 * @example
 *   percentText(0.3, "nl");   // "30%"
 *   percentText(0.125, "nl"); // "12,5%"
 *   ROUNDING_WORDS.nl.round;  // "half naar boven"
 */
export type Language = "nl" | "en";

export const ROUNDING_WORDS: Record<Language, Record<Rounding, string>> = {
  nl: { round: "half naar boven", down: "naar beneden", up: "naar boven" },
  en: { round: "round", down: "down", up: "up" },
};

export const METHOD_WORDS: Record<Language, Record<Method, string>> = {
  nl: { hamilton: "grootste overschot", webster: "Sainte-Laguë", dhondt: "D'Hondt" },
  en: { hamilton: "hamilton", webster: "webster", dhondt: "dhondt" },
};

/** What a blank in a table column means for a municipality, in a warning. */
export const COLUMN_NOUNS: Record<Language, Record<NumericColumn | "corrections", string>> = {
  nl: {
    population: "inwonertal",
    lettingsSocial: "mutaties sociale huur",
    lettingsCheap: "mutaties tot 1e aftoppingsgrens",
    realised: "realisatie",
    origin: "herkomstcijfer",
    stock: "woningvoorraad",
    corrections: "correctie",
  },
  en: {
    population: "population figure",
    lettingsSocial: "social-rent lettings",
    lettingsCheap: "lettings up to the first rent cap",
    realised: "realised figure",
    origin: "origin figure",
    stock: "housing stock",
    corrections: "correction",
  },
};

/** A share as a percentage for labels: 0.3 → "30%", 0.125 → "12,5%" (nl) or "12.5%" (en). */
export function percentText(share: number, language: Language): string {
  const percent = Math.round(share * 1e8) / 1e6; // 6 decimals of a percent; 0.07 × 100 is not 7 in binary
  const text = String(percent);
  return `${language === "nl" ? text.replace(".", ",") : text}%`;
}

/** "Epe", "Epe en Hattem", "Epe, Hattem en Heerde" (nl) / "Epe, Hattem and Heerde" (en). */
export function listText(names: readonly string[], language: Language): string {
  if (names.length <= 1) return names.join("");
  const and = language === "nl" ? " en " : " and ";
  return `${names.slice(0, -1).join(", ")}${and}${names[names.length - 1]}`;
}
