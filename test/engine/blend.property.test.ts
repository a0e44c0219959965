/**
 * FAIRSHARE with a blended key (several key columns and factors), against the independent
 * rational oracle of ./rationalOracle: exact combined weights, the three methods, blanks,
 * one column = plain FAIRSHARE, invariance to the unit of a key column; and every bad input
 * with its exact message.
 */
import fc from "fast-check";
import { InputError, decimalText, fairShare, fairShareBlend, readDecimal } from "../../src/engine";
import { Q, blendOracle, divisorOracle, hamiltonOracle } from "./rationalOracle";
import { cases } from "../cases";

const RUNS = cases(200, 20261206);

/** A number typed as a decimal: its double and the exact rational the user meant. */
interface Typed {
  value: number;
  exact: Q;
}
const typed = (units: number, decimals: number): Typed => ({
  value: units / 10 ** decimals,
  exact: new Q(BigInt(units), 10n ** BigInt(decimals)),
});

/** A key cell: whole numbers (population), or decimals with up to 3 places (thousands). */
const keyArb = fc.oneof(
  fc.integer({ min: 0, max: 300_000 }).map((x) => typed(x, 0)),
  fc.integer({ min: 0, max: 10 ** 9 }).map((x) => typed(x, 3)),
  fc.integer({ min: 0, max: 50 }).map((x) => typed(x, 0)),
);

/** k factors with d decimals that add up to exactly 1 (e.g. 0.3 and 0.7, 0.125 0.375 0.5). */
function factorsArb(k: number): fc.Arbitrary<Typed[]> {
  return fc.integer({ min: 0, max: 4 }).chain((d) =>
    fc.array(fc.integer({ min: 0, max: 10 ** d }), { minLength: k - 1, maxLength: k - 1 }).map((cuts) => {
      const points = [0, ...cuts.sort((a, b) => a - b), 10 ** d];
      return points.slice(1).map((p, j) => typed(p - points[j], d));
    }),
  );
}

/** A block of n rows × k key columns (some rows with a blank), each column with a positive total. */
const blockArb = fc
  .record({ n: fc.integer({ min: 1, max: 9 }), k: fc.integer({ min: 1, max: 4 }) })
  .chain(({ n, k }) =>
    fc.record({
      keys: fc.array(fc.array(keyArb, { minLength: k, maxLength: k }), { minLength: n, maxLength: n }),
      blanks: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      blankColumn: fc.array(fc.integer({ min: 0, max: k - 1 }), { minLength: n, maxLength: n }),
      factors: factorsArb(k),
    }),
  )
  .filter(({ keys, blanks }) => {
    const taking = keys.filter((_, i) => !blanks[i]);
    return taking.length > 0 && keys[0].every((_, j) => taking.some((row) => row[j].exact.n > 0n));
  });

const totalArb = fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 1_000_000_000 }));

type Block = { keys: Typed[][]; blanks: boolean[]; blankColumn: number[]; factors: Typed[] };

/** The block as the engine takes it: column-major cells, a blank in one key of a blank row. */
function columnsOf({ keys, blanks, blankColumn }: Block): (number | null)[][] {
  return keys[0].map((_, j) => keys.map((row, i) => (blanks[i] && blankColumn[i] === j ? null : row[j].value)));
}

function oracle(total: number, block: Block, method: "hamilton" | "webster" | "dhondt"): (number | null)[] {
  const taking = block.keys.flatMap((_, i) => (block.blanks[i] ? [] : [i]));
  const w = blendOracle(
    taking.map((i) => block.keys[i].map((x) => x.exact)),
    block.factors.map((f) => f.exact),
  );
  const seats = method === "hamilton" ? hamiltonOracle(total, w) : divisorOracle(total, w, method);
  const out: (number | null)[] = block.keys.map(() => null);
  taking.forEach((i, r) => (out[i] = seats[r]));
  return out;
}

