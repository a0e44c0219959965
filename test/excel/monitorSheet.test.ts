/**
 * The Monitor sheet computed, not just written: the planned cells are loaded into HyperFormula
 * (THUIS functions registered) and every backlog, cumulative percent and status — per
 * municipality, per year and for the region — is held against an independent computation
 * written here from the rules in words (and against the engine's computeMonitor). Random
 * regions, years, blanks, credit and thresholds (fast-check, fixed seed).
 */
import fc from "fast-check";
import { STEDENDRIEHOEK_2024_PUBLISHED as P } from "../../src/data";
import { HyperFormula } from "hyperformula";
import "./hyperformulaThuis";
import { computeMonitor, STATUS_WORDS } from "../../src/engine/monitor";
import {
  carryRealised,
  monitorCell,
  MonitorLayoutRequest,
  MonitorPlan,
  planMonitorSheet,
  realisedColumn,
} from "../../src/sheets/monitorLayout";
import { cases } from "../cases";

type Grid = (string | number | boolean | null)[][];
type N = number | null;

/** The independent reference: the rules of issue 13 / design §2 (CARRYOVER), written afresh. */
function reference(targets: N[][], realised: N[][], credit: boolean, onTrack: number, behind: number) {
  const grade = (p: number | null) => (p === null || p >= onTrack ? "onTrack" : p >= behind ? "behind" : "farBehind");
  const years = targets[0]?.length ?? 0;
  const rows = targets.map((tRow, i) => {
    let balance = 0;
    let sumT = 0;
    let sumR = 0;
    const out = { backlog: [] as N[], percent: [] as N[], status: [] as (string | null)[], sumT: 0, sumR: 0, known: 0, last: null as N };
    for (let k = 0; k < years; k++) {
      const t = tRow[k];
      const r = realised[i][k];
      if (t === null || r === null) {
        out.backlog.push(null);
        out.percent.push(null);
        out.status.push(null);
        continue;
      }
      balance = credit ? balance + t - r : Math.max(0, balance + t - r);
      sumT += t;
      sumR += r;
      out.known++;
      out.last = balance;
      out.backlog.push(balance);
      const p = sumT === 0 ? null : sumR / sumT;
      out.percent.push(p);
      out.status.push(grade(p));
    }
    return { ...out, sumT, sumR };
  });
  const region = Array.from({ length: years }, (_, k) => {
    let sumT = 0;
    let sumR = 0;
    let knownNow = 0;
    for (let i = 0; i < targets.length; i++)
      for (let j = 0; j <= k; j++)
        if (targets[i][j] !== null && realised[i][j] !== null) {
          sumT += targets[i][j]!;
          sumR += realised[i][j]!;
          if (j === k) knownNow++;
        }
    const p = sumT === 0 ? null : sumR / sumT;
    return { percent: knownNow > 0 ? p : null, status: knownNow > 0 ? grade(p) : null };
  });
  return { rows, region, grade };
}

/** Loads the plan (and an optional source sheet) into HyperFormula and reads computed values. */
function evaluate(plan: MonitorPlan, source?: Grid) {
  const grid: Grid = plan.cells.map((row) => row.map((v) => (v === "" ? null : v)));
  const sheets: Record<string, Grid> = { Monitor: grid };
  if (source) sheets["Verdeling 2024"] = source;
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", useArrayArithmetic: true });
  const id = hf.getSheetId("Monitor")!;
  return (row: number, col: number): unknown => {
    const v = hf.getCellValue({ sheet: id, row, col });
    return v === "" ? null : v;
  };
}

