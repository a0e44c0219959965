/**
 * THE language of everything a user reads: Dutch (the default for our users) or English.
 * Detected once from Office's display language (the pane, the custom functions and the
 * preview all call {@link detectLanguage}); everything else receives a `Language`.
 *
 * @example
 *   detectLanguage("en-US"); // "en"
 *   detectLanguage("nl-NL"); // "nl"
 *   detectLanguage(undefined); // "nl" (outside Office)
 *   localeOf("nl"); // "nl-NL"
 */
export type Language = "nl" | "en";

export const LANGUAGES: readonly Language[] = ["nl", "en"];

export const DEFAULT_LANGUAGE: Language = "nl";

/** "en…" (Office's display language, a BCP 47 tag, or a `?lang=` query value) is English; anything else Dutch. */
export function detectLanguage(tag: string | null | undefined): Language {
  return tag && tag.trim().toLowerCase().startsWith("en") ? "en" : DEFAULT_LANGUAGE;
}

const LOCALES: Record<Language, string> = { nl: "nl-NL", en: "en-GB" };

/** The locale tag for `Intl` and for a display-language setting: nl-NL or en-GB. */
export function localeOf(language: Language): string {
  return LOCALES[language];
}
