/**
 * The texts of the per-group section of the Verantwoording (issue 19), Dutch (default) and
 * English: the heading, what the block honours, the tables of groups and municipalities with
 * their divisors, the ties the rule decided and the groups whose need is unknown.
 */
import type { Catalogue } from "./message";

const nl = {
  heading: "Per aandachtsgroep: wie huisvest welke groep (biproportioneel, THUIS.GROUPSHARE)",
  honour: "Elke gemeente krijgt precies haar totaal uit kolom {column}, elke groep precies haar behoefte; methode: {method}.",
  weights:
    "Gewicht van een groep bij een gemeente: het sleutelcijfer van die gemeente (een hele kolom met één getal vermenigvuldigen " +
    "verandert de uitkomst niet, dus behoefte × aandeel en het cijfer zelf geven dezelfde verdeling).",
  group: "Groep",
  key: "Sleutel",
  need: "Behoefte per jaar",
  groupDivisor: "Groepsdeler",
  ties: "Gelijke stand (de regel besliste)",
  municipality: "Gemeente",
  total: "Totaal (kolom {column})",
  rowDivisor: "Gemeentedeler",
  noDivisor: "geen (0)",
  noTies: "geen",
  unknown: "Behoefte onbekend, doet niet mee: {groups}.",
  refused: "Geen verdeling per groep: {message}",
  blend: "gemengde sleutel",
  formula: "Per aandachtsgroep",
};

export type GroupSheetKey = keyof typeof nl;

const en: Record<GroupSheetKey, string> = {
  heading: "Per target group: who houses which group (biproportional, THUIS.GROUPSHARE)",
  honour: "Every municipality gets exactly its total from column {column}, every group exactly its need; method: {method}.",
  weights:
    "A group's weight in a municipality: that municipality's key figure (multiplying a whole column by one number does not " +
    "change the result, so need × share and the figure itself give the same allocation).",
  group: "Group",
  key: "Key",
  need: "Need per year",
  groupDivisor: "Group divisor",
  ties: "Tie (the rule decided)",
  municipality: "Municipality",
  total: "Total (column {column})",
  rowDivisor: "Municipality divisor",
  noDivisor: "none (0)",
  noTies: "none",
  unknown: "Need unknown, takes no part: {groups}.",
  refused: "No allocation per group: {message}",
  blend: "blended key",
  formula: "Per target group",
};

export const GROUP_SHEET_TEXTS: Catalogue<GroupSheetKey> = { nl, en };
