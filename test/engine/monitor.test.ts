/**
 * The monitor's engine: backlog as THUIS.CARRYOVER, cumulative percent over the known years,
 * status by thresholds, region totals and summary; and its bad-input messages, exact in
 * Dutch and English.
 */
import fc from "fast-check";
import { carryOver, computeMonitor, InputError, readRealisation, readThresholds, statusOf, validateRealisation } from "../../src/engine";
import { cases } from "../cases";

function caught(run: () => unknown): InputError {
  try {
    run();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("expected an InputError, got none");
}

const path = { startYear: 2024, endYear: 2035 };

describe("computeMonitor", () => {
  const m = computeMonitor(
    [
      { name: "Apeldoorn", targets: [100, 100, 100], realised: [100, 100, null] },
      { name: "Epe", targets: [20, 20, 20], realised: [16, 17, null] },
      { name: "Zutphen", targets: [40, 40, 40], realised: [20, null, 25] },
      { name: "Voorst", targets: [10, 10, 10], realised: [null, null, null] },
    ],
    { startYear: 2024 },
  );

  test("per municipality: backlog as CARRYOVER, percent and status over the known years", () => {
    expect(m.rows[1].years.map((y) => y.backlog)).toEqual([4, 7, null]);
    expect(m.rows[1].percent).toBeCloseTo(33 / 40, 15);
    expect(m.rows.map((r) => r.status)).toEqual(["onTrack", "behind", "farBehind", null]);
    expect(m.rows[2].years.map((y) => y.status)).toEqual(["farBehind", null, "farBehind"]);
    expect(m.rows[2].backlog).toBe(35);
    expect(m.rows[2].latestYear).toBe(2026);
    expect(m.rows[3]).toMatchObject({ latestYear: null, backlog: null, percent: null, status: null, shortfall: 0 });
  });

  test("region totals per year and the summary: who is behind by how much, backlog carried", () => {
    expect(m.totals.map((t) => [t.target, t.realised, t.backlog, t.known])).toEqual([
      [170, 136, 24, 3],
      [170, 117, 7, 2],
      [170, 25, 35, 1],
    ]);
    expect(m.totals[1].percent).toBeCloseTo(253 / 280, 15);
    expect(m.summary).toMatchObject({
      status: "behind",
      onTrack: false,
      latestYear: 2026,
      cumulativeTarget: 320,
      cumulativeRealised: 278,
      backlogCarried: 42,
      creditCarried: 0,
    });
    expect(m.summary.behind.map((b) => [b.name, b.status, b.shortfall, b.backlog])).toEqual([
      ["Zutphen", "farBehind", 35, 35],
      ["Epe", "behind", 7, 7],
    ]);
  });

  test("credit: doing more one year counts towards the next; credits are reported apart", () => {
    const c = computeMonitor(
      [
        { name: "A", targets: [10, 10], realised: [15, 8] },
        { name: "B", targets: [10, 10], realised: [5, 5] },
      ],
      { startYear: 2024, allowCredit: true },
    );
    expect(c.rows[0].years.map((y) => y.backlog)).toEqual([-5, -3]);
    expect(c.summary).toMatchObject({ backlogCarried: 10, creditCarried: 3 });
  });

  test("nothing asked is on track; nothing known is no status", () => {
    expect(computeMonitor([{ name: "A", targets: [0, 0], realised: [0, null] }], { startYear: 2030 }).rows[0]).toMatchObject({
      percent: null,
      status: "onTrack",
    });
    expect(computeMonitor([], { startYear: 2030 }).summary).toMatchObject({
      status: null,
      onTrack: false,
      latestYear: null,
      backlogCarried: 0,
    });
  });

  test("backlog equals THUIS.CARRYOVER for any targets and realised with blanks", () => {
    const year = fc.oneof(fc.nat(50), fc.constant(null));
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 10 })
          .chain((k) =>
            fc.tuple(fc.array(year, { minLength: k, maxLength: k }), fc.array(year, { minLength: k, maxLength: k }), fc.boolean()),
          ),
        ([t, r, credit]) => {
          const row = computeMonitor([{ name: "X", targets: t, realised: r }], { startYear: 2024, allowCredit: credit }).rows[0];
          expect(row.years.map((y) => y.backlog)).toEqual(carryOver([t], [r], credit)[0]);
        },
      ),
      cases(200, 13),
    );
  });

  test("thresholds are lower bounds, inclusive", () => {
    const t = { onTrack: 0.9, behind: 0.75 };
    expect([0.9, 0.8999, 0.75, 0.7499, null].map((p) => statusOf(p, t))).toEqual(["onTrack", "behind", "behind", "farBehind", "onTrack"]);
    expect(computeMonitor([{ name: "A", targets: [10, 20], realised: [9, 18] }], { startYear: 2024 }).rows[0].status).toBe("onTrack");
  });
});

