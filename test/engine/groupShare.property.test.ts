/**
 * GROUPSHARE (biproportional apportionment) against the independent checker in
 * biproportionalOracle.ts: margins exact, divisors exist that produce the matrix (exact
 * Bellman–Ford on the cell constraints, not the engine's column graph), every cell within its
 * rounding bound for those divisors; on small cases every valid matrix is enumerated, so the
 * tie rule (largest read row by row) and the tie report are checked, and infeasible zero
 * patterns are decided by max-flow.
 */
import fc from "fast-check";
import { InputError, groupShare } from "../../src/engine";
import { Method, allMatrices, divisorsFor, hallFeasible, lexMax, withinRoundingBound } from "./biproportionalOracle";
import { cases } from "../cases";

const big = (w: number[][]) => w.map((r) => r.map((v) => BigInt(v)));

/** Weights (some 0) and a whole matrix on their support whose margins are the totals and needs. */
const feasibleCase = (maxRows: number, maxCols: number, maxSeats: number) =>
  fc
    .record({ m: fc.integer({ min: 1, max: maxRows }), n: fc.integer({ min: 1, max: maxCols }) })
    .chain(({ m, n }) =>
      fc.record({
        w: fc.array(
          fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 5000 })), {
            minLength: n,
            maxLength: n,
          }),
          {
            minLength: m,
            maxLength: m,
          },
        ),
        y: fc.array(fc.array(fc.integer({ min: 0, max: maxSeats }), { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
        method: fc.constantFrom<Method>("webster", "dhondt"),
      }),
    )
    .map(({ w, y, method }) => {
      const x = y.map((row, i) => row.map((v, j) => (w[i][j] === 0 ? 0 : v)));
      return { w, method, totals: x.map((r) => r.reduce((a, b) => a + b, 0)), needs: x[0].map((_, j) => x.reduce((a, r) => a + r[j], 0)) };
    });

function check(w: number[][], totals: number[], needs: number[], method: Method): number[][] {
  const { seats } = groupShare(w, totals, needs, method);
  expect(seats.map((r) => r.reduce((a, b) => a + b, 0))).toEqual(totals);
  expect(needs.map((_, j) => seats.reduce((a, r) => a + r[j], 0))).toEqual(needs);
  const divisors = divisorsFor(big(w), seats, method);
  expect(divisors).not.toBeNull();
  expect(withinRoundingBound(big(w), seats, divisors!, method)).toBe(true);
  return seats;
}

