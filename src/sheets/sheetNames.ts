import { type Vars, inBoth } from "../i18n/message";
import { SHEET_NAME_PROBLEM_TEXTS } from "../i18n/sheets";

/**
 * Excel's rules for a worksheet name, checked before anything is written so the pane can say
 * what is wrong instead of Excel failing halfway: 1–31 characters, none of : \ / ? * [ ],
 * not starting or ending with an apostrophe, not the reserved name "History", and not the name
 * of another sheet (Excel compares names without regard to case).
 *
 * @example
 *   sheetNameProblem("Verdeling 2024", ["Blad1"]); // null
 *   sheetNameProblem("a/b:c*", []);                // { kind: "badCharacter", ... }
 */
export type SheetNameProblemKind = "empty" | "tooLong" | "badCharacter" | "apostrophe" | "reserved" | "taken";

export interface SheetNameProblem {
  kind: SheetNameProblemKind;
  nl: string;
  en: string;
}

export const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;

/** The first rule `name` breaks, or null. `taken` are the other sheets' names (not the add-in's own sheet being updated). */
export function sheetNameProblem(name: string, taken: readonly string[] = []): SheetNameProblem | null {
  // joined with no-break spaces: at 320 px the list of characters wraps as one word, never "/ :" and "*" apart
  const bad = [...new Set(name.match(FORBIDDEN) ?? [])].join("\u00a0");
  if (name.trim() === "") return problem("empty");
  if (name.length > MAX_SHEET_NAME) return problem("tooLong", { max: MAX_SHEET_NAME, length: name.length });
  if (bad) return problem("badCharacter", { characters: bad });
  if (name.startsWith("'") || name.endsWith("'")) return problem("apostrophe");
  if (name.toLowerCase() === "history") return problem("reserved");
  if (taken.some((t) => t.toLowerCase() === name.toLowerCase())) return problem("taken", { name });
  return null;
}

function problem(kind: SheetNameProblemKind, vars: Vars = {}): SheetNameProblem {
  return { kind, ...inBoth(SHEET_NAME_PROBLEM_TEXTS, kind, vars) };
}
