/**
 * The cached results of the Monitor sheet (monitorValues, from computeMonitor) against
 * HyperFormula's evaluation of the same plan: every formula cell, random regions with blanks,
 * growth-path and fixed targets, credit, thresholds, both languages (fast-check, fixed seed).
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import "../excel/hyperformulaThuis";
import { computeMonitor } from "../../src/engine/monitor";
import { MonitorLayoutRequest, planMonitorSheet } from "../../src/sheets/monitorLayout";
import { NA, monitorValues } from "../../src/sheets/monitorValues";
import { cases } from "../cases";

type Grid = (string | number | boolean | null)[][];
const cell = fc.oneof({ weight: 3, arbitrary: fc.nat(50) }, { weight: 1, arbitrary: fc.constant(null) });
const target = fc.oneof({ weight: 6, arbitrary: fc.nat(40) }, { weight: 1, arbitrary: fc.constant(null) });

const region = fc.record({ n: fc.integer({ min: 1, max: 5 }), years: fc.integer({ min: 1, max: 7 }) }).chain(({ n, years }) =>
  fc.record({
    fixed: fc.boolean(),
    targets: fc.array(fc.array(target, { minLength: years, maxLength: years }), { minLength: n, maxLength: n }),
    realised: fc.array(fc.array(cell, { minLength: years, maxLength: years }), { minLength: n, maxLength: n }),
    credit: fc.boolean(),
    behind: fc.integer({ min: 0, max: 90 }),
    english: fc.boolean(),
  }),
);

test("every formula cell's cached value = HyperFormula's result", () => {
  fc.assert(
    fc.property(region, (s) => {
      const n = s.targets.length;
      const years = s.targets[0].length;
      const targets = s.fixed ? s.targets.map((row) => row.map(() => row[0])) : s.targets;
      const names = Array.from({ length: n }, (_, i) => `Gemeente ${i + 1}`);
      const thresholds = { onTrack: Math.min(1, (s.behind + 10) / 100), behind: s.behind / 100 };
      const language = s.english ? "en" : "nl";
      const req: MonitorLayoutRequest = {
        region: "Regio Test",
        municipalities: names,
        startYear: 2024,
        endYear: 2023 + years,
        allowCredit: s.credit,
        thresholds,
        language,
        realised: s.realised,
        target: s.fixed
          ? { kind: "fixed", values: s.targets.map((row) => row[0]) }
          : { kind: "path", address: `'Verdeling 2024'!$B$27:$${String.fromCharCode(65 + years)}$${26 + n}`, firstYear: 2024 },
      };
      const plan = planMonitorSheet(req);
      const monitor = computeMonitor(
        names.map((name, i) => ({ name, targets: targets[i], realised: s.realised[i] })),
        { startYear: 2024, allowCredit: s.credit, thresholds },
      );
      const values = monitorValues(plan, monitor, language);
      const source: Grid = Array.from({ length: 26 + n }, (_, r) => (r < 26 ? [] : [null, ...s.targets[r - 26]]));
      const grid: Grid = plan.cells.map((row) => row.map((v) => (v === "" ? null : v)));
      const hf = HyperFormula.buildFromSheets(
        { Monitor: grid, "Verdeling 2024": source },
        { licenseKey: "gpl-v3", useArrayArithmetic: true },
      );
      const id = hf.getSheetId("Monitor")!;
      plan.cells.forEach((row, r) =>
        row.forEach((formula, c) => {
          const spilled = r >= plan.sections.backlog.firstRow && r < plan.sections.backlog.totalsRow && c >= 2;
          if (!(typeof formula === "string" && formula.startsWith("=")) && !spilled) return;
          const got = hf.getCellValue({ sheet: id, row: r, col: c });
          const want = values[r][c];
          if (want === NA) return void expect((got as unknown as { type?: string })?.type ?? got).toBe("NA");
          if (typeof want === "number") return void expect(got as number).toBeCloseTo(want, 9);
          expect(got === null ? "" : got).toBe(want);
        }),
      );
      hf.destroy();
    }),
    cases(60, 2035),
  );
});
