/**
 * The per-group block (issue 19): pane = sheet. Random regions (blanks in every key column) with
 * random target groups — some needs blank (unknown), keys of every kind, the block honouring A
 * or N, both methods — are written through the gateway into the fake Excel; the sheet is computed
 * by HyperFormula with the THUIS functions registered, and the spilled THUIS.GROUPSHARE matrix,
 * its row and column totals, and every cached value equal the per-group model the pane shows.
 */
import fc from "fast-check";
import { STEDENDRIEHOEK_2024 } from "../../src/data";
import type { Municipality, RegionDataset, TargetGroup } from "../../src/data";
import { createExcelGateway } from "../../src/excel/gateway";
import { DEFAULT_SETTINGS, ScenarioSettings, computeScenarios, inputOf, netCorrections } from "../../src/scenario";
import { Language } from "../../src/i18n";
import { planScenarioSheet } from "../../src/sheets";
import { installFakeExcel } from "../fake-excel/fakeExcel";
import { WorkbookModel } from "../fake-excel/model";
import { evaluateWorkbook } from "../excel/hyperformulaThuis";
import { cases } from "../cases";

const count = (max: number, freq = 6) => fc.option(fc.integer({ min: 0, max }), { nil: null, freq });

const region = fc.integer({ min: 1, max: 25 }).chain((n) =>
  fc.array(fc.record({ population: count(200_000, 40), origin: count(300), lettingsSocial: count(3000), stock: count(50_000) }), {
    minLength: n,
    maxLength: n,
  }),
);

const groupSpec = fc.array(
  fc.record({
    key: fc.constantFrom("population" as const, "origin" as const, "lettingsSocial" as const, "stock" as const, "blend" as const),
    part: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null, freq: 5 }),
    name: fc.constantFrom("Mantelzorg", "=Opvang", "-Jeugdhulp", "Beschermd wonen", "+Detentie"),
  }),
  { minLength: 1, maxLength: 5 },
);

let compared = 0;
const RUNS = cases(80, 20261130);