describe("blend against the rational oracle", () => {
  test("hamilton: exactly the oracle's seats; sums to the total; blank rows blank", () => {
    fc.assert(
      fc.property(totalArb, blockArb, (total, block) => {
        const got = fairShareBlend(
          total,
          columnsOf(block),
          block.factors.map((f) => f.value),
        );
        expect(got).toEqual(oracle(total, block, "hamilton"));
        expect(got.reduce<number>((s, x) => s + (x ?? 0), 0)).toBe(total);
        block.blanks.forEach((b, i) => expect(got[i] === null).toBe(b));
      }),
      RUNS,
    );
  });

  test.each(["webster", "dhondt"] as const)("%s: exactly the oracle's seat-by-seat result", (method) => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), blockArb, (total, block) => {
        expect(
          fairShareBlend(
            total,
            columnsOf(block),
            block.factors.map((f) => f.value),
            method,
          ),
        ).toEqual(oracle(total, block, method));
      }),
      cases(120, 20261207),
    );
  });

  test("one key column with factor 1 is plain FAIRSHARE (every method)", () => {
    const weights = fc.array(
      fc.oneof(
        fc.integer({ min: 0, max: 10 ** 9 }),
        fc.integer({ min: 0, max: 10 ** 9 }).map((x) => x / 1000),
        fc.constant(null),
      ),
      { minLength: 1, maxLength: 15 },
    );
    const method = fc.constantFrom("hamilton", "webster", "dhondt");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), weights, method, (total, w, m) => {
        fc.pre(w.some((x) => x !== null && x > 0));
        expect(fairShareBlend(total, [w], [1], m)).toEqual(fairShare(total, w, m));
      }),
      RUNS,
    );
  });

  test("invariant to the unit of a key column (×c, or in thousands)", () => {
    fc.assert(
      fc.property(totalArb, blockArb, fc.integer({ min: 1, max: 1000 }), fc.boolean(), fc.nat(), (total, block, c, thousands, pick) => {
        const columns = columnsOf(block);
        const j = pick % columns.length;
        const scaled = columns.map((col, jj) =>
          jj !== j
            ? col
            : col.map((x) =>
                x === null ? null : thousands ? Number(decimalText(readDecimal(x).numerator, readDecimal(x).scale + 3)) : x * c,
              ),
        );
        fc.pre(scaled[j].every((x) => x === null || (x <= 1e12 && Number.isSafeInteger(Math.round(x * 1e6)))));
        const factors = block.factors.map((f) => f.value);
        for (const m of ["hamilton", "dhondt"] as const) {
          expect(fairShareBlend(total, scaled, factors, m)).toEqual(fairShareBlend(total, columns, factors, m));
        }
      }),
      RUNS,
    );
  });

  test("factor order follows the columns: swapping both changes nothing", () => {
    fc.assert(
      fc.property(totalArb, blockArb, (total, block) => {
        const columns = columnsOf(block);
        const factors = block.factors.map((f) => f.value);
        expect(fairShareBlend(total, [...columns].reverse(), [...factors].reverse())).toEqual(fairShareBlend(total, columns, factors));
      }),
      RUNS,
    );
  });
});

