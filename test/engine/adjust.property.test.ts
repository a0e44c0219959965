/**
 * ADJUST (local corrections that keep the total) against the independent rational oracle of
 * ./rationalOracle: sum kept, never negative, fixed rows exact, monotone in the correction,
 * exactly the oracle's rows (largest remainder, water-filling, tie-breaks); bad inputs with
 * their exact messages.
 */
import fc from "fast-check";
import { InputError, adjust } from "../../src/engine";
import { Q, adjustExactParts, adjustOracle } from "./rationalOracle";
import { cases } from "../cases";

const RUNS = cases(300, 20261208);

interface Case {
  allocation: (number | null)[];
  corrections: (number | null)[];
  weights: { value: number | null; exact: Q | null }[] | null;
}

const allocationArb = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 1_000_000 }));

/** n rows: allocations (some blank), corrections (blank, 0, or between −allocation−2 and +30), optional weights. */
const caseArb: fc.Arbitrary<Case> = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.record({
    allocation: fc.array(fc.option(allocationArb, { freq: 8 }), { minLength: n, maxLength: n }),
    corrections: fc.array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.constant(0) },
        { weight: 4, arbitrary: fc.integer({ min: -40, max: 30 }) },
      ),
      { minLength: n, maxLength: n },
    ),
    weights: fc.option(
      fc.array(
        fc.oneof(
          fc.integer({ min: 0, max: 20 }).map((x) => ({ value: x as number | null, exact: Q.of(x) as Q | null })),
          fc.integer({ min: 0, max: 100_000 }).map((x) => ({ value: x / 1000, exact: new Q(BigInt(x), 1000n) })),
          fc.constant({ value: null, exact: null }),
        ),
        { minLength: n, maxLength: n },
      ),
      { freq: 2 },
    ),
  }),
);

type Outcome = ReturnType<typeof adjustOracle>;

function engine(c: Case): Outcome {
  try {
    return { ok: adjust(c.allocation, c.corrections, c.weights ? c.weights.map((w) => w.value) : null) };
  } catch (e) {
    if (e instanceof InputError) return { error: e.kind as "adjustCannotAdd" };
    throw e;
  }
}

const oracleOf = (c: Case) =>
  adjustOracle(c.allocation, c.corrections, c.weights && !c.weights.every((w) => w.value === null) ? c.weights.map((w) => w.exact) : null);
const sumOf = (xs: readonly (number | null)[]) => xs.reduce<number>((s, x) => s + (x ?? 0), 0);