describe("GROUPSHARE against the independent divisor checker", () => {
  test("2,000 random matrices up to 8 × 6: margins exact, divisors exist, every cell within its rounding bound", () => {
    fc.assert(
      fc.property(feasibleCase(8, 6, 12), ({ w, totals, needs, method }) => {
        check(w, totals, needs, method);
      }),
      cases(2000, 19),
    );
  });

  test("500 small cases against every valid matrix: the tie rule picks the one largest read row by row; ties reported iff several", () => {
    fc.assert(
      fc.property(feasibleCase(3, 3, 3), ({ w, totals, needs, method }) => {
        const valid = allMatrices(big(w), totals, needs).filter((x) => divisorsFor(big(w), x, method) !== null);
        const result = groupShare(w, totals, needs, method);
        expect(result.seats).toEqual(lexMax(valid));
        expect(result.ties.length > 0).toBe(valid.length > 1);
        // a tied cell is exactly one that some other valid matrix sets differently
        const differs = new Set<string>();
        for (const x of valid) x.forEach((r, i) => r.forEach((v, j) => v !== result.seats[i][j] && differs.add(`${i},${j}`)));
        expect(result.ties.map((t) => `${t.row},${t.column}`).sort()).toEqual([...differs].sort());
      }),
      cases(500, 7),
    );
  });

  test("300 random margins on sparse weights: refused with infeasiblePattern exactly when max-flow says the zeros forbid them", () => {
    const arb = fc.record({ m: fc.integer({ min: 1, max: 4 }), n: fc.integer({ min: 1, max: 4 }) }).chain(({ m, n }) =>
      fc.record({
        w: fc.array(fc.array(fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 9 })), { minLength: n, maxLength: n }), {
          minLength: m,
          maxLength: m,
        }),
        totals: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: m, maxLength: m }),
        cuts: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n - 1, maxLength: n - 1 }),
        method: fc.constantFrom<Method>("webster", "dhondt"),
      }),
    );
    fc.assert(
      fc.property(arb, ({ w, totals, cuts, method }) => {
        // needs: the same sum as the totals, split at random points
        const sum = totals.reduce((a, b) => a + b, 0);
        const points = cuts.map((c) => Math.round((c / 100) * sum)).sort((a, b) => a - b);
        const needs = [...points, sum].map((p, j) => p - (j === 0 ? 0 : points[j - 1]));
        const rowless = totals.some((t, i) => t > 0 && w[i].every((v, j) => v === 0 || needs[j] === 0));
        const colless = needs.some((d, j) => d > 0 && w.every((r, i) => r[j] === 0 || totals[i] === 0));
        let kind = "ok";
        try {
          check(w, totals, needs, method);
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          kind = e.kind;
        }
        if (rowless || colless) expect(kind).toBe("noPositiveWeight");
        else expect(kind).toBe(hallFeasible(big(w), totals, needs) ? "ok" : "infeasiblePattern");
      }),
      cases(300, 3),
    );
  });

  test("50 sparse cases with up to 10^6 per cell: still exact, still certified (the warm start scales with the totals)", () => {
    fc.assert(
      fc.property(feasibleCase(6, 5, 1_000_000), ({ w, totals, needs, method }) => {
        check(w, totals, needs, method);
      }),
      cases(50, 23),
    );
  });

  test("weights read as typed: 0.1, 0.2 and 1e-7 are exact decimals, a scale of the whole block changes nothing", () => {
    const w = [
      [0.1, 0.2, 0.3],
      [0.25, 1e-7, 0.5],
    ];
    const scaled = w.map((r) => r.map((v) => Math.round(v * 1e7)));
    expect(groupShare(w, [5, 4], [3, 3, 3]).seats).toEqual(groupShare(scaled, [5, 4], [3, 3, 3]).seats);
    check(scaled, [5, 4], [3, 3, 3], "webster");
  });
});

describe("GROUPSHARE worked examples", () => {
  test("rows 7 and 3, groups 6 and 4: [[5, 2], [1, 2]] (each row rounded alone gives groups 7 and 3)", () => {
    expect(
      groupShare(
        [
          [5, 1],
          [1, 3],
        ],
        [7, 3],
        [6, 4],
      ).seats,
    ).toEqual([
      [5, 2],
      [1, 2],
    ]);
  });

  test("D'Hondt rounds down: the same margins, another divisor pair", () => {
    check(
      [
        [5, 1],
        [1, 3],
      ],
      [7, 3],
      [6, 4],
      "dhondt",
    );
  });

  test("a total tie is settled row by row and reported: [[1, 1], [1, 1]] with all margins 1 → [[1, 0], [0, 1]], four tied cells", () => {
    const r = groupShare(
      [
        [1, 1],
        [1, 1],
      ],
      [1, 1],
      [1, 1],
    );
    expect(r.seats).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(r.ties).toHaveLength(4);
  });

  test("zero totals and needs take part as rows and columns of zeros", () => {
    const seats = check(
      [
        [3, 1, 7],
        [0, 0, 0],
        [1, 2, 0],
      ],
      [4, 0, 3],
      [4, 3, 0],
      "webster",
    );
    expect(seats[1]).toEqual([0, 0, 0]);
    expect(seats.map((r) => r[2])).toEqual([0, 0, 0]);
  });
});