describe("bad input: exact messages, nl and en", () => {
  const cases: [string, () => unknown, string, string, string][] = [
    [
      "year after the path",
      () => readRealisation(2036, [1], path),
      "invalidValue",
      "jaar 2036 ligt buiten het groeipad 2024–2035",
      "year 2036 lies outside the growth path 2024–2035",
    ],
    [
      "year before the path",
      () => readRealisation(2023, [1], path),
      "invalidValue",
      "jaar 2023 ligt buiten het groeipad 2024–2035",
      "year 2023 lies outside the growth path 2024–2035",
    ],
    [
      "fractional year",
      () => readRealisation(2025.5, [1], path),
      "invalidValue",
      "jaar 2025,5 ligt buiten het groeipad 2024–2035",
      "year 2025.5 lies outside the growth path 2024–2035",
    ],
    [
      "text year",
      () => readRealisation("volgend jaar", [1], path),
      "invalidValue",
      'jaar "volgend jaar" ligt buiten het groeipad 2024–2035',
      'year "volgend jaar" lies outside the growth path 2024–2035',
    ],
    [
      "negative realised",
      () => readRealisation(2025, [3, -2], path),
      "invalidValue",
      "rij 2: realisatie is negatief (-2)",
      "row 2: realised is negative (-2)",
    ],
    [
      "fractional realised",
      () => readRealisation(2025, [3.5], path),
      "invalidValue",
      "rij 1: realisatie moet een geheel aantal zijn (3,5)",
      "row 1: realised must be a whole number (3.5)",
    ],
    [
      "text realised",
      () => readRealisation(2025, [1, 2, "veel"], path),
      "invalidValue",
      'rij 3: realisatie is geen getal ("veel")',
      'row 3: realised is not a number ("veel")',
    ],
    [
      "lengths differ",
      () => computeMonitor([{ name: "A", targets: [1, 2], realised: [1] }], { startYear: 2024 }),
      "invalidValue",
      "opgave en realisatie moeten even groot zijn",
      "target and realised must have the same size",
    ],
    [
      "threshold above 1",
      () => readThresholds(90, 0.75),
      "invalidValue",
      "drempel moet tussen 0 en 1 liggen (90); gebruik 30% of 0,3",
      "threshold must lie between 0 and 1 (90); use 30% or 0.3",
    ],
    [
      "thresholds crossed",
      () => readThresholds(0.6, 0.75),
      "invalidValue",
      'de drempel voor "achter" (0,75) ligt boven die voor "op koers" (0,6)',
      'the threshold for "behind" (0.75) lies above the one for "on track" (0.6)',
    ],
  ];

  test.each(cases)("%s", (_name, run, code, nl, en) => {
    const e = caught(run);
    expect(e.code).toBe(code);
    expect(e.messages).toEqual({ nl, en });
  });

  test("every problem at once; blank is allowed (not yet known), 0 is a number", () => {
    const errors = validateRealisation(2040, [0, null, "", -1, 2.5], path);
    expect(errors.map((e) => e.messages.nl)).toEqual([
      "jaar 2040 ligt buiten het groeipad 2024–2035",
      "rij 4: realisatie is negatief (-1)",
      "rij 5: realisatie moet een geheel aantal zijn (2,5)",
    ]);
    expect(readRealisation(2035, [0, null, " ", 7], path)).toEqual([0, null, null, 7]);
    expect(readThresholds(null, "")).toEqual({ onTrack: 0.9, behind: 0.75 });
  });
});
