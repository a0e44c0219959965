/**
 * The strings of the "Waarom dit getal?" panel, in Dutch (default) and English. Kept apart
 * from strings.ts so the panel stays one self-contained addition; the explanations themselves
 * come from src/scenario/explain.ts (the engine's nl/en catalogue).
 */
import type { Language } from "../i18n";
const nl = {
  title: "Waarom dit getal?",
  intro: "Kies een gemeente: elk scenario wordt uitgelegd met de echte getallen.",
  following: (sheet: string) => `Kies een gemeente, of selecteer een cel in haar rij op blad '${sheet}': dit paneel volgt de selectie.`,
  municipality: "Gemeente",
  method: (method: string) => `Verdeelmethode voor A: ${method}.`,
  blank: "leeg",
  sensitivity: "Gevoeligheid voor de methode",
  sensitivityRange: (low: number, high: number) => (low === high ? `A: ${low} bij elke methode` : `A: ${low} tot ${high}`),
  alabamaYou: "Dit raakt deze gemeente.",
  notPlaced: (key: string) => `Niet geplaatst (${key})`,
  justification: (sheet: string) => `Alle getallen staan ook op blad '${sheet}', klaar om af te drukken voor de raad.`,
};

export type WhyStrings = typeof nl;

const en: WhyStrings = {
  title: "Why this number?",
  intro: "Choose a municipality: every scenario is explained with the real numbers.",
  following: (sheet) => `Choose a municipality, or select a cell in its row on sheet '${sheet}': this panel follows the selection.`,
  municipality: "Municipality",
  method: (method) => `Allocation method for A: ${method}.`,
  blank: "blank",
  sensitivity: "Sensitivity to the method",
  sensitivityRange: (low, high) => (low === high ? `A: ${low} under every method` : `A: ${low} to ${high}`),
  alabamaYou: "This affects this municipality.",
  notPlaced: (key) => `Not placed (${key})`,
  justification: (sheet) => `Every number is also on sheet '${sheet}', ready to print for the council.`,
};

export const WHY_STRINGS: Record<Language, WhyStrings> = { nl, en };
