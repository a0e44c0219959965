import type { Catalogue } from "./message";

/**
 * The scenario catalogue: the label, short label and rule of every scenario column (sheet header,
 * pane cards, Verantwoording), the warnings about blank inputs and the texts a correction writes.
 * The parameters' labels (sheet, pane, Verantwoording).
 * Placeholders: {cap} and {min} (the shares as percentages), {year}, {key} (a blended key in
 * words), {base} (the scenario that corrections adjust), {names}, {noun}, {column}.
 */
const nl = {
  emptyKey:
    "De verdeelsleutel rust op {names}, maar die kolom heeft in de tabel geen waarden (alle cellen leeg of 0). Vul de kolom in of laat " +
    "haar uit de sleutel.",
  "A.label": "A · Verdeling naar inwonertal",
  "A.labelKey": "A · Verdeling naar verdeelsleutel ({key})",
  "A.short": "Naar inwonertal",
  "A.shortKey": "Naar verdeelsleutel",
  "A.rule": "De regionale opgave naar rato van het inwonertal, in hele woningen.",
  "A.ruleKey": "De regionale opgave naar rato van een verdeelsleutel: {key}, elke kolom eerst gedeeld door haar eigen totaal.",
  "B.label": "B · Realisatie {year}",
  "B.short": "Realisatie",
  "B.rule": "Wat in het peiljaar werkelijk is gehuisvest.",
  "C.label": "C · Max. {cap} van de mutaties sociale huur",
  "C.short": "Max. {cap} sociale huur",
  "C.rule": "Hoogstens {cap} van de mutaties sociale huur.",
  "D.label": "D · Max. {cap} van mutaties tot 1e aftoppingsgrens",
  "D.short": "Max. {cap} goedkoopste",
  "D.rule": "Hoogstens {cap} van de goedkoopste mutaties (tot de 1e aftoppingsgrens).",
  "E.label": "E · Min. {min} uit Wet regie",
  "E.short": "Min. {min} Wet regie",
  "E.rule": "Minstens {min} van de mutaties sociale huur (Wet versterking regie volkshuisvesting).",
  "F.label": "F · Verdeling naar herkomst gemeente",
  "F.short": "Naar herkomst",
  "F.rule": "De regionale opgave naar rato van waar de huishoudens vandaan komen.",
  "S.label": "S · Solidariteit (A binnen plafond C)",
  "S.short": "Solidariteit",
  "S.rule": "Elke gemeente plaatst haar fair share A tot haar plafond C; wat overblijft gaat naar gemeenten met ruimte onder hun plafond.",
  "K.label": "K · Correcties (netto, uit tabel Correcties)",
  "K.short": "Correcties",
  "K.rule": "De som van de vastgelegde correcties per gemeente; leeg als er geen is.",
  "N.label": "N · Na correcties ({base})",
  "N.short": "Na correcties",
  "N.rule":
    "Scenario {base} met de correcties; wat erbij of eraf gaat, wordt over de andere gemeenten verdeeld naar rato van hun aantal, zodat " +
    "het regiototaal gelijk blijft.",
  "param.need": "Regionale opgave (huishoudens per jaar)",
  "param.needShare": "Opgave als aandeel van de mutaties sociale huur",
  "param.cap": "Maximaal aandeel C en D",
  "param.min": "Minimaal aandeel E (Wet regie)",
  "param.rounding": "Afronding",
  "param.method": "Verdeelmethode",
  "param.from": "Groeipad: beginjaar",
  "param.to": "Groeipad: eindjaar",
  "warning.one": "{names} heeft geen {noun} en doet niet mee in {column}.",
  "warning.many": "{names} hebben geen {noun} en doen niet mee in {column}.",
  "weight.key": "Gecombineerd gewicht ({key})",
  "weight.population": "{header} (gewicht)",
  withdrawal: "Intrekking van: {reason} ({date})",
};

export type ScenarioTextKey = keyof typeof nl;

