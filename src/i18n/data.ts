import type { Catalogue } from "./message";

/**
 * The data layer's texts in Dutch (default) and English, read with `message` / `inBoth`: why a
 * value the user typed or pasted is refused (src/data/readers.ts, `READER_TEXTS`), the words of
 * a target group's key (src/data/region.ts, `GROUP_KEY_TEXTS`) and a StatLine export's reference
 * date in words (src/data/source/statline.ts, `STATLINE_DATE_TEXTS`). `{value}` is the value as
 * typed or read, `{text}` and `{date}` the text as typed, `{row}`/`{name}` a pasted line or a
 * table row, `{problem}` a reader's message in the same language, `{list}` a list of values.
 *
 * @example
 *   message(READER_TEXTS, "nl", "notANumber", { value: "zeven" }); // "'zeven' is geen getal"
 *   message(STATLINE_DATE_TEXTS, "en", "firstOf", { month: "March", year: 2024 }); // "1 March 2024"
 */
export type ReaderTextKey =
  | "amountBlank"
  | "notANumber"
  | "notWholeDwellings"
  | "ambiguous"
  | "negative"
  | "notWhole"
  | "dateBlank"
  | "notADate"
  | "badYear"
  | "noSuchDay"
  | "row"
  | "moreThanOne"
  | "groupNameBlank"
  | "groupDuplicate"
  | "notHouseholds"
  | "notWholeHouseholds"
  | "tooLarge"
  | "notAKey"
  | "implausible"
  | "didYouMean";

export const READER_TEXTS: Catalogue<ReaderTextKey> = {
  nl: {
    amountBlank: "het bedrag is leeg",
    notANumber: "'{value}' is geen getal",
    notWholeDwellings: "{value} is geen heel aantal woningen",
    ambiguous: "'{text}' is dubbelzinnig: bedoelt u {sign}{whole}{part} of {sign}{whole},{part}? Typ het getal zonder punt of komma.",
    negative: "{value} is negatief",
    notWhole: "{value} is geen heel aantal",
    dateBlank: "vul de datum van het besluit in",
    notADate: "'{text}' is geen datum; schrijf dag-maand-jaar, bijvoorbeeld 26-11-2026",
    badYear: "{date}: het jaar {year} klopt niet",
    noSuchDay: "{date} bestaat niet (die maand heeft geen dag {day})",
    /** A problem of one pasted line or table row. */
    row: "rij {row} ({name}): {problem}",
    moreThanOne: "meer dan één getal ({list}); welk bedoelt u? Laat er één staan.",
    groupNameBlank: "de naam van de groep is leeg",
    groupDuplicate: "de groep '{name}' komt meer dan één keer voor",
    notHouseholds: "'{value}' is geen aantal huishoudens",
    notWholeHouseholds: "{value} is geen heel aantal huishoudens",
    tooLarge: "{value} is te groot (hoogstens {max})",
    notAKey: "'{value}' is geen sleutel; kies uit {list}",
    implausible: "{name}: {value} is veel meer dan de jaaropgave ({expected}); klopt dat?",
    didYouMean: "{problem} (bedoelt u {suggestion}?)",
  },
  en: {
    amountBlank: "the amount is blank",
    notANumber: "'{value}' is not a number",
    notWholeDwellings: "{value} is not a whole number of dwellings",
    ambiguous: "'{text}' is ambiguous: do you mean {sign}{whole}{part} or {sign}{whole}.{part}? Type the number without a point or comma.",
    negative: "{value} is negative",
    notWhole: "{value} is not a whole number",
    dateBlank: "enter the date of the decision",
    notADate: "'{text}' is not a date; write day-month-year, e.g. 26-11-2026",
    badYear: "{date}: the year {year} is not right",
    noSuchDay: "{date} does not exist (that month has no day {day})",
    row: "row {row} ({name}): {problem}",
    moreThanOne: "more than one number ({list}); which one do you mean? Leave one.",
    groupNameBlank: "the name of the group is blank",
    groupDuplicate: "the group '{name}' appears more than once",
    notHouseholds: "'{value}' is not a number of households",
    notWholeHouseholds: "{value} is not a whole number of households",
    tooLarge: "{value} is too large (at most {max})",
    notAKey: "'{value}' is not a key; choose from {list}",
    implausible: "{name}: {value} is far more than the yearly target ({expected}); is that right?",
    didYouMean: "{problem} (did you mean {suggestion}?)",
  },
};

/**
 * What a target group's households are shared by (src/data/region.ts's `GroupKey`): the word written in the table (Dutch) and
 * in English.
 */
export type GroupKeyTextKey = "population" | "origin" | "lettingsSocial" | "stock" | "blend";

export const GROUP_KEY_TEXTS: Catalogue<GroupKeyTextKey> = {
  nl: { population: "inwonertal", origin: "herkomst", lettingsSocial: "mutaties", stock: "woningvoorraad", blend: "gemengde sleutel" },
  en: { population: "population", origin: "origin", lettingsSocial: "lettings", stock: "stock", blend: "blended key" },
};

/** The months, in order: keys of {@link STATLINE_DATE_TEXTS}. */
export const MONTH_KEYS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;
export type MonthKey = (typeof MONTH_KEYS)[number];

/** A StatLine figure's reference date in words; `{month}` is a month's name from the same catalogue. */
export const STATLINE_DATE_TEXTS: Catalogue<MonthKey | "firstJanuary" | "firstOf" | "lastDecember" | "endOf"> = {
  nl: {
    january: "januari",
    february: "februari",
    march: "maart",
    april: "april",
    may: "mei",
    june: "juni",
    july: "juli",
    august: "augustus",
    september: "september",
    october: "oktober",
    november: "november",
    december: "december",
    firstJanuary: "1 januari {year}",
    firstOf: "1 {month} {year}",
    lastDecember: "31 december {year}",
    endOf: "eind {month} {year}",
  },
  en: {
    january: "January",
    february: "February",
    march: "March",
    april: "April",
    may: "May",
    june: "June",
    july: "July",
    august: "August",
    september: "September",
    october: "October",
    november: "November",
    december: "December",
    firstJanuary: "1 January {year}",
    firstOf: "1 {month} {year}",
    lastDecember: "31 December {year}",
    endOf: "end of {month} {year}",
  },
};
