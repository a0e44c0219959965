import type { Catalogue } from "./message";

/**
 * The engine's input errors (src/engine/errors.ts) in Dutch (default) and English, read with
 * `message`: the names of the inputs (`INPUT_FIELD_NAMES`), the words for a position and a list
 * of rows or columns (`POSITION_TEXTS`) and one message per kind of error (`INPUT_ERROR_TEXTS`).
 * `{name}` marks a value the engine fills in, already formatted: `{field}` and `{other}` a field's
 * name, `{value}` the offending value as typed, `{limit}` a limit, `{list}` a list of names.
 *
 * @example
 *   message(INPUT_ERROR_TEXTS, "nl", "negative", { field: "inwonertal", value: "-3" }); // "inwonertal is negatief (-3)"
 *   message(POSITION_TEXTS, "en", "row", { n: 4 }); // "row 4"
 */

/** Names of the inputs, so messages can say which one is wrong. */
export type InputField =
  | "total"
  | "weights"
  | "population"
  | "lettings"
  | "share"
  | "rounding"
  | "method"
  | "mode"
  | "demand"
  | "supply"
  | "capacity"
  | "start"
  | "target"
  | "startYear"
  | "endYear"
  | "targets"
  | "realised"
  | "allowCredit"
  | "stock"
  | "municipality"
  | "origin"
  | "year"
  | "threshold"
  | "factors"
  | "allocation"
  | "corrections"
  | "needs";

export const INPUT_FIELD_NAMES: Catalogue<InputField> = {
  nl: {
    total: "totaal",
    weights: "gewicht",
    population: "inwonertal",
    lettings: "mutaties",
    share: "aandeel",
    rounding: "afronding",
    method: "methode",
    mode: "modus",
    demand: "vraag",
    supply: "aanbod",
    capacity: "capaciteit",
    start: "beginwaarde",
    target: "doelwaarde",
    startYear: "beginjaar",
    endYear: "eindjaar",
    targets: "opgave",
    realised: "realisatie",
    allowCredit: "tegoed toestaan",
    stock: "woningvoorraad",
    municipality: "gemeente",
    origin: "herkomst",
    year: "jaar",
    threshold: "drempel",
    factors: "factor",
    allocation: "verdeling",
    corrections: "correctie",
    needs: "behoefte",
  },
  en: {
    total: "total",
    weights: "weight",
    population: "population",
    lettings: "lettings",
    share: "share",
    rounding: "rounding",
    method: "method",
    mode: "mode",
    demand: "demand",
    supply: "supply",
    capacity: "capacity",
    start: "start value",
    target: "target value",
    startYear: "start year",
    endYear: "end year",
    targets: "target",
    realised: "realised",
    allowCredit: "allow credit",
    stock: "housing stock",
    municipality: "municipality",
    origin: "origin",
    year: "year",
    threshold: "threshold",
    factors: "factor",
    allocation: "allocation",
    corrections: "correction",
    needs: "need",
  },
};

/**
 * Where a problem sits ("rij 4", "kolom 2") and a list of rows or columns ("kolommen 2, 5 en 7"):
 * `{items}` the numbers but the last, joined with ", "; `{n}` in `more` how many there are in all.
 */
const positionNl = {
  row: "rij {n}",
  column: "kolom {n}",
  rows: "rijen {items} en {last}",
  columns: "kolommen {items} en {last}",
  more: "… ({n} in totaal)",
};

export type PositionTextKey = keyof typeof positionNl;

export const POSITION_TEXTS: Catalogue<PositionTextKey> = {
  nl: positionNl,
  en: {
    row: "row {n}",
    column: "column {n}",
    rows: "rows {items} and {last}",
    columns: "columns {items} and {last}",
    more: "… ({n} in all)",
  },
};

/** Every way input can be wrong. Each kind has one Excel error code (in the engine) and one message. */
export type InputErrorKind =
  | "notNumber"
  | "notFinite"
  | "negative"
  | "notWhole"
  | "tooLarge"
  | "blankRequired"
  | "shareOutOfRange"
  | "allZero"
  | "empty"
  | "notVector"
  | "notSingle"
  | "shapeMismatch"
  | "unknownMethod"
  | "unknownRounding"
  | "unknownMode"
  | "notBoolean"
  | "yearOrder"
  | "yearOutOfRange"
  | "tooManyYears"
  | "zeroStock"
  | "duplicateName"
  | "emptyName"
  | "yearOutsidePath"
  | "thresholdOrder"
  | "unknownName"
  | "ambiguousName"
  | "factorsMissing"
  | "factorCount"
  | "factorSum"
  | "keyColumnZero"
  | "correctionTooLarge"
  | "adjustCannotTake"
  | "adjustCannotAdd"
  | "marginSum"
  | "noPositiveWeight"
  | "infeasiblePattern"
  | "unknownGroupMethod";

