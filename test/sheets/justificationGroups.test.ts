/**
 * The Verantwoording's section per target group (issue 19): key, need and divisors per group,
 * total and divisor per municipality, ties, unknown needs and refusals — in Dutch and English,
 * from the same per-group model as the scenario sheet's block.
 */
import { STEDENDRIEHOEK_2024 } from "../../src/data";
import type { TargetGroup } from "../../src/data";
import { DEFAULT_SETTINGS, ScenarioSettings, computeScenarios, inputOf } from "../../src/scenario";
import { planJustificationOf, planScenarioSheet } from "../../src/sheets";
import type { Language } from "../../src/i18n";

const GROUPS: TargetGroup[] = STEDENDRIEHOEK_2024.groups!.groups.map((g, j) => ({
  ...g,
  name: j === 0 ? "=Mantelzorg" : g.name,
  need: j === 9 ? null : j === 0 ? 282 : 111,
  key: j === 1 ? "lettingsSocial" : "population",
}));

function sheets(groups: TargetGroup[], language: Language) {
  const settings: ScenarioSettings = { ...DEFAULT_SETTINGS, groups: { groups, honour: "A", method: "webster" } };
  const model = computeScenarios(inputOf(STEDENDRIEHOEK_2024.municipalities), settings, 2024);
  const plan = planScenarioSheet({ model, tableName: "Gemeenten", region: "Regio", sources: STEDENDRIEHOEK_2024.sources, language });
  const justification = planJustificationOf(model, plan, {
    region: "Regio",
    sources: STEDENDRIEHOEK_2024.sources,
    language,
    version: "0.1.0",
    date: "2026-11-30",
  });
  return { model, plan, justification };
}

const rowStarting = (cells: unknown[][], text: string, from = 0) => cells.findIndex((r, k) => k >= from && r[0] === text);

test("19 Verantwoording: per group its key, need and divisor; per municipality its total and divisor — and they produce the matrix", () => {
  const { model, justification } = sheets(GROUPS, "nl");
  const cells = justification.cells;
  const g = model.groups!;
  expect(g.result).not.toBeNull();
  expect(cells.some((r) => r[0] === "Per aandachtsgroep: wie huisvest welke groep (biproportioneel, THUIS.GROUPSHARE)")).toBe(true);
  expect(cells.some((r) => String(r[0]).startsWith("Behoefte onbekend, doet niet mee: Regionaal: echtscheiding"))).toBe(true);
  const header = rowStarting(cells, "Groep");
  expect(cells[header].slice(0, 5)).toEqual(["Groep", "Sleutel", "Behoefte per jaar", "Groepsdeler", "Gelijke stand (de regel besliste)"]);
  const columnDivisors = g.groups.map((group, j) => {
    const row = cells[header + 1 + j];
    expect(row.slice(0, 3)).toEqual([group.name, j === 1 ? "mutaties" : "inwonertal", group.need]);
    return row[3] as number;
  });
  const municipalities = rowStarting(cells, "Gemeente", header);
  const rowDivisors = g.names.map((name, i) => {
    const row = cells[municipalities + 1 + i];
    expect(row.slice(0, 2)).toEqual([name, g.totals[i]]);
    return row[2] as number;
  });
  // the divisors written on the sheet explain every cell: weight ÷ (row × column) rounds to the cell (Webster)
  g.result!.seats.forEach((row, i) =>
    row.forEach((x, j) => {
      const q = g.weights[i][j]! / (rowDivisors[i] * columnDivisors[j]);
      expect(q).toBeGreaterThanOrEqual(x - 0.5 - 1e-9);
      expect(q).toBeLessThanOrEqual(x + 0.5 + 1e-9);
    }),
  );
  // the live formula is named beside the scenario columns', and a group named like a formula stays text
  expect(cells.some((r) => r[0] === "Per aandachtsgroep" && String(r[1]).startsWith("THUIS.GROUPSHARE("))).toBe(true);
  expect(justification.userTexts).toContain("=Mantelzorg");
});

test("19 Verantwoording in English, and a refusal in words instead of a matrix", () => {
  const { justification } = sheets(GROUPS, "en");
  expect(justification.cells.some((r) => r[0] === "Per target group: who houses which group (biproportional, THUIS.GROUPSHARE)")).toBe(
    true,
  );
  expect(rowStarting(justification.cells, "Group")).toBeGreaterThan(0);
  const off = GROUPS.map((g, j) => (j === 0 ? { ...g, need: 1 } : g));
  const refused = sheets(off, "nl");
  expect(refused.model.groups!.result).toBeNull();
  const text = refused.justification.cells.map((r) => String(r[0])).find((t) => t.startsWith("Geen verdeling per groep: "));
  expect(text).toContain(refused.model.groups!.error!.messages.nl);
  expect(rowStarting(refused.justification.cells, "Groep")).toBe(-1);
  expect(refused.plan.groupBlock!.formula).toBeNull();
});