describe("blend: worked examples", () => {
  test("50/50 population and social stock", () => {
    expect(
      fairShareBlend(
        100,
        [
          [600, 300, 100],
          [100, 300, 100],
        ],
        [0.5, 0.5],
      ),
    ).toEqual([40, 45, 15]);
  });
  test("factors read as typed: 0.7 + 0.2 + 0.1 = 1 (as doubles it is 0.9999999999999999)", () => {
    expect(0.7 + 0.2 + 0.1).not.toBe(1);
    // columns (population 1, 3; stock 3, 1): row 1 = 0.3·1/4 + 0.7·3/4 = 0.6
    expect(
      fairShareBlend(
        10,
        [
          [1, 3],
          [3, 1],
        ],
        [0.3, 0.7],
      ),
    ).toEqual([6, 4]);
    expect(
      fairShareBlend(
        1000,
        [
          [1, 0, 0],
          [0, 1, 0],
          [0, 0, 1],
        ],
        [0.7, 0.2, 0.1],
      ),
    ).toEqual([700, 200, 100]);
  });
  test("a factor 0 ignores its column (which must still have a positive total)", () => {
    expect(
      fairShareBlend(
        10,
        [
          [1, 1],
          [9, 1],
        ],
        [1, 0],
      ),
    ).toEqual([5, 5]);
  });
  test("units do not matter: population in people and stock in thousands", () => {
    expect(
      fairShareBlend(
        100,
        [
          [600_000, 300_000, 100_000],
          [0.1, 0.3, 0.1],
        ],
        [0.5, 0.5],
      ),
    ).toEqual([40, 45, 15]);
  });
  test("a blank in any key gives a blank and the key totals are over the other rows", () => {
    // without row 2: population 700, stock 200; ½·6/7 + ½·1/2 = 19/28 and ½·1/7 + ½·1/2 = 9/28
    expect(
      fairShareBlend(
        28,
        [
          [600, 300, 100],
          [100, null, 100],
        ],
        [0.5, 0.5],
      ),
    ).toEqual([19, null, 9]);
  });
  test("a tiny positive key (1e-7) counts exactly", () => {
    expect(
      fairShareBlend(
        2,
        [
          [1e-7, 1e-7],
          [1, 1],
        ],
        [0.5, 0.5],
      ),
    ).toEqual([1, 1]);
  });
  test("absurdly fine decimals stay exact (weights of thousands of bits)", () => {
    expect(fairShareBlend(1, [[1e-300, 2e-300]], [1])).toEqual([0, 1]);
    expect(fairShareBlend(1, [[1e-300, 1e-300]], [1])).toEqual([1, 0]);
    expect(fairShareBlend(3, [[5e-324, 1, 1e-300]], [1])).toEqual([0, 3, 0]);
    // quotas 0.5 + a and 1.5 − a with a = 5e-324 / (5e-324 + 1e-300) > 0: the tiny key breaks the tie
    expect(
      fairShareBlend(
        2,
        [
          [5e-324, 1e-300],
          [1, 1],
        ],
        [0.5, 0.5],
      ),
    ).toEqual([1, 1]);
    expect(
      fairShareBlend(
        2,
        [
          [0, 1e-300],
          [1, 1],
        ],
        [0.5, 0.5],
      ),
    ).toEqual([0, 2]); // a = 0: tie, larger weight
    expect(
      fairShareBlend(
        7,
        [
          [1e-200, 1e-200, 3e-200],
          [1e-250, 1e-250, 1e-250],
        ],
        [0.4, 0.6],
        "webster",
      ),
    ).toEqual([2, 2, 3]);
  });
});

