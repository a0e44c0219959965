/* global Office */
/**
 * The only place the pane reads Office directly: the display language and the theme at
 * startup. Everything else goes through src/excel.
 */
import { DEFAULT_LANGUAGE, Language, detectLanguage } from "../i18n";

export type Theme = "light" | "dark";

export function officeEnvironment(): { language: Language; theme: Theme } {
  let language: Language = DEFAULT_LANGUAGE;
  let theme: Theme = "light";
  try {
    const ctx = Office.context as Office.Context & { officeTheme?: { bodyBackgroundColor?: string } };
    language = detectLanguage(ctx?.displayLanguage);
    const background = ctx?.officeTheme?.bodyBackgroundColor;
    if (background && isDark(background)) theme = "dark";
  } catch {
    // outside Office (preview, tests): Dutch, light
  }
  return { language, theme };
}

/** "#1f1f1f" is dark: relative luminance below one half. */
export function isDark(hex: string): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
