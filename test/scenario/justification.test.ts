/**
 * The Verantwoording sheet cannot disagree with the scenario sheet: random regions (blanks,
 * every option, nl/en) are written through the gateway into the fake Excel; HyperFormula (with
 * the THUIS functions) computes the whole workbook; the Verantwoording sheet's result column
 * equals column A of the scenario sheet as computed, its SUM totals equal the cached values, its
 * exact quotas add up to the need, and it names the very formulas the scenario sheet holds.
 */
import fc from "fast-check";
import { STEDENDRIEHOEK_2024 } from "../../src/data";
import type { Municipality, RegionDataset } from "../../src/data";
import { createExcelGateway } from "../../src/excel/gateway";
import { Rational, add, rational } from "../../src/engine/explain";
import { computeScenarios, inputOf } from "../../src/scenario";
import { planJustificationOf, planScenarioSheet } from "../../src/sheets";
import { Language, displayFormula } from "../../src/i18n";
import { VERSION } from "../../src/version";
import { installFakeExcel } from "../fake-excel/fakeExcel";
import { WorkbookModel } from "../fake-excel/model";
import { evaluateWorkbook } from "../excel/hyperformulaThuis";
import { scenarioSettings } from "./settingsArbitrary";
import { cases } from "../cases";

const count = (max: number) => fc.option(fc.integer({ min: 0, max }), { nil: null, freq: 5 });
const municipality = (i: number) =>
  fc
    .record({ population: count(200_000), lettingsSocial: count(3000), lettingsCheap: count(1500), realised: count(500) })
    .map((m): Municipality => ({ name: `Gemeente ${i + 1}`, origin: null, stock: null, ...m }));
const region = fc
  .integer({ min: 1, max: 40 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => municipality(i))))
  .filter((ms) => ms.some((m) => (m.population ?? 0) > 0));
const settings = scenarioSettings({ maxNeed: 5000 });

const sumQuotas = (qs: (Rational | null)[]) => qs.reduce<Rational>((s, q) => (q ? add(s, q) : s), rational(0));

test(
  "Verantwoording result A = scenario sheet A as computed by a formula engine; totals, quotas, formulas agree (60 random " + "regions)",
  async () => {
    await fc.assert(
      fc.asyncProperty(region, settings, fc.constantFrom<Language>("nl", "en"), async (municipalities, s, language) => {
        const dataset: RegionDataset = { ...STEDENDRIEHOEK_2024, region: "Regio Test", year: 2024, municipalities };
        const workbook = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
        const gateway = createExcelGateway();
        await gateway.writeMunicipalityTable(dataset);
        const result = await gateway.writeScenarioSheet({
          sheetName: "Scenario",
          tableName: "Gemeenten",
          settings: s,
          region: dataset.region,
          year: 2024,
          sources: dataset.sources,
          replaceOwnSheet: false,
          language,
          date: "2026-11-26",
        });
        expect(result.justificationSheet).toBe(language === "nl" ? "Verantwoording" : "Justification");

        const model = computeScenarios(inputOf(municipalities), s, 2024);
        const plan = planScenarioSheet({ model, tableName: "Gemeenten", region: dataset.region, sources: dataset.sources, language });
        const just = planJustificationOf(model, plan, {
          region: dataset.region,
          sources: dataset.sources,
          language,
          version: VERSION,
          date: "2026-11-26",
          scenarioSheet: "Scenario",
        });
        const { value } = evaluateWorkbook(workbook);
        const n = municipalities.length;
        const colA = plan.scenarioColumns.find((c) => c.key === "A")!.column;

        // what was written is the plan, cell for cell (formulas included)
        const written = workbook.sheet(result.justificationSheet)!;
        expect(just.cells.map((row, r) => row.map((_, c) => written.formulas({ row: r, column: c, rows: 1, columns: 1 })[0][0]))).toEqual(
          just.cells,
        );

        // per municipality: [name, result A] on the Verantwoording and on the scenario sheet
        const rows = Array.from({ length: n }, (_, i) => i);
        expect(
          rows.map((i) => [
            written.get(just.dataRow + i, just.column.name)?.value,
            value(result.justificationSheet, just.dataRow + i, just.column.result),
          ]),
        ).toEqual(rows.map((i) => [value("Scenario", plan.dataRow + i, 0), value("Scenario", plan.dataRow + i, colA)]));
        // totals are SUM of the cells shown; the cached values are what the formula engine computes (the cached value where it
        // agrees to a millionth)
        const formulaColumns = just.values[just.totalsRow].flatMap((cached, c) => {
          const cell = just.cells[just.totalsRow][c];
          return typeof cell === "string" && cell.startsWith("=") ? [{ c, cached: cached as number }] : [];
        });
        expect(
          formulaColumns.map(({ c, cached }) => {
            const computed = value(result.justificationSheet, just.totalsRow, c) as number;
            return [c, Math.abs(computed - cached) <= 1e-6 * Math.max(1, Math.abs(cached)) ? cached : computed];
          }),
        ).toEqual(formulaColumns.map(({ c, cached }) => [c, cached]));
        expect(value(result.justificationSheet, just.totalsRow, just.column.result)).toBe(value("Scenario", plan.totalsRow, colA));
        const quotaSum = sumQuotas(just.quotas);
        expect(quotaSum.num).toBe(BigInt(model.need) * quotaSum.den);
        // the formulas named are the scenario sheet's own, shown as the user's Excel shows them (ALS, ";" in Dutch)
        const texts = new Set(just.cells.flatMap((r) => r.map(String)));
        for (const c of plan.scenarioColumns) {
          expect(texts.has(displayFormula(c.formula, language).slice(1))).toBe(true);
          expect(String(workbook.sheet("Scenario")!.get(plan.dataRow, c.column)?.formula)).toBe(c.formula);
        }
      }),
      cases(60, 20261126),
    );
  },
);