describe("ADJUST against the rational oracle", () => {
  test("exactly the oracle's result or the oracle's error", () => {
    let ok = 0;
    fc.assert(
      fc.property(caseArb, (c) => {
        const got = engine(c);
        expect(got).toEqual(oracleOf(c));
        if ("ok" in got) ok++;
      }),
      RUNS,
    );
    expect(ok).toBeGreaterThan(RUNS.numRuns / 4); // most cases are valid, not errors
  });

  test("sum kept, never negative, fixed rows exact, blank allocation blank", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const got = engine(c);
        fc.pre("ok" in got);
        const out = (got as { ok: (number | null)[] }).ok;
        expect(sumOf(out)).toBe(sumOf(c.allocation));
        c.allocation.forEach((a, i) => {
          if (a === null) return expect(out[i]).toBeNull();
          expect(Number.isInteger(out[i]) && (out[i] as number) >= 0).toBe(true);
          if (c.corrections[i] !== null) expect(out[i]).toBe(a + (c.corrections[i] as number));
        });
      }),
      RUNS,
    );
  });

  test("a row whose weight is 0 does not share in the difference", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        fc.pre(c.weights !== null && c.weights.some((w) => w.value !== null));
        const got = engine(c);
        fc.pre("ok" in got);
        const out = (got as { ok: (number | null)[] }).ok;
        c.allocation.forEach((a, i) => {
          if (a !== null && c.corrections[i] === null && !c.weights![i].value) expect(out[i]).toBe(a);
        });
      }),
      RUNS,
    );
  });

  test("monotone in the correction: one more for a corrected row is one less for the others, none of whom gains in exact terms", () => {
    const arb = fc.record({
      allocation: fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 2, maxLength: 10 }),
      corrected: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
      corrections: fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 10, maxLength: 10 }),
    });
    let checked = 0;
    fc.assert(
      fc.property(arb, ({ allocation, corrected, corrections }) => {
        const c0 = allocation.map((_, i) => (corrected[i] ? corrections[i] : null));
        const r = c0.findIndex((x) => x !== null);
        fc.pre(r >= 0);
        const c1 = c0.slice();
        c1[r] = (c1[r] as number) + 1;
        let before: (number | null)[];
        let after: (number | null)[];
        try {
          before = adjust(allocation, c0);
          after = adjust(allocation, c1);
        } catch {
          return fc.pre(false);
        }
        checked++;
        expect(after[r]).toBe((before[r] as number) + 1);
        const free = allocation.flatMap((_, i) => (c0[i] === null ? [i] : []));
        expect(sumOf(free.map((i) => after[i]))).toBe(sumOf(free.map((i) => before[i])) - 1);
        const exact0 = adjustExactParts(allocation, c0);
        const exact1 = adjustExactParts(allocation, c1);
        for (const i of free) {
          // the exact part never grows, and each row gets its exact part rounded down or up
          if (exact0.has(i)) expect(exact1.get(i)!.cmp(exact0.get(i)!)).toBeLessThanOrEqual(0);
          for (const [exact, out] of [
            [exact0, before],
            [exact1, after],
          ] as const) {
            const x = exact.get(i) ?? Q.of(allocation[i]);
            expect(BigInt(out[i] as number) - x.floor()).toBeGreaterThanOrEqual(0n);
            expect(BigInt(out[i] as number) - x.floor()).toBeLessThanOrEqual(x.frac().isZero() ? 0n : 1n);
          }
        }
        c0.forEach((x, i) => (x !== null && i !== r ? expect(after[i]).toBe(before[i]) : undefined));
      }),
      RUNS,
    );
    expect(checked).toBeGreaterThan(50);
  });
});

describe("ADJUST: worked examples", () => {
  test("largest remainder is not monotone row by row (the Alabama paradox), only in exact parts and in total", () => {
    // row 1 keeps one more (−26 → −25): 25 instead of 26 to share by 37 : 39 : 45 : 33, and the
    // last row gains one (38 → 39) while rows 3 and 4 give one each — as the contract's method does
    expect(adjust([100, 37, 39, 45, 33], [-26, null, null, null, null])).toEqual([74, 43, 46, 53, 38]);
    expect(adjust([100, 37, 39, 45, 33], [-25, null, null, null, null])).toEqual([75, 43, 45, 52, 39]);
  });
  test("20 fewer for row 1 go to rows 2 and 3 by their allocation; 0 keeps row 4 fixed", () => {
    expect(adjust([40, 30, 20, 10], [-20, null, null, 0])).toEqual([20, 42, 28, 10]);
  });
  test("taking away by largest remainder: 6 from 2 : 8 is 1.2 and 4.8 → 1 and 5", () => {
    expect(adjust([10, 2, 8], [6, null, null])).toEqual([16, 1, 3]);
  });
  test("water-filling: a row never goes below 0, the rest is taken from the others", () => {
    // 10 to take by weights 1 : 1 : 2 from holdings 1, 20, 20: row 2 would give 2.5 but holds 1;
    // the other 9 come from rows 3 and 4 as 3 and 6
    expect(adjust([0, 1, 20, 20], [10, null, null, null], [null, 1, 1, 2])).toEqual([10, 0, 17, 14]);
  });
  test("ties: larger remainder, then larger weight, then earlier row", () => {
    expect(adjust([5, 5, 5], [null, null, -1], [1, 2, null])).toEqual([5, 6, 4]); // 1/3 vs 2/3
    expect(adjust([5, 5, 5], [null, null, -2], [1, 3, null])).toEqual([5, 7, 3]); // 0.5 and 1.5: weight 3 wins
    expect(adjust([5, 5, 5], [null, null, -1])).toEqual([6, 5, 4]); // 0.5 and 0.5, equal weights: row 1
    expect(adjust([5, 5, 5], [null, null, 1])).toEqual([4, 5, 6]); // taking away: the same order
  });
  test("blank allocation gives a blank and takes no part; corrections only on some rows", () => {
    expect(adjust([null, 10, 10], [5, null, -4])).toEqual([null, 14, 6]);
  });
  test("no net change: the free rows stay as they are", () => {
    expect(adjust([10, 10, 10], [3, -3, null])).toEqual([13, 7, 10]);
  });
  test("explicit weights share the difference (a blank weight is 0)", () => {
    expect(adjust([10, 10, 10, 10], [-9, null, null, null], [null, 1, 2, null])).toEqual([1, 13, 16, 10]);
  });
});