const en: Record<ScenarioTextKey, string> = {
  emptyKey:
    "The blended key rests on {names}, but that column holds no values in the table (every cell blank or 0). Fill in the column or " +
    "leave it out of the key.",
  "A.label": "A · Fair share by population",
  "A.labelKey": "A · Fair share by blended key ({key})",
  "A.short": "By population",
  "A.shortKey": "By blended key",
  "A.rule": "The regional need in proportion to population, in whole dwellings.",
  "A.ruleKey": "The regional need in proportion to a blended key: {key}, each column first divided by its own total.",
  "B.label": "B · Realised {year}",
  "B.short": "Realised",
  "B.rule": "What was actually housed in the reference year.",
  "C.label": "C · At most {cap} of social-rent lettings",
  "C.short": "Max. {cap} social rent",
  "C.rule": "At most {cap} of the social-rent lettings.",
  "D.label": "D · At most {cap} of lettings up to the first rent cap",
  "D.short": "Max. {cap} cheapest",
  "D.rule": "At most {cap} of the cheapest lettings (up to the first rent cap).",
  "E.label": "E · At least {min} (Wet regie)",
  "E.short": "Min. {min} Wet regie",
  "E.rule": "At least {min} of the social-rent lettings (Wet versterking regie volkshuisvesting).",
  "F.label": "F · By municipality of origin",
  "F.short": "By origin",
  "F.rule": "The regional need in proportion to where households come from.",
  "S.label": "S · Solidarity (A within cap C)",
  "S.short": "Solidarity",
  "S.rule": "Each municipality places its fair share A up to its cap C; the rest goes to municipalities with room under their cap.",
  "K.label": "K · Corrections (net, from table Correcties)",
  "K.short": "Corrections",
  "K.rule": "The sum of the recorded corrections per municipality; blank if there is none.",
  "N.label": "N · After corrections ({base})",
  "N.short": "After corrections",
  "N.rule":
    "Scenario {base} with the corrections; what is added or taken off is shared over the other municipalities in proportion to their " +
    "number, so the region total stays the same.",
  "param.need": "Regional need (households per year)",
  "param.needShare": "Need as a share of social-rent lettings",
  "param.cap": "Maximum share C and D",
  "param.min": "Minimum share E (Wet regie)",
  "param.rounding": "Rounding",
  "param.method": "Apportionment method",
  "param.from": "Growth path: start year",
  "param.to": "Growth path: end year",
  "warning.one": "{names} has no {noun} and takes no part in {column}.",
  "warning.many": "{names} have no {noun} and take no part in {column}.",
  "weight.key": "Combined weight ({key})",
  "weight.population": "Population (weight)",
  withdrawal: "Withdrawal of: {reason} ({date})",
};

export const SCENARIO_TEXTS: Catalogue<ScenarioTextKey> = { nl, en };

/**
 * The option words the parameter cells on the sheet hold (src/scenario/words.ts): rounding and
 * apportionment method. The THUIS functions accept every one of them, in either language.
 *
 * @example ROUNDING_TEXTS.nl.round; // "half naar boven"
 */
export const ROUNDING_TEXTS: Catalogue<"round" | "down" | "up"> = {
  nl: { round: "half naar boven", down: "naar beneden", up: "naar boven" },
  en: { round: "round", down: "down", up: "up" },
};

export const METHOD_TEXTS: Catalogue<"hamilton" | "webster" | "dhondt"> = {
  nl: { hamilton: "grootste rest", webster: "Sainte-Laguë", dhondt: "D'Hondt" },
  en: { hamilton: "hamilton", webster: "webster", dhondt: "dhondt" },
};

/** What a blank in a table column means for a municipality, in a warning (the table's numeric columns and the corrections). */
export type ColumnNounKey = "population" | "lettingsSocial" | "lettingsCheap" | "realised" | "origin" | "stock" | "corrections";

export const COLUMN_NOUN_TEXTS: Catalogue<ColumnNounKey> = {
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

/**
 * What is wrong with a correction the user is about to record (src/scenario/corrections.ts), per
 * field. Placeholders: {name} (as typed), {max} (the largest amount, formatted).
 */
export type CorrectionProblemKey = "name" | "amount" | "amountTooLarge" | "reason" | "decidedBy";

export const CORRECTION_PROBLEM_TEXTS: Catalogue<CorrectionProblemKey> = {
  nl: {
    name: "'{name}' is geen gemeente van deze regio.",
    amount: "Vul een heel aantal woningen in, bijvoorbeeld -20 of 15 (0 zet de gemeente vast).",
    amountTooLarge: "Hoogstens {max} woningen erbij of eraf (zoals THUIS.ADJUST).",
    reason: "Geef de reden: die hoort bij het besluit.",
    decidedBy: "Wie besloot dit (bijvoorbeeld 'Portefeuillehoudersoverleg')?",
  },
  en: {
    name: "'{name}' is not a municipality of this region.",
    amount: "Enter a whole number of dwellings, e.g. -20 or 15 (0 keeps the municipality as it is).",
    amountTooLarge: "At most {max} dwellings added or taken off (as THUIS.ADJUST).",
    reason: "Give the reason: it belongs to the decision.",
    decidedBy: "Who decided this (e.g. 'regional aldermen meeting')?",
  },
};