const cell = fc.oneof({ weight: 3, arbitrary: fc.nat(60) }, { weight: 1, arbitrary: fc.constant(null) });
const scenario = fc
  .record({ n: fc.integer({ min: 1, max: 6 }), years: fc.integer({ min: 1, max: 8 }), startYear: fc.integer({ min: 2024, max: 2030 }) })
  .chain(({ n, years, startYear }) =>
    fc.record({
      startYear: fc.constant(startYear),
      targets: fc.array(
        fc.array(fc.oneof({ weight: 6, arbitrary: fc.nat(40) }, { weight: 1, arbitrary: fc.constant(null) }), {
          minLength: years,
          maxLength: years,
        }),
        { minLength: n, maxLength: n },
      ),
      realised: fc.array(fc.array(cell, { minLength: years, maxLength: years }), { minLength: n, maxLength: n }),
      credit: fc.boolean(),
      behind: fc.integer({ min: 0, max: 100 }),
      gap: fc.integer({ min: 0, max: 40 }),
      english: fc.boolean(),
    }),
  );

// HyperFormula rounds results to ~11 digits
const near = (a: unknown, b: number | null) => (b === null ? expect(a).toBeNull() : expect(a as number).toBeCloseTo(b, 9));

test("sheet = independent computation = engine, for random regions with blanks (growth-path targets)", () => {
  fc.assert(
    fc.property(scenario, (s) => {
      const n = s.targets.length;
      const years = s.targets[0].length;
      const behind = s.behind / 100;
      const onTrack = Math.min(100, s.behind + s.gap) / 100;
      const names = Array.from({ length: n }, (_, i) => `Gemeente ${i + 1}`);
      // the growth path on a source sheet at B27, one row per municipality
      const source: Grid = Array.from({ length: 26 + n }, (_, r) => (r < 26 ? [] : [null, ...s.targets[r - 26]]));
      const req: MonitorLayoutRequest = {
        region: "Regio Test",
        municipalities: names,
        startYear: s.startYear,
        endYear: s.startYear + years - 1,
        target: { kind: "path", address: `'Verdeling 2024'!$B$27:$${String.fromCharCode(65 + years)}$${26 + n}`, firstYear: s.startYear },
        allowCredit: s.credit,
        thresholds: { onTrack, behind },
        language: s.english ? "en" : "nl",
        realised: s.realised,
      };
      const plan = planMonitorSheet(req);
      const value = evaluate(plan, source);
      const ref = reference(s.targets, s.realised, s.credit, onTrack, behind);
      const words = STATUS_WORDS[s.english ? "en" : "nl"];
      const word = (k: string | null) => (k === null ? null : words[k as keyof typeof words]);
      const { backlog, percent, status, target, realised } = plan.sections;
      const engine = computeMonitor(
        names.map((name, i) => ({ name, targets: s.targets[i], realised: s.realised[i] })),
        { startYear: s.startYear, allowCredit: s.credit, thresholds: { onTrack, behind } },
      );
      for (let i = 0; i < n; i++) {
        for (let k = 0; k < years; k++) {
          expect(value(target.firstRow + i, 2 + k)).toBe(s.targets[i][k]);
          expect(value(backlog.firstRow + i, 2 + k)).toBe(ref.rows[i].backlog[k]);
          near(value(percent.firstRow + i, 2 + k), ref.rows[i].percent[k]);
          expect(value(status.firstRow + i, 2 + k)).toBe(word(ref.rows[i].status[k]));
          expect(engine.rows[i].years[k].backlog).toBe(ref.rows[i].backlog[k]);
          expect(engine.rows[i].years[k].status).toBe(ref.rows[i].status[k]);
        }
        const r = ref.rows[i];
        const now = r.known === 0 ? null : r.sumT === 0 ? null : r.sumR / r.sumT;
        near(value(percent.firstRow + i, 1), now);
        expect(value(status.firstRow + i, 1)).toBe(r.known === 0 ? null : word(ref.grade(now)));
        expect(value(backlog.firstRow + i, 1)).toBe(r.last);
        expect(engine.rows[i].backlog).toBe(r.last);
        expect(engine.rows[i].status).toBe(r.known === 0 ? null : ref.grade(now));
      }
      for (let k = 0; k < years; k++) {
        near(value(percent.totalsRow, 2 + k), ref.region[k].percent);
        expect(value(status.totalsRow, 2 + k)).toBe(word(ref.region[k].status));
        expect(engine.totals[k].status).toBe(ref.region[k].status);
        const col = s.realised.map((row) => row[k]).filter((v): v is number => v !== null);
        expect(value(realised.totalsRow, 2 + k)).toBe(col.length === 0 ? null : col.reduce((a, b) => a + b, 0));
        expect(value(target.totalsRow, 2 + k)).toBe(s.targets.reduce((a, row) => a + (row[k] ?? 0), 0));
      }
      const carried = ref.rows.reduce((a, r) => a + Math.max(0, r.last ?? 0), 0);
      expect(value(10, 1)).toBe(carried);
      expect(engine.summary.backlogCarried).toBe(carried);
      expect(value(8, 1)).toBe(word(engine.summary.status));
      const latest = engine.summary.latestYear;
      expect(value(11, 1)).toBe(latest);
      near(value(9, 1), engine.summary.percent);
    }),
    cases(40, 20261126),
  );
});