/**
 * One message per kind; a kind whose sentence varies has a key per variant (`noPositiveWeight.row`
 * and `.column`) or is put together from parts (`infeasiblePattern`: `{need}` and `{serve}`, each
 * in the singular or the plural).
 */
const errorNl = {
  notNumber: "{field} is geen getal ({value})",
  notFinite: "{field} is geen eindig getal",
  negative: "{field} is negatief ({value})",
  notWhole: "{field} moet een geheel aantal zijn ({value})",
  tooLarge: "{field} is te groot ({value}; maximaal {limit})",
  blankRequired: "{field} ontbreekt (lege cel)",
  shareOutOfRange: "{field} moet tussen 0 en 1 liggen ({value}); gebruik 30% of 0,3",
  allZero: "alle waarden van {field} zijn 0 of leeg: er is niets om naar te verdelen",
  empty: "{field} bevat geen enkele waarde",
  notVector: "{field} moet één rij of één kolom zijn, geen blok van meerdere rijen en kolommen",
  notSingle: "{field} moet één waarde zijn, geen bereik van meerdere cellen",
  shapeMismatch: "{field} en {other} moeten even groot zijn",
  unknownMethod: 'onbekende methode {value}; kies "hamilton", "webster" of "dhondt"',
  unknownRounding: 'onbekende afronding {value}; kies "round", "down" of "up"',
  unknownMode: 'onbekende modus {value}; kies "region" of "local"',
  notBoolean: "{field} moet WAAR of ONWAAR zijn ({value})",
  /** `{start}` and `{end}`: the start and end year */
  yearOrder: "het eindjaar {end} ligt vóór het beginjaar {start}",
  yearOutOfRange: "{field} moet een jaartal tussen 1900 en 2200 zijn ({value})",
  tooManyYears: "het groeipad is langer dan {limit} jaar",
  zeroStock: "de woningvoorraad is in totaal 0: delen door 0",
  duplicateName: "{field} {value} komt meer dan één keer voor",
  emptyName: "{field}: de naam is leeg",
  /** `{year}` the year asked for, `{from}`–`{to}` the path's first and last year */
  yearOutsidePath: "jaar {year} ligt buiten het groeipad {from}–{to}",
  thresholdOrder: 'de drempel voor "achter" ({value}) ligt boven die voor "op koers" ({limit})',
  unknownName: "{field} {value} hoort niet bij de regio",
  /** `{list}` the municipalities the name fits */
  ambiguousName: "{field} {value} past bij meer dan één gemeente ({list}); schrijf de naam voluit",
  // Blended keys (FAIRSHARE with factors); `{sum}` the exact sum of the factors
  factorsMissing: "{field} is een blok van {limit} kolommen: geef per kolom een factor (samen 1), of gebruik één rij of kolom",
  factorCount: "het aantal factoren ({value}) verschilt van het aantal sleutelkolommen ({limit})",
  factorSum: "de factoren tellen op tot {sum}, niet tot 1; gebruik bijv. 50% en 50% of 0,5 en 0,5",
  keyColumnZero: "de sleutelkolom telt op tot 0 over de rijen die meedoen: delen door 0",
  // Local corrections (ADJUST)
  correctionTooLarge: "de correctie ({value}) maakt de verdeling ({limit}) negatief",
  adjustCannotTake: "de correcties vragen samen {value} extra, maar de rijen zonder correctie kunnen er maar {limit} afstaan",
  adjustCannotAdd:
    "de correcties geven samen {value} vrij, maar er is geen rij zonder correctie met een gewicht groter dan 0 om ze over te verdelen",
  // Biproportional apportionment (GROUPSHARE)
  marginSum: "de totalen per gemeente tellen op tot {value} en de behoeften per groep tot {limit}: die moeten gelijk zijn",
  "noPositiveWeight.row": "{field} is {value}, maar deze rij heeft geen gewicht groter dan 0 in een kolom met een behoefte groter dan 0",
  "noPositiveWeight.column": "{field} is {value}, maar deze kolom heeft geen gewicht groter dan 0 in een rij met een totaal groter dan 0",
  infeasiblePattern: "{need}, {serve}: de nullen in de gewichten maken het onmogelijk om alle totalen en behoeften precies te halen",
  /** `{columns}` a list of columns, `{need}` their need */
  "infeasiblePattern.needOne": "{columns} heeft een behoefte van {need}",
  "infeasiblePattern.needMany": "{columns} hebben samen een behoefte van {need}",
  /** `{rows}` a list of rows, `{total}` their total */
  "infeasiblePattern.serveNone": "maar geen rij met een totaal groter dan 0 heeft daar een gewicht groter dan 0",
  "infeasiblePattern.serveOne": "maar alleen {rows} heeft daar een gewicht groter dan 0, met samen een totaal van {total}",
  "infeasiblePattern.serveMany": "maar alleen {rows} hebben daar een gewicht groter dan 0, met samen een totaal van {total}",
  unknownGroupMethod: 'onbekende methode {value}; kies "webster" (gewoon afronden) of "dhondt" (naar beneden afronden)',
};