test("per-group block: the sheet's GROUPSHARE, row and column totals equal the pane's model (random inputs, blanks included)", async () => {
  await fc.assert(
    fc.asyncProperty(
      region,
      groupSpec,
      fc.record({
        honour: fc.constantFrom("A" as const, "N" as const),
        method: fc.constantFrom("webster" as const, "dhondt" as const),
        mismatch: fc.integer({ min: -2, max: 6 }).map((x) => (x > 0 ? 0 : x)),
        blend: fc.boolean(),
        need: fc.integer({ min: 0, max: 400 }),
        correction: fc.integer({ min: -3, max: 3 }),
        viaTable: fc.boolean(),
      }),
      fc.constantFrom<Language>("nl", "en"),
      async (rows, spec, o, language) => {
        const municipalities: Municipality[] = rows.map((r, i) => ({
          name: `Gemeente ${i + 1}`,
          lettingsCheap: null,
          realised: null,
          ...r,
        }));
        const base: ScenarioSettings = {
          ...DEFAULT_SETTINGS,
          need: { kind: "number", value: o.need },
          growth: null,
          key: o.blend ? { columns: ["population", "stock"], factors: [0.4, 0.6] } : null,
          adjust: o.honour === "N" ? { base: "A" } : null,
        };
        const lines = [{ name: "Gemeente 1", amount: o.correction, reason: "besluit", decidedBy: "PHO", date: "1-1-2026" }];
        const raw = inputOf(municipalities);
        const input = o.honour === "N" ? { ...raw, corrections: netCorrections(raw.names, lines), correctionLines: lines } : raw;
        let plain;
        try {
          plain = computeScenarios(input, base, 2024);
        } catch {
          return; // what the scenario itself refuses is covered by differential.test.ts
        }
        // needs adding up to the honoured total (parts in proportion, the rest to the first known), or off by `mismatch`
        const honoured = plain.column(o.honour)?.total ?? plain.column("A")!.total;
        const parts = spec.map((g) => g.part);
        const partSum = parts.reduce<number>((s, p) => s + (p ?? 0), 0);
        const needs = parts.map((p) => (p === null ? null : partSum === 0 ? 0 : Math.floor((p * honoured) / partSum)));
        const first = needs.findIndex((x) => x !== null);
        if (first < 0) return;
        needs[first]! += honoured - needs.reduce<number>((s, x) => s + (x ?? 0), 0) + o.mismatch;
        if (needs[first]! < 0) return;
        const seen = new Set<string>();
        // through the Aandachtsgroepen table: each group refers to its row, and the block's needs are formulas on it
        const groups: TargetGroup[] = spec
          .map((g, j) => ({ name: g.name, need: needs[j], key: g.key }))
          .filter((g) => !seen.has(g.name) && seen.add(g.name) !== undefined)
          .map((g, i) => (o.viaTable ? { ...g, row: i + 1 } : g));
        const s: ScenarioSettings = { ...base, groups: { groups, honour: o.honour, method: o.method } };
        const model = computeScenarios(input, s, 2024);
        if (!model.groups) return;

        const dataset: RegionDataset = { ...STEDENDRIEHOEK_2024, region: "Regio Test", municipalities };
        const workbook = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
        const gateway = createExcelGateway();
        await gateway.writeMunicipalityTable(dataset);
        if (o.honour === "N") await gateway.appendCorrections(lines);
        const groupTable = o.viaTable ? (await gateway.writeGroupTable(groups, null)).tableName : undefined;
        await gateway.writeScenarioSheet({
          sheetName: "Scenario",
          tableName: "Gemeenten",
          groupTable,
          settings: s,
          region: dataset.region,
          year: 2024,
          sources: dataset.sources,
          replaceOwnSheet: false,
          language,
        });
        const plan = planScenarioSheet({
          model,
          tableName: "Gemeenten",
          groupTable,
          region: dataset.region,
          sources: dataset.sources,
          language,
        });
        const block = plan.groupBlock!;
        const sheet = evaluateWorkbook(workbook, { excelBlanks: true });
        const value = (r: number, c: number) => sheet.value("Scenario", r, c);
        const n = municipalities.length;
        const g = model.groups.groups.length;
        // user text stays text: a group named "=Opvang" is a header, not a formula
        model.groups.groups.forEach((group, j) => expect(value(block.headerRow, 1 + j)).toBe(group.name));
        model.groups.groups.forEach((group, j) => {
          const formula = workbook.sheet("Scenario")!.get(block.needsRow, 1 + j)?.formula;
          if (o.viaTable) expect(formula).toBe(`=INDEX(Aandachtsgroepen[Behoefte per jaar],${group.row})`);
          expect(value(block.needsRow, 1 + j)).toBe(group.need);
        });
        if (model.groups.result === null) {
          expect(block.formula).toBeNull();
          expect(String(value(block.matrixRow, 0))).toContain(model.groups.error!.text(language));
          return;
        }
        compared++;
        const seats = Array.from({ length: n }, (_, i) => Array.from({ length: g }, (_, j) => value(block.matrixRow + i, 1 + j)));
        expect(seats).toEqual(model.groups.result.seats);
        for (let i = 0; i < n; i++) expect(value(block.matrixRow + i, g + 1)).toBe(model.groups.totals[i]);
        for (let i = 0; i < n; i++) expect(value(block.matrixRow + i, g + 2)).toBe(model.groups.totals[i]);
        model.groups.groups.forEach((group, j) => expect(value(block.totalsRow, 1 + j)).toBe(group.need));
        plan.values.forEach((row, r) =>
          row.forEach((cached, c) => {
            const formula = plan.cells[r][c];
            if (typeof formula === "string" && formula.startsWith("=") && Number.isInteger(cached)) expect(value(r, c)).toBe(cached);
          }),
        );
        // the spilled cells' cached values (readers without the add-in) are the model's too
        for (let i = 0; i < n; i++) expect(plan.values[block.matrixRow + i].slice(1, 1 + g)).toEqual(model.groups.result.seats[i]);
      },
    ),
    RUNS,
  );
  expect(compared).toBeGreaterThan(RUNS.numRuns / 4); // a quarter at least compare a matrix, not only a refusal
});
