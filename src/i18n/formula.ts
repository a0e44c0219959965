import type { Language } from "./language";

/**
 * THE translation of a formula the add-in writes (Excel's API takes the English, invariant
 * form: `=IF(A1="","",SUM(B1:B3))`, "," between arguments, "." as decimal point) into the form a
 * Dutch user sees in Dutch Excel: `=ALS(A1="";"";SOM(B1:B3))`. Used wherever a formula is shown
 * as text ("Zelf gebruiken" in the pane, the Verantwoording sheet). Text in double quotes, sheet
 * names in single quotes and structured references in brackets are left exactly as they are;
 * functions Excel does not translate (THUIS.*, and names not in the table) keep their name.
 *
 * @example
 *   displayFormula('=IF(SUM(B3:B5)=0,"",0.5*B2)', "nl"); // '=ALS(SOM(B3:B5)=0;"";0,5*B2)'
 *   displayFormula("=THUIS.CAP30(Gemeenten[Mutaties sociale huur],$B$5,$B$7)", "nl");
 *   // "=THUIS.CAP30(Gemeenten[Mutaties sociale huur];$B$5;$B$7)"
 *   displayFormula("=SUM(B3:B5)", "en"); // "=SUM(B3:B5)" (English Excel shows what is written)
 */
export const DUTCH_FUNCTION_NAMES: Readonly<Record<string, string>> = {
  ABS: "ABS",
  AND: "EN",
  CHAR: "TEKEN",
  COUNT: "AANTAL",
  COUNTA: "AANTALARG",
  COUNTIF: "AANTAL.ALS",
  COUNTIFS: "AANTALLEN.ALS",
  IF: "ALS",
  IFERROR: "ALS.FOUT",
  INDEX: "INDEX",
  INT: "INTEGER",
  ISBLANK: "ISLEEG",
  ISNUMBER: "ISGETAL",
  MATCH: "VERGELIJKEN",
  MAX: "MAX",
  MIN: "MIN",
  NA: "NB",
  NOT: "NIET",
  OR: "OF",
  ROUND: "AFRONDEN",
  ROUNDDOWN: "AFRONDEN.NAAR.BENEDEN",
  ROUNDUP: "AFRONDEN.NAAR.BOVEN",
  SUM: "SOM",
  SUMIF: "SOM.ALS",
  SUMIFS: "SOMMEN.ALS",
  SUBSTITUTE: "SUBSTITUEREN",
  SUMPRODUCT: "SOMPRODUCT",
  TRIM: "SPATIES.WISSEN",
};

const DUTCH_LOGICALS: Readonly<Record<string, string>> = { TRUE: "WAAR", FALSE: "ONWAAR" };

export function displayFormula(formula: string, language: Language): string {
  return language === "nl" ? dutchFormula(formula) : formula;
}

/** The whole translation: one pass over the text, copying quoted parts and brackets unchanged. */
export function dutchFormula(formula: string): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = closingQuote(formula, i);
      out += formula.slice(i, end);
      i = end;
    } else if (ch === "[") {
      const end = closingBracket(formula, i);
      out += formula.slice(i, end);
      i = end;
    } else if (ch === ",") {
      out += ";";
      i++;
    } else if (/[0-9]/.test(ch) && !/[A-Za-z0-9_$.]/.test(formula[i - 1] ?? "")) {
      const number = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(formula.slice(i))![0];
      out += number.replace(".", ",");
      i += number.length;
    } else if (/[A-Za-z_]/.test(ch)) {
      const word = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(formula.slice(i))![0];
      out += dutchWord(word, formula[i + word.length]);
      i += word.length;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** A function name before "(" from the table; TRUE/FALSE as a value; anything else (references, THUIS.*) as is. */
function dutchWord(word: string, next: string | undefined): string {
  const upper = word.toUpperCase();
  if (next === "(") return DUTCH_FUNCTION_NAMES[upper] ?? word;
  return DUTCH_LOGICALS[upper] ?? word;
}

/** Index just past the closing quote; a doubled quote inside is an escaped quote. */
function closingQuote(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote && text[i + 1] === quote) i += 2;
    else if (text[i] === quote) return i + 1;
    else i++;
  }
  return text.length;
}

/** Index just past the matching "]" (structured references nest: Tabel[[#Headers],[Naam]]). */
function closingBracket(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === "[") depth++;
    else if (text[i] === "]" && --depth === 0) return i + 1;
  }
  return text.length;
}
