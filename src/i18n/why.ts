import type { Catalogue } from "./message";

/**
 * The pane's "Waarom dit getal?" panel, in Dutch (default) and English, read with `message`;
 * `{name}` marks a value. The explanations themselves come from the explanations catalogue
 * (src/scenario/explain.ts builds them).
 *
 * @example
 *   message(WHY_TEXTS, "nl", "notPlaced", { key: "E" }); // "Niet geplaatst (E)"
 */
const nl = {
  title: "Waarom dit getal?",
  intro: "Kies een gemeente: elk scenario wordt uitgelegd met de echte getallen.",
  following: "Kies een gemeente, of selecteer een cel in haar rij op blad '{sheet}': dit paneel volgt de selectie.",
  municipality: "Gemeente",
  method: "Verdeelmethode voor A: {method}.",
  blank: "leeg",
  sensitivity: "Gevoeligheid voor de methode",
  /** the same number under every method */
  sensitivitySame: "A: {low} bij elke methode",
  sensitivityRange: "A: {low} tot {high}",
  alabamaYou: "Dit raakt deze gemeente.",
  notPlaced: "Niet geplaatst ({key})",
  justification: "Alle getallen staan ook op blad '{sheet}', klaar om af te drukken voor de raad.",
};

export type WhyTextKey = keyof typeof nl;

export const WHY_TEXTS: Catalogue<WhyTextKey> = {
  nl,
  en: {
    title: "Why this number?",
    intro: "Choose a municipality: every scenario is explained with the real numbers.",
    following: "Choose a municipality, or select a cell in its row on sheet '{sheet}': this panel follows the selection.",
    municipality: "Municipality",
    method: "Allocation method for A: {method}.",
    blank: "blank",
    sensitivity: "Sensitivity to the method",
    sensitivitySame: "A: {low} under every method",
    sensitivityRange: "A: {low} to {high}",
    alabamaYou: "This affects this municipality.",
    notPlaced: "Not placed ({key})",
    justification: "Every number is also on sheet '{sheet}', ready to print for the council.",
  },
};