describe("blend: bad input, exact messages", () => {
  const cases: [string, () => unknown, string, string, string][] = [
    [
      "block without factors",
      () =>
        fairShareBlend(
          10,
          [
            [1, 2],
            [3, 4],
          ],
          null,
        ),
      "invalidValue",
      "gewicht is een blok van 2 kolommen: geef per kolom een factor (samen 1), of gebruik één rij of kolom",
      "weight is a block of 2 columns: give one factor per column (adding up to 1), or use a single row or column",
    ],
    [
      "factors do not add up to 1",
      () =>
        fairShareBlend(
          10,
          [
            [1, 2],
            [3, 4],
          ],
          [0.5, 0.4],
        ),
      "invalidValue",
      "de factoren tellen op tot 0,9, niet tot 1; gebruik bijv. 50% en 50% of 0,5 en 0,5",
      "the factors add up to 0.9, not 1; use e.g. 50% and 50% or 0.5 and 0.5",
    ],
    [
      "percent typed as whole numbers",
      () =>
        fairShareBlend(
          10,
          [
            [1, 2],
            [3, 4],
          ],
          [50, 50],
        ),
      "invalidValue",
      "de factoren tellen op tot 100, niet tot 1; gebruik bijv. 50% en 50% of 0,5 en 0,5",
      "the factors add up to 100, not 1; use e.g. 50% and 50% or 0.5 and 0.5",
    ],
    [
      "a sum just off 1",
      () =>
        fairShareBlend(
          10,
          [
            [1, 2],
            [3, 4],
          ],
          [0.3333333, 0.6666666],
        ),
      "invalidValue",
      "de factoren tellen op tot 0,9999999, niet tot 1; gebruik bijv. 50% en 50% of 0,5 en 0,5",
      "the factors add up to 0.9999999, not 1; use e.g. 50% and 50% or 0.5 and 0.5",
    ],
    [
      "negative factor",
      () =>
        fairShareBlend(
          10,
          [
            [1, 2],
            [3, 4],
          ],
          [1.5, -0.5],
        ),
      "invalidValue",
      "rij 2: factor is negatief (-0,5)",
      "row 2: factor is negative (-0.5)",
    ],
    [
      "too many factors",
      () =>
        fairShareBlend(
          10,
          [
            [1, 2],
            [3, 4],
          ],
          [0.5, 0.25, 0.25],
        ),
      "invalidValue",
      "het aantal factoren (3) verschilt van het aantal sleutelkolommen (2)",
      "the number of factors (3) differs from the number of key columns (2)",
    ],
    [
      "too few factors",
      () =>
        fairShareBlend(
          10,
          [
            [1, 2],
            [3, 4],
            [5, 6],
          ],
          [1],
        ),
      "invalidValue",
      "het aantal factoren (1) verschilt van het aantal sleutelkolommen (3)",
      "the number of factors (1) differs from the number of key columns (3)",
    ],
    [
      "factor as text",
      () =>
        fairShareBlend(
          10,
          [
            [1, 2],
            [3, 4],
          ],
          ["half", 0.5],
        ),
      "invalidValue",
      'rij 1: factor is geen getal ("half")',
      'row 1: factor is not a number ("half")',
    ],
    [
      "blank factor",
      () =>
        fairShareBlend(
          10,
          [
            [1, 2],
            [3, 4],
          ],
          [null, 1],
        ),
      "invalidValue",
      "rij 1: factor ontbreekt (lege cel)",
      "row 1: factor is missing (blank cell)",
    ],
    [
      "key column summing to 0",
      () =>
        fairShareBlend(
          10,
          [
            [1, 2],
            [0, 0],
          ],
          [0.5, 0.5],
        ),
      "divisionByZero",
      "kolom 2: de sleutelkolom telt op tot 0 over de rijen die meedoen: delen door 0",
      "column 2: the key column adds up to 0 over the rows that take part: division by zero",
    ],
    [
      "key column 0 over the rows that take part",
      () =>
        fairShareBlend(
          10,
          [
            [1, 2],
            [0, null],
          ],
          [0.5, 0.5],
        ),
      "divisionByZero",
      "kolom 2: de sleutelkolom telt op tot 0 over de rijen die meedoen: delen door 0",
      "column 2: the key column adds up to 0 over the rows that take part: division by zero",
    ],
    [
      "negative key",
      () =>
        fairShareBlend(
          10,
          [
            [1, 2],
            [3, -4],
          ],
          [0.5, 0.5],
        ),
      "invalidValue",
      "rij 2, kolom 2: gewicht is negatief (-4)",
      "row 2, column 2: weight is negative (-4)",
    ],
    [
      "every row has a blank",
      () =>
        fairShareBlend(
          10,
          [
            [1, null],
            [null, 4],
          ],
          [0.5, 0.5],
        ),
      "divisionByZero", // nothing to divide by, as a single key whose weights are all blank (issue 17, Functions)
      "alle waarden van gewicht zijn 0 of leeg: er is niets om naar te verdelen",
      "every weight is 0 or blank: there is nothing to share by",
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

describe("readDecimal reads the decimal the user typed", () => {
  test.each([
    [0.3, 3n, 1],
    [0.7, 7n, 1],
    [1e-7, 1n, 7],
    [0.2999995, 2999995n, 7],
    [1234.5, 12345n, 1],
    [1e21, 10n ** 21n, 0],
    [0, 0n, 0],
  ])("%p", (x, numerator, scale) => {
    const d = readDecimal(x);
    expect(d.numerator * 10n ** BigInt(scale)).toBe(numerator * 10n ** BigInt(d.scale));
  });
  test("round-trips through decimalText", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e15, noNaN: true }), (x) => {
        const d = readDecimal(x);
        expect(Number(decimalText(d.numerator, d.scale))).toBe(x);
      }),
      RUNS,
    );
  });
});
