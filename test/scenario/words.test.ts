/**
 * The words the sheet holds are the words the functions read: every rounding and method word
 * (nl and en) parses to its own option, labels follow the settings, and the pane's snippets are
 * the formulas the sheet plan writes.
 */
import { STEDENDRIEHOEK_2024 } from "../../src/data";
import { parseMethod, parseRounding } from "../../src/engine/options";
import { DEFAULT_SETTINGS, METHOD_WORDS, ROUNDING_WORDS, computeScenarios, inputOf } from "../../src/scenario";
import { formulaSnippets, planScenarioSheet } from "../../src/sheets";
import { displayFormula, listText, percentText } from "../../src/i18n";

test.each(["nl", "en"] as const)("every %s option word on the sheet is read by the THUIS functions as its own option", (language) => {
  for (const [rounding, word] of Object.entries(ROUNDING_WORDS[language])) expect(parseRounding(word)).toBe(rounding);
  for (const [method, word] of Object.entries(METHOD_WORDS[language])) expect(parseMethod(word)).toBe(method);
});

test("percentages in labels as a Dutch or English reader writes them", () => {
  expect([percentText(0.3, "nl"), percentText(0.125, "nl"), percentText(0.125, "en"), percentText(0.07, "nl")]).toEqual([
    "30%",
    "12,5%",
    "12.5%",
    "7%",
  ]);
  expect([listText(["Epe"], "nl"), listText(["Epe", "Hattem", "Heerde"], "nl"), listText(["Epe", "Hattem"], "en")]).toEqual([
    "Epe",
    "Epe, Hattem en Heerde",
    "Epe and Hattem",
  ]);
});

const plan = (over = {}, language: "nl" | "en" = "nl") => {
  const model = computeScenarios(inputOf(STEDENDRIEHOEK_2024.municipalities), { ...DEFAULT_SETTINGS, ...over }, 2024);
  return planScenarioSheet({
    model,
    tableName: "Gemeenten",
    region: "Regio Stedendriehoek",
    sources: STEDENDRIEHOEK_2024.sources,
    language,
  });
};

test("labels follow the settings: a 25% cap and a 20% minimum are on the sheet's headers", () => {
  const p = plan({ capShare: 0.25, minShare: 0.2 });
  expect(p.scenarioColumns.map((c) => c.label)).toEqual([
    "A · Verdeling naar inwonertal",
    "B · Realisatie 2024",
    "C · Max. 25% van de mutaties sociale huur",
    "D · Max. 25% van mutaties tot 1e aftoppingsgrens",
    "E · Min. 20% uit Wet regie",
    "S · Solidariteit (A binnen plafond C)",
  ]);
  expect(p.cells[p.headerRow].slice(1, 7)).toEqual(p.scenarioColumns.map((c) => c.label));
});

test("a Dutch sheet holds Dutch option words with a dropdown; an English sheet English ones", () => {
  const nl = plan({ rounding: "down", method: "webster" });
  expect([nl.cells[6][1], nl.cells[7][1]]).toEqual(["naar beneden", "Sainte-Laguë"]);
  expect(nl.validations).toEqual([
    { address: "B7", choices: ["half naar boven", "naar beneden", "naar boven"] },
    { address: "B8", choices: ["grootste rest", "Sainte-Laguë", "D'Hondt"] },
  ]);
  const en = plan({ rounding: "down", method: "webster" }, "en");
  expect([en.cells[6][1], en.cells[7][1], en.cells[0][0]]).toEqual([
    "down",
    "webster",
    "Allocation of urgent target groups — Regio Stedendriehoek 2024",
  ]);
});

test("the snippets are the formulas the sheet holds, as Dutch Excel shows them", () => {
  const p = plan();
  const snippets = formulaSnippets(p, "nl");
  const D = snippets.find((s) => s.label.startsWith("D"))!;
  expect(D).toEqual({
    cell: "E13",
    label: "D · Max. 30% van mutaties tot 1e aftoppingsgrens",
    formula: "=THUIS.CAP30(Gemeenten[Mutaties tot 1e aftoppingsgrens];$B$5;$B$7)",
  });
  expect(displayFormula(String(p.cells[p.dataRow][4]), "nl")).toBe(D.formula);
  expect(snippets.map((s) => s.cell)).toEqual(["B13", "C13", "D13", "E13", "F13", "G13", "G23", "B27"]);
  const B = snippets.find((s) => s.label.startsWith("B"))!;
  expect(B.formula).toBe('=ALS(Gemeenten[Realisatie]="";"";Gemeenten[Realisatie])');
  expect(formulaSnippets(p, "en").find((s) => s.label.startsWith("B"))!.formula).toBe(
    '=IF(Gemeenten[Realisatie]="","",Gemeenten[Realisatie])',
  );
});
