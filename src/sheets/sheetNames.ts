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
  if (name.trim() === "") return problem("empty", "Geef het blad een naam.", "Give the sheet a name.");
  if (name.length > MAX_SHEET_NAME)
    return problem(
      "tooLong",
      `Een bladnaam heeft hoogstens ${MAX_SHEET_NAME} tekens; deze heeft er ${name.length}.`,
      `A sheet name has at most ${MAX_SHEET_NAME} characters; this one has ${name.length}.`,
    );
  if (bad)
    return problem(
      "badCharacter",
      `Een bladnaam mag deze tekens niet bevatten: ${bad}`,
      `A sheet name cannot contain these characters: ${bad}`,
    );
  if (name.startsWith("'") || name.endsWith("'"))
    return problem(
      "apostrophe",
      "Een bladnaam mag niet met een apostrof (') beginnen of eindigen.",
      "A sheet name cannot begin or end with an apostrophe (').",
    );
  if (name.toLowerCase() === "history")
    return problem(
      "reserved",
      "'History' is in Excel gereserveerd; kies een andere naam.",
      "'History' is reserved by Excel; choose another name.",
    );
  if (taken.some((t) => t.toLowerCase() === name.toLowerCase()))
    return problem(
      "taken",
      `Er is al een blad '${name}' (hoofdletters tellen niet mee).`,
      `There already is a sheet '${name}' (case does not count).`,
    );
  return null;
}

function problem(kind: SheetNameProblemKind, nl: string, en: string): SheetNameProblem {
  return { kind, nl, en };
}
