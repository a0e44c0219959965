/**
 * The strings of the *Per groep* section, in Dutch (default) and English. Kept apart from
 * pane.ts so the section stays one self-contained addition; the explanations of a cell come
 * from src/engine/explain/groupTexts.ts (catalogue src/i18n/groupExplanations.ts).
 */
import { formatNumber } from "./format";
import type { Language } from "./language";

const n = (x: number, language: Language) => formatNumber(x, language);

const nl = {
  title: "Per groep",
  intro:
    "Welke gemeente huisvest hoeveel huishoudens van welke aandachtsgroep? Elk gemeentetotaal en elke groepsbehoefte klopt precies " +
    "(biproportionele verdeling, THUIS.GROUPSHARE).",
  noGroups:
    "Deze regio heeft geen aandachtsgroepen. Voeg in de werkmap een tabel 'Aandachtsgroepen' toe (groep, behoefte per jaar, " +
    "sleutel) om per groep te verdelen.",
  fromTable: (table: string, ours: boolean) =>
    ours
      ? `Uit de tabel '${table}' die Verdeelwijzer in deze werkmap schreef; bij Schrijven wordt die tabel bijgewerkt.`
      : `Uit uw eigen tabel '${table}' in deze werkmap. Verdeelwijzer verandert die tabel nooit: de behoeften op het scenarioblad ` +
        `verwijzen ernaar (een behoefte die u hier anders invult, komt er als getal).`,
  tableProblems: "Deze regels van de tabel zijn niet gelezen:",
  keyLabel: "Verdeeld naar",
  keyName: (group: string) => `Verdeeld naar: ${group}`,
  keyWord: (word: string, blend: boolean) => (blend ? `${word} (stap 3)` : word),
  method: "Afronding per groep (THUIS.GROUPSHARE)",
  methodWebster: "Sainte-Laguë: gewoon afronden (standaard)",
  methodDhondt: "D'Hondt: naar beneden afronden",
  needsTitle: "Behoefte per groep",
  needsHint: "Huishoudens per jaar. Leeg is onbekend: die groep doet niet mee. Bijvoorbeeld: vul de eigen cijfers van de regio in.",
  needLabel: (group: string) => `Behoefte ${group}`,
  keyHint: (key: string) => `verdeeld naar ${key}`,
  noNeeds: "Vul hierboven de behoefte van minstens één groep in; dan ziet u hier welke gemeente welke groep huisvest.",
  totals: "Welk gemeentetotaal geldt",
  totalsA: "A · Eerlijk aandeel",
  totalsN: "N · Na correcties",
  totalsNHint: "Na correcties kan pas als er correcties zijn (stap 4).",
  sums: (needs: number, totals: number) =>
    needs === totals
      ? `Samen ${n(needs, "nl")} huishoudens: gelijk aan de gemeentetotalen.`
      : `Samen ${n(needs, "nl")} van ${n(totals, "nl")}: ${needs < totals ? "nog" : "te veel:"} ${n(Math.abs(totals - needs), "nl")}.`,
  unknown: (count: number) => `${count === 1 ? "1 groep doet" : `${count} groepen doen`} niet mee (behoefte onbekend).`,
  view: "Toon groep",
  viewTotal: "Totaal per gemeente",
  municipality: "Gemeente",
  block: "Per groep",
  blockTotal: "Totaal",
  separate: "Apart",
  difference: "Verschil",
  totalRow: "Totaal",
  tableLabel: (what: string) => `Per groep: ${what}`,
  separateNote: "Apart = elke groep apart afgerond; Verschil = apart − per groep.",
  drift: (municipalities: number, dwellings: number) =>
    municipalities === 0
      ? "Elke groep apart afronden geeft hier dezelfde gemeentetotalen."
      : `Elke groep apart afronden zou ${municipalities === 1 ? "1 gemeente" : `${municipalities} gemeenten`} van het afgesproken ` +
        `totaal afbrengen (samen ${dwellings} ${dwellings === 1 ? "woning" : "woningen"}); per groep klopt elk totaal.`,
  ties: (cells: string) =>
    `Gelijke stand bij ${cells}: een andere verdeling klopt even goed. De regel beslist: de eerdere gemeente, dan de eerdere groep.`,
  whyTitle: "Waarom?",
  whyGroup: "Groep",
  whyMunicipality: "Gemeente van de cel",
  quota: "Quotum",
  divisors: "Delers",
  rounding: "Afronding",
  own: "Apart afgerond",
};