export type InputErrorTextKey = keyof typeof errorNl;

export const INPUT_ERROR_TEXTS: Catalogue<InputErrorTextKey> = {
  nl: errorNl,
  en: {
    notNumber: "{field} is not a number ({value})",
    notFinite: "{field} is not a finite number",
    negative: "{field} is negative ({value})",
    notWhole: "{field} must be a whole number ({value})",
    tooLarge: "{field} is too large ({value}; at most {limit})",
    blankRequired: "{field} is missing (blank cell)",
    shareOutOfRange: "{field} must lie between 0 and 1 ({value}); use 30% or 0.3",
    allZero: "every {field} is 0 or blank: there is nothing to share by",
    empty: "{field} holds no value at all",
    notVector: "{field} must be a single row or column, not a block of several rows and columns",
    notSingle: "{field} must be one value, not a range of several cells",
    shapeMismatch: "{field} and {other} must have the same size",
    unknownMethod: 'unknown method {value}; choose "hamilton", "webster" or "dhondt"',
    unknownRounding: 'unknown rounding {value}; choose "round", "down" or "up"',
    unknownMode: 'unknown mode {value}; choose "region" or "local"',
    notBoolean: "{field} must be TRUE or FALSE ({value})",
    yearOrder: "the end year {end} lies before the start year {start}",
    yearOutOfRange: "{field} must be a year between 1900 and 2200 ({value})",
    tooManyYears: "the growth path is longer than {limit} years",
    zeroStock: "the housing stock totals 0: division by zero",
    duplicateName: "{field} {value} occurs more than once",
    emptyName: "{field}: the name is empty",
    yearOutsidePath: "year {year} lies outside the growth path {from}–{to}",
    thresholdOrder: 'the threshold for "behind" ({value}) lies above the one for "on track" ({limit})',
    unknownName: "{field} {value} is not in the region",
    ambiguousName: "{field} {value} fits more than one municipality ({list}); write the name in full",
    factorsMissing: "{field} is a block of {limit} columns: give one factor per column (adding up to 1), or use a single row or column",
    factorCount: "the number of factors ({value}) differs from the number of key columns ({limit})",
    factorSum: "the factors add up to {sum}, not 1; use e.g. 50% and 50% or 0.5 and 0.5",
    keyColumnZero: "the key column adds up to 0 over the rows that take part: division by zero",
    correctionTooLarge: "the correction ({value}) makes the allocation ({limit}) negative",
    adjustCannotTake: "the corrections need {value} more in total, but the rows without a correction can give only {limit}",
    adjustCannotAdd:
      "the corrections free {value} in total, but there is no row without a correction and with a weight above 0 to share them over",
    marginSum: "the municipality totals add up to {value} and the group needs to {limit}: they must be equal",
    "noPositiveWeight.row": "the {field} is {value}, but this row has no weight above 0 in a column with a need above 0",
    "noPositiveWeight.column": "the {field} is {value}, but this column has no weight above 0 in a row with a total above 0",
    infeasiblePattern: "{need}, {serve}: the zeros in the weights make it impossible to meet every total and need exactly",
    "infeasiblePattern.needOne": "{columns} needs {need} in total",
    "infeasiblePattern.needMany": "{columns} need {need} in total",
    "infeasiblePattern.serveNone": "but no row with a total above 0 has a weight above 0 there",
    "infeasiblePattern.serveOne": "but only {rows} has a weight above 0 there, with a total of {total}",
    "infeasiblePattern.serveMany": "but only {rows} have a weight above 0 there, with a total of {total}",
    unknownGroupMethod: 'unknown method {value}; choose "webster" (standard rounding) or "dhondt" (rounding down)',
  },
};

/** What a custom function says when something other than an input error went wrong (a bug on our side). */
export const UNEXPECTED_ERROR_TEXTS: Catalogue<"unexpected"> = {
  nl: { unexpected: "onverwachte fout in Verdeelwijzer; controleer de invoer" },
  en: { unexpected: "unexpected error in Verdeelwijzer; check the input" },
};
