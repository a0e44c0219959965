import { InputError } from "../engine";
import type { Language } from "../i18n";

/**
 * InputError → what a custom function returns to Excel: the error family of design §2 and
 * the message in the user's language. Excel shows a message only with #VALUE! (and #N/A), so
 * every input the user can fix is #VALUE!; #DIV/0! only when there is nothing to divide by. Anything that is not an InputError is a bug
 * on our
 * side: it still gives #VALUE! with a plain message rather than crashing the runtime.
 *
 * @example
 *   toExcelError(new InputError("negative", { field: "population", position: { row: 4 }, value: -3 }), "nl");
 *   // { code: "invalidValue", message: "rij 4: inwonertal is negatief (-3)" }
 */
export type ExcelErrorCode = "invalidValue" | "divisionByZero";

const UNEXPECTED: Record<Language, string> = {
  nl: "onverwachte fout in Verdeelwijzer; controleer de invoer",
  en: "unexpected error in Verdeelwijzer; check the input",
};

export function toExcelError(error: unknown, lang: Language): { code: ExcelErrorCode; message: string } {
  if (error instanceof InputError) return { code: error.code, message: error.text(lang) };
  return { code: "invalidValue", message: UNEXPECTED[lang] };
}