test("fixed yearly targets: every year's target is the municipality's column-B input; blank stays blank", () => {
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.nat(30), fc.constant(null)), { minLength: 1, maxLength: 5 }),
      fc.integer({ min: 1, max: 6 }),
      fc.boolean(),
      (fixed, years, credit) => {
        const n = fixed.length;
        const realised = fixed.map((_, i) => Array.from({ length: years }, (_, k) => ((i + k) % 3 === 0 ? null : (i * 7 + k * 5) % 25)));
        const plan = planMonitorSheet({
          region: "R",
          municipalities: fixed.map((_, i) => `G${i}`),
          startYear: 2025,
          endYear: 2024 + years,
          target: { kind: "fixed", values: fixed },
          allowCredit: credit,
          realised,
        });
        const value = evaluate(plan);
        const targets = fixed.map((t) => Array.from({ length: years }, () => t));
        const ref = reference(targets, realised, credit, 0.9, 0.75);
        for (let i = 0; i < n; i++)
          for (let k = 0; k < years; k++) {
            expect(value(plan.sections.target.firstRow + i, 2 + k)).toBe(fixed[i]);
            expect(value(plan.sections.backlog.firstRow + i, 2 + k)).toBe(ref.rows[i].backlog[k]);
            expect(value(plan.sections.status.firstRow + i, 2 + k)).toBe(
              ref.rows[i].status[k] === null ? null : STATUS_WORDS.nl[ref.rows[i].status[k] as "onTrack"],
            );
          }
        const first = plan.sections.target.firstRow + 1;
        expect(plan.inputs).toContain(n === 1 ? `B${first}` : `B${first}:B${first + n - 1}`);
      },
    ),
    cases(25, 7),
  );
});

test("a worked example reads as the region would: Epe behind, Zutphen far behind, backlog carried", () => {
  const plan = planMonitorSheet({
    region: "Regio Stedendriehoek",
    municipalities: ["Apeldoorn", "Epe", "Zutphen"],
    startYear: 2024,
    endYear: 2026,
    target: { kind: "fixed", values: [100, 20, 40] },
    realised: [
      [100, 100],
      [16, 17],
      [20, 25],
    ],
  });
  const value = evaluate(plan);
  const st = plan.sections.status;
  expect([0, 1, 2].map((i) => value(st.firstRow + i, 1))).toEqual(["op koers", "achter", "ver achter"]);
  expect(value(plan.sections.backlog.firstRow + 1, 1)).toBe(7); // 20−16=4, 4+20−17=7
  expect(value(plan.sections.backlog.firstRow + 2, 1)).toBe(35);
  expect(value(10, 1)).toBe(42);
  expect(value(11, 1)).toBe(2025);
  expect(value(8, 1)).toBe("achter"); // 278 of 320 = 86.9%: below 90%, at least 75%
  expect(value(9, 1) as number).toBeCloseTo(278 / 320, 9);
});

