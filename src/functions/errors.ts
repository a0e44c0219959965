import { InputError } from "../engine";
import { UNEXPECTED_ERROR_TEXTS } from "../i18n/inputErrors";
import { message } from "../i18n/message";
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

export function toExcelError(error: unknown, lang: Language): { code: ExcelErrorCode; message: string } {
  if (error instanceof InputError) return { code: error.code, message: error.text(lang) };
  return { code: "invalidValue", message: message(UNEXPECTED_ERROR_TEXTS, lang, "unexpected") };
}
