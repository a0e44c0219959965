/**
 * The texts of "Waarom?" for one cell of the per-group matrix (THUIS.GROUPSHARE), in Dutch
 * (default) and English. Placeholders are filled by src/engine/explain/groupTexts.ts with
 * numbers already formatted for the language.
 */
import type { Catalogue } from "./message";

const nl = {
  "group.quota": "quotum = behoefte {need} × gewicht {weight} / {sum} (alle gewichten van {group}) {eq} {quota}",
  "group.quotaNone": "{group} heeft geen gewicht bij deze gemeenten: quotum 0",
  "group.divisors": "gemeentedeler {row} ({municipality}), groepsdeler {column} ({group})",
  "group.divisorsNone": "{municipality} of {group} krijgt niets (totaal of behoefte 0): geen deler nodig",
  "group.cell": "gewicht ÷ (gemeentedeler × groepsdeler) = {weight} / ({row} × {column}) {eq} {q} → {result} ({rule})",
  "group.cellTie":
    "gewicht ÷ (gemeentedeler × groepsdeler) = {weight} / ({row} × {column}) = {q}: precies op de grens, dus {low} of {high} " +
    "(gelijke stand); de regel beslist: de eerdere gemeente, dan de eerdere groep, krijgt de woning → {result}",
  "group.cellBoundary":
    "gewicht ÷ (gemeentedeler × groepsdeler) = {weight} / ({row} × {column}) = {q}: precies op de grens tussen {low} en {high}; " +
    "alleen {result} laat elk totaal kloppen → {result}",
  "group.cellZero": "gewicht 0 → 0",
  "group.own": "Elke groep apart afgerond: {own}; hier {result} ({difference}), zodat het totaal van {municipality} ({total}) klopt.",
  "group.ownSame": "Elke groep apart afgerond: ook {own}.",
  "group.why":
    "Elke gemeente heeft een deler en elke groep een deler. Elke cel is haar gewicht gedeeld door beide, {rule}; met deze delers " +
    "telt elke rij precies op tot het totaal van de gemeente en elke kolom tot de behoefte van de groep.",
  "group.rule.webster": "afgerond op het dichtstbijzijnde gehele getal",
  "group.rule.dhondt": "naar beneden afgerond",
};

export type GroupExplanationKey = keyof typeof nl;

const en: Record<GroupExplanationKey, string> = {
  "group.quota": "quota = need {need} × weight {weight} / {sum} (all weights of {group}) {eq} {quota}",
  "group.quotaNone": "{group} has no weight in these municipalities: quota 0",
  "group.divisors": "municipality divisor {row} ({municipality}), group divisor {column} ({group})",
  "group.divisorsNone": "{municipality} or {group} gets nothing (total or need 0): no divisor needed",
  "group.cell": "weight ÷ (municipality divisor × group divisor) = {weight} / ({row} × {column}) {eq} {q} → {result} ({rule})",
  "group.cellTie":
    "weight ÷ (municipality divisor × group divisor) = {weight} / ({row} × {column}) = {q}: exactly on the boundary, so {low} or " +
    "{high} (a tie); the rule decides: the earlier municipality, then the earlier group, gets the dwelling → {result}",
  "group.cellBoundary":
    "weight ÷ (municipality divisor × group divisor) = {weight} / ({row} × {column}) = {q}: exactly on the boundary between {low} " +
    "and {high}; only {result} keeps every total exact → {result}",
  "group.cellZero": "weight 0 → 0",
  "group.own": "Each group rounded on its own: {own}; here {result} ({difference}), so that the total of {municipality} ({total}) holds.",
  "group.ownSame": "Each group rounded on its own: also {own}.",
  "group.why":
    "Every municipality has a divisor and every group has a divisor. Each cell is its weight divided by both, {rule}; with these " +
    "divisors every row adds up exactly to the municipality's total and every column to the group's need.",
  "group.rule.webster": "rounded to the nearest whole number",
  "group.rule.dhondt": "rounded down",
};

export const GROUP_EXPLANATIONS: Catalogue<GroupExplanationKey> = { nl, en };