describe("one more year", () => {
  const names = ["Apeldoorn", "Brummen", "Deventer", "Epe"];
  const base = (endYear: number, realised?: (number | null)[][]): MonitorLayoutRequest => ({
    region: "R",
    municipalities: names,
    startYear: 2024,
    endYear,
    target: { kind: "path", address: "'Verdeling 2024'!$B$27:$M$30", firstYear: 2024 },
    realised,
  });
  const entered = names.map((_, i) => [10 + i, null, 3 * i]);

  test("the plan for endYear + 1 keeps every existing cell's address; year cells are unchanged", () => {
    const before = planMonitorSheet(base(2026, entered));
    const after = planMonitorSheet(base(2027, entered));
    const anchor = [before.sections.backlog.firstRow, 2];
    for (const key of Object.keys(before.sections) as (keyof MonitorPlan["sections"])[]) {
      const { address, ...rows } = before.sections[key];
      expect(after.sections[key]).toMatchObject(rows);
      expect(address.split(":")[0]).toBe(after.sections[key].address.split(":")[0]);
    }
    expect(after.params).toEqual(before.params);
    expect(after.summary).toEqual(before.summary);
    before.cells.forEach((row, r) =>
      row.forEach((v, c) => {
        if (r === anchor[0] && c === anchor[1]) return expect(after.cells[r][c]).toMatch(/^=THUIS\.CARRYOVER\(/);
        if (c >= 2 || ((typeof v !== "string" || !v.startsWith("=")) && r !== 0 && r !== 3)) return expect(after.cells[r][c]).toEqual(v);
        expect(String(after.cells[r][c]).startsWith("=")).toBe(String(v).startsWith("="));
      }),
    );
    expect(after.cells[3][1]).toBe(2027);
    expect(after.realised.address).toBe("C29:F32");
    expect(before.realised.address).toBe("C29:E32");
  });

  test("a re-run carries the user's realised figures by name and year, also when the region is reordered", () => {
    const reordered = [...names].reverse();
    const { values, dropped } = carryRealised(
      { names, startYear: 2024, values: entered },
      { names: reordered, startYear: 2024, endYear: 2027 },
    );
    expect(dropped).toEqual([]);
    expect(values[0]).toEqual([13, null, 9, null]); // Epe
    expect(values[3]).toEqual([10, null, 0, null]); // Apeldoorn
    const moved = carryRealised(
      { names, startYear: 2024, values: entered },
      { names: ["gemeente EPE", "Deventer"], startYear: 2025, endYear: 2026 },
    );
    expect(moved.values).toEqual([
      [null, 9],
      [null, 6],
    ]);
    expect(moved.dropped.map((d) => `${d.name} ${d.year}`)).toEqual([
      "Apeldoorn 2024",
      "Apeldoorn 2026",
      "Brummen 2024",
      "Brummen 2026",
      "Deventer 2024",
      "Epe 2024",
    ]);
  });

  test("computed values of the existing years do not change when a year is added", () => {
    const source: Grid = Array.from({ length: 30 }, (_, r) => (r < 26 ? [] : [null, ...Array.from({ length: 12 }, (_, k) => 10 + r + k)]));
    const before = planMonitorSheet(base(2026, entered));
    const after = planMonitorSheet(
      base(
        2027,
        entered.map((row) => [...row, 5]),
      ),
    );
    const a = evaluate(before, source);
    const b = evaluate(after, source);
    for (let r = before.sections.target.titleRow; r < before.cells.length; r++)
      for (let c = 2; c < 5; c++) expect(b(r, c)).toEqual(a(r, c));
  });
});

test("the plan carries specs for validation, conditional formats and the line chart", () => {
  const plan = planMonitorSheet({
    region: "R",
    municipalities: ["A", "B"],
    startYear: 2024,
    endYear: 2035,
    target: { kind: "fixed", values: [1, 2] },
    language: "en",
  });
  expect(plan.dataValidation.address).toBe(plan.realised.address);
  expect(plan.dataValidation.rule).toEqual({ wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } });
  expect(plan.conditionalFormats.map((f) => f.textEquals)).toEqual([
    "on track",
    "behind",
    "far behind",
    "on track",
    "behind",
    "far behind",
  ]);
  expect(plan.chart).toMatchObject({ type: "line", dataAddress: "B15:N17", categoriesAddress: "C15:N15" });
  expect(plan.chart.series.map((s) => s.valuesAddress)).toEqual(["C16:N16", "C17:N17"]);
  expect(plan.cells[2][0]).toBe("Start year");
  expect(plan.address).toBe(`A1:N${plan.sections.status.totalsRow + 1}`);
});