describe("ADJUST: bad input, exact messages", () => {
  const cases: [string, () => unknown, string, string, string][] = [
    [
      "correction makes its row negative",
      () => adjust([5, 12, 3], [null, -20, null]),
      "invalidValue",
      "rij 2: de correctie (-20) maakt de verdeling (12) negatief",
      "row 2: the correction (-20) makes the allocation (12) negative",
    ],
    [
      "others cannot give enough",
      () => adjust([5, 5], [6, null]),
      "invalidValue",
      "de correcties vragen samen 6 extra, maar de rijen zonder correctie kunnen er maar 5 afstaan",
      "the corrections need 6 more in total, but the rows without a correction can give only 5",
    ],
    [
      "nobody left to take",
      () => adjust([5, 5], [-2, 0]),
      "invalidValue",
      "de correcties geven samen 2 vrij, maar er is geen rij zonder correctie met een gewicht groter dan 0 om ze over te verdelen",
      "the corrections free 2 in total, but there is no row without a correction and with a weight above 0 to share them over",
    ],
    [
      "only rows with allocation 0 left",
      () => adjust([5, 0], [-2, null]),
      "invalidValue",
      "de correcties geven samen 2 vrij, maar er is geen rij zonder correctie met een gewicht groter dan 0 om ze over te verdelen",
      "the corrections free 2 in total, but there is no row without a correction and with a weight above 0 to share them over",
    ],
    [
      "fractional correction",
      () => adjust([5, 5], [1.5, null]),
      "invalidValue",
      "rij 1: correctie moet een geheel aantal zijn (1,5)",
      "row 1: correction must be a whole number (1.5)",
    ],
    [
      "text correction",
      () => adjust([5, 5], ["min 2", null]),
      "invalidValue",
      'rij 1: correctie is geen getal ("min 2")',
      'row 1: correction is not a number ("min 2")',
    ],
    [
      "shapes differ",
      () => adjust([5, 5, 5], [1, null]),
      "invalidValue",
      "verdeling en correctie moeten even groot zijn",
      "allocation and correction must have the same size",
    ],
    [
      "weights of another shape",
      () => adjust([5, 5], [1, null], [1]),
      "invalidValue",
      "verdeling en gewicht moeten even groot zijn",
      "allocation and weight must have the same size",
    ],
    [
      "negative allocation",
      () => adjust([5, -5], [1, null]),
      "invalidValue",
      "rij 2: verdeling is negatief (-5)",
      "row 2: allocation is negative (-5)",
    ],
    [
      "fractional allocation",
      () => adjust([5, 2.5], [1, null]),
      "invalidValue",
      "rij 2: verdeling moet een geheel aantal zijn (2,5)",
      "row 2: allocation must be a whole number (2.5)",
    ],
    [
      "negative weight",
      () => adjust([5, 5], [1, null], [1, -1]),
      "invalidValue",
      "rij 2: gewicht is negatief (-1)",
      "row 2: weight is negative (-1)",
    ],
  ];
  test.each(cases)("%s", (_name, run, code, nl, en) => {
    let caught: unknown;
    try {
      run();
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InputError);
    const e = caught as InputError;
    expect(e.code).toBe(code);
    expect(e.text("nl")).toBe(nl);
    expect(e.text("en")).toBe(en);
  });
});