export type GroupStrings = typeof nl;

const en: GroupStrings = {
  title: "Per group",
  intro:
    "Which municipality houses how many households of which target group? Every municipality total and every group need is " +
    "exact (biproportional apportionment, THUIS.GROUPSHARE).",
  noGroups:
    "This region has no target groups. Add a table 'Aandachtsgroepen' to the workbook (group, need per year, key) to share per group.",
  fromTable: (table, ours) =>
    ours
      ? `From the table '${table}' Verdeelwijzer wrote in this workbook; writing the sheet updates that table.`
      : `From your own table '${table}' in this workbook. Verdeelwijzer never changes that table: the needs on the scenario sheet ` +
        `refer to it (a need you fill in differently here is written as a number).`,
  tableProblems: "These rows of the table were not read:",
  keyLabel: "Shared by",
  keyName: (group) => `Shared by: ${group}`,
  keyWord: (word, blend) => (blend ? `${word} (step 3)` : word),
  method: "Rounding per group (THUIS.GROUPSHARE)",
  methodWebster: "Webster: standard rounding (default)",
  methodDhondt: "D'Hondt: rounding down",
  needsTitle: "Need per group",
  needsHint: "Households per year. Blank is unknown: that group takes no part. For example: fill in the region's own figures.",
  needLabel: (group) => `Need ${group}`,
  keyHint: (key) => `shared by ${key}`,
  noNeeds: "Fill in the need of at least one group above; then you see here which municipality houses which group.",
  totals: "Which municipality total holds",
  totalsA: "A · Fair share",
  totalsN: "N · After corrections",
  totalsNHint: "After corrections needs corrections first (step 4).",
  sums: (needs, totals) =>
    needs === totals
      ? `Together ${n(needs, "en")} households: equal to the municipality totals.`
      : `Together ${n(needs, "en")} of ${n(totals, "en")}: ${needs < totals ? "still" : "too many:"} ${n(Math.abs(totals - needs), "en")}.`,
  unknown: (count) => `${count === 1 ? "1 group takes" : `${count} groups take`} no part (need unknown).`,
  view: "Show group",
  viewTotal: "Total per municipality",
  municipality: "Municipality",
  block: "Per group",
  blockTotal: "Total",
  separate: "Separate",
  difference: "Difference",
  totalRow: "Total",
  tableLabel: (what) => `Per group: ${what}`,
  separateNote: "Separate = each group rounded on its own; Difference = separate − per group.",
  drift: (municipalities, dwellings) =>
    municipalities === 0
      ? "Rounding each group on its own gives the same municipality totals here."
      : `Rounding each group on its own would put ${municipalities === 1 ? "1 municipality" : `${municipalities} municipalities`} off ` +
        `the agreed total (${dwellings} ${dwellings === 1 ? "dwelling" : "dwellings"} in all); per group every total holds.`,
  ties: (cells) =>
    `A tie at ${cells}: another matrix fits equally well. The rule decides: the earlier municipality, then the earlier group.`,
  whyTitle: "Why?",
  whyGroup: "Group",
  whyMunicipality: "Municipality of the cell",
  quota: "Quota",
  divisors: "Divisors",
  rounding: "Rounding",
  own: "Rounded on its own",
};

export const GROUP_STRINGS: Record<Language, GroupStrings> = { nl, en };