test("years past the growth path keep its last year's target; a path starting after the monitor is refused", () => {
  const req: MonitorLayoutRequest = {
    region: "R",
    municipalities: ["A", "B"],
    startYear: 2034,
    endYear: 2037,
    target: { kind: "path", address: "Groei!B5:M6", firstYear: 2024 },
  };
  const plan = planMonitorSheet(req);
  const row = plan.cells[plan.sections.target.firstRow];
  expect(row.slice(2)).toEqual([
    '=IF(ISNUMBER(Groei!L5),Groei!L5,"")',
    '=IF(ISNUMBER(Groei!M5),Groei!M5,"")',
    '=IF(ISNUMBER(Groei!M5),Groei!M5,"")',
    '=IF(ISNUMBER(Groei!M5),Groei!M5,"")',
  ]);
  expect(() => planMonitorSheet({ ...req, startYear: 2023 })).toThrow("after the start year 2023");
  expect(() => planMonitorSheet({ ...req, municipalities: ["A"] })).toThrow("has 2 rows for 1 municipalities");
});

test("go-to addresses and the column a year's realisation is written to", () => {
  const plan = planMonitorSheet({
    region: "R",
    municipalities: ["A", "B", "C", "D"],
    startYear: 2024,
    endYear: 2035,
    target: { kind: "fixed", values: [1, 2, 3, 4] },
  });
  expect(realisedColumn(plan, 2025)).toBe("D29:D32");
  expect(monitorCell(plan, "realised", 0, 2025)).toBe("D29");
  expect(monitorCell(plan, "status", 2)).toBe(`B${plan.sections.status.firstRow + 3}`);
  expect(monitorCell(plan, "backlog", 4, 2035)).toBe(`N${plan.sections.backlog.totalsRow + 1}`);
  expect(() => realisedColumn(plan, 2036)).toThrow("year 2036 lies outside the growth path 2024–2035");
});

test("Stedendriehoek: targets from the spilled GROWTHPATH of the scenario, 2024 realised = column B", () => {
  const names = [...P.municipalities];
  const source: Grid = Array.from({ length: 35 }, () => []);
  names.forEach((_, i) => (source[i] = [P.realised[i], P.fairShare[i]]));
  source[26] = [null, "=THUIS.GROWTHPATH(A1:A9,B1:B9,2024,2035)"];
  const plan = planMonitorSheet({
    region: "Regio Stedendriehoek",
    municipalities: names,
    startYear: 2024,
    endYear: 2035,
    target: { kind: "path", address: "'Verdeling 2024'!$B$27:$M$35", firstYear: 2024 },
    realised: names.map((_, i) => [P.realised[i]]),
  });
  const value = evaluate(plan, source);
  const { target, backlog, status } = plan.sections;
  expect(names.map((_, i) => value(target.firstRow + i, 2))).toEqual([...P.realised]);
  expect(names.map((_, i) => value(target.firstRow + i, 13))).toEqual([...P.fairShare]);
  expect(value(target.totalsRow, 13)).toBe(1170);
  expect(names.map((_, i) => value(backlog.firstRow + i, 2))).toEqual(names.map(() => 0));
  expect(names.map((_, i) => value(status.firstRow + i, 1))).toEqual(names.map(() => "op koers"));
  expect(names.map((_, i) => value(status.firstRow + i, 3))).toEqual(names.map(() => null));
  expect([8, 9, 10, 11].map((r) => value(r, 1))).toEqual(["op koers", 1, 0, 2024]);
  expect(value(16, 2)).toBe(795);
  expect((value(16, 3) as { type?: string }).type).toBe("NA"); // the line stops at the last known year
});
