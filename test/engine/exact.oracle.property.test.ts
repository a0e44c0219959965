/**
 * Items 2–4 of issue 10 against an independent oracle: rationals in BigInt written here, from
 * the decimal the test itself generated (not from the engine's reading of it), compared with
 * what the THUIS functions answer. Shares and weights are read as the decimal the user typed;
 * tiny weights are weights; SHORTFALL is an aggregate; no result is ever -0.
 * Deterministic: fast-check runs with a fixed seed.
 */
import fc from "fast-check";
import * as thuis from "../../src/functions/wrappers";
import { cases } from "../cases";

const RUNS = cases(300, 20261126);
type ExcelValue = number | string | boolean | null | undefined;
const col = (xs: readonly ExcelValue[]): ExcelValue[][] => xs.map((x) => [x]);
const flat = (m: (number | string)[][]) => m.map((r) => r[0]);

/** An exact decimal digits / 10^scale and the double a user gets by typing it. */
interface Typed {
  digits: bigint;
  scale: number;
  x: number;
}

/**
 * A decimal with at most 15 significant digits: typing it gives a double whose shortest
 * round-trip text is that same decimal, so digits / 10^scale is exactly what the user typed.
 */
const typed = (maxDigits: bigint, maxScale: number) =>
  fc
    .record({ digits: fc.bigInt({ min: 0n, max: maxDigits }), scale: fc.integer({ min: 0, max: maxScale }) })
    .map(({ digits, scale }): Typed => ({ digits, scale, x: Number(`${digits}e-${scale}`) }));

const TEN = (k: number) => 10n ** BigInt(k);

/** A share in 0..1 as typed: 0.3, 0.2999995, 0.1234567, 1e-9, 1 … */
const shareArb = typed(999_999_999_999_999n, 18).filter((s) => s.digits <= TEN(s.scale));

function oracleShare(lettings: number, s: Typed, rounding: "round" | "down" | "up"): number {
  const num = BigInt(lettings) * s.digits;
  const den = TEN(s.scale);
  const floor = num / den;
  const rest = num % den;
  if (rounding === "down" || rest === 0n) return Number(floor);
  if (rounding === "up") return Number(floor + 1n);
  return Number(2n * rest >= den ? floor + 1n : floor);
}

describe("CAP30 / MIN15 read the share as typed", () => {
  test("examples: 0.2999995 down, 0.1000004 up, 0.1234567 of 10^9, and the float slips", () => {
    expect(thuis.CAP30(10, 0.2999995, "down")).toEqual([[2]]);
    expect(thuis.MIN15(10, 0.1000004, "up")).toEqual([[2]]);
    expect(thuis.CAP30(1_000_000_000, 0.1234567, "down")).toEqual([[123_456_700]]);
    expect(thuis.CAP30(50, 0.29, null)).toEqual([[15]]);
    expect(thuis.CAP30(100, 0.07, "up")).toEqual([[7]]);
    expect(thuis.CAP30(1_000_000_000, 1e-9, "down")).toEqual([[1]]);
    expect(thuis.CAP30(999_999_999, 1e-9, "up")).toEqual([[1]]);
    expect(thuis.CAP30(999_999_999, 1e-9, "down")).toEqual([[0]]);
    expect(thuis.CAP30(10, "29,99995%", "down")).toEqual([[2]]);
    expect(thuis.CAP30(10, "0,2999995", "up")).toEqual([[3]]);
  });

  test("every rounding equals the BigInt oracle on the typed decimal", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { minLength: 1, maxLength: 8 }),
        shareArb,
        fc.constantFrom("round", "down", "up") as fc.Arbitrary<"round" | "down" | "up">,
        fc.boolean(),
        (lettings, share, rounding, asMin) => {
          const out = flat((asMin ? thuis.MIN15 : thuis.CAP30)(col(lettings), share.x, rounding));
          expect(out).toEqual(lettings.map((l) => oracleShare(l, share, rounding)));
        },
      ),
      RUNS,
    );
  });

  test('the share as text ("12,5%", "0,125") is read digit by digit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        typed(99_999_999n, 10).filter((s) => s.digits <= TEN(s.scale)),
        (l, s) => {
          const text = s.digits.toString().padStart(s.scale + 1, "0");
          const comma = `${text.slice(0, text.length - s.scale)},${text.slice(text.length - s.scale)}`;
          expect(flat(thuis.CAP30(l, comma, "down"))).toEqual([oracleShare(l, s, "down")]);
          expect(flat(thuis.CAP30(l, comma, "up"))).toEqual([oracleShare(l, s, "up")]);
        },
      ),
      RUNS,
    );
  });

  test("any double in 0..1: down never above the exact share of String(x), up never below", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (l, x) => {
        const { num, den } = parseShortest(x);
        const exact = BigInt(l) * num; // share × lettings × den
        const down = BigInt(flat(thuis.CAP30(l, x, "down"))[0] as number);
        const up = BigInt(flat(thuis.MIN15(l, x, "up"))[0] as number);
        expect(down * den <= exact && exact < (down + 1n) * den).toBe(true);
        expect(up * den >= exact && exact > (up - 1n) * den).toBe(true);
      }),
      RUNS,
    );
  });
});

/** The shortest round-trip decimal of a non-negative double, as num / den (fresh parser). */
function parseShortest(x: number): { num: bigint; den: bigint } {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!m) throw new Error(`unexpected ${String(x)}`);
  const fraction = m[2] ?? "";
  const exponent = Number(m[3] ?? "0") - fraction.length;
  const digits = BigInt(m[1] + fraction);
  return exponent >= 0 ? { num: digits * TEN(exponent), den: 1n } : { num: digits, den: TEN(-exponent) };
}

// ---- FAIRSHARE ---------------------------------------------------------------------------

/** Weights as rationals on one common denominator: integers proportional to what was typed. */
function commonIntegers(weights: readonly { num: bigint; den: bigint }[]): bigint[] {
  const den = weights.reduce((d, w) => (w.den > d ? w.den : d), 1n); // all are powers of ten
  return weights.map((w) => (w.num * den) / w.den);
}

function hamiltonOracle(total: number, w: bigint[]): number[] {
  const t = BigInt(total);
  const W = w.reduce((a, b) => a + b, 0n);
  const seats = w.map((x) => (t * x) / W);
  let left = t - seats.reduce((a, b) => a + b, 0n);
  const order = w
    .map((x, i) => ({ i, r: (t * x) % W, x }))
    .sort((a, b) => (a.r !== b.r ? (a.r > b.r ? -1 : 1) : a.x !== b.x ? (a.x > b.x ? -1 : 1) : a.i - b.i));
  for (const o of order)
    if (left > 0n) {
      seats[o.i] += 1n;
      left -= 1n;
    }
  return seats.map(Number);
}

/** Seat by seat: the next seat to the largest w / divisor(seats); ties larger w, then earlier. */
function highestAveragesOracle(total: number, w: bigint[], divisor: (k: bigint) => bigint): number[] {
  const seats = w.map(() => 0n);
  for (let s = 0; s < total; s++) {
    let best = -1;
    for (let i = 0; i < w.length; i++) {
      if (w[i] === 0n) continue;
      if (best < 0) {
        best = i;
        continue;
      }
      const lhs = w[i] * divisor(seats[best]);
      const rhs = w[best] * divisor(seats[i]);
      if (lhs > rhs || (lhs === rhs && w[i] > w[best])) best = i;
    }
    seats[best] += 1n;
  }
  return seats.map(Number);
}

const webster = (k: bigint) => 2n * k + 1n;
const dhondt = (k: bigint) => k + 1n;

/** Weights as typed: tiny (1e-7, 4e-7), ordinary decimals, large whole numbers; at least one > 0. */
const weightsArb = fc
  .oneof(
    fc.array(typed(99n, 12), { minLength: 1, maxLength: 8 }),
    fc.array(typed(999_999_999_999n, 9), { minLength: 1, maxLength: 8 }),
    fc.array(typed(9_999n, 3), { minLength: 1, maxLength: 8 }),
  )
  .filter((ws) => ws.some((w) => w.digits > 0n));
const rational = (w: Typed) => ({ num: w.digits, den: TEN(w.scale) });

describe("FAIRSHARE reads weights as typed; a tiny weight is a weight like any other", () => {
  test("examples: {1e-7; 1e-7} is 5 and 5 with every method, {4e-7; 6e-7} webster is 4 and 6", () => {
    for (const method of ["hamilton", "webster", "dhondt", null])
      expect(thuis.FAIRSHARE(10, col([1e-7, 1e-7]), method)).toEqual([[5], [5]]);
    expect(thuis.FAIRSHARE(10, col([4e-7, 6e-7]), "webster")).toEqual([[4], [6]]);
    expect(thuis.FAIRSHARE(10, col([4e-7, 6e-7]), "hamilton")).toEqual([[4], [6]]);
    expect(thuis.FAIRSHARE(10, [[1e-300, 3e-300]], "dhondt")).toEqual([[2, 8]]);
    expect(thuis.FAIRSHARE(7, col([5e-324, 5e-324, 1e-323]), null)).toEqual([[2], [2], [3]]);
    expect(thuis.FAIRSHARE(10, col([1e12, 1e-7]), null)).toEqual([[10], [0]]);
  });

  test("hamilton equals the BigInt largest-remainder oracle, tie-breaks included", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), weightsArb, (total, ws) => {
        const out = flat(thuis.FAIRSHARE(total, col(ws.map((w) => w.x)), "hamilton"));
        expect(out).toEqual(hamiltonOracle(total, commonIntegers(ws.map(rational))));
      }),
      RUNS,
    );
  });

  test.each([
    ["webster", webster],
    ["dhondt", dhondt],
  ] as const)("%s equals the seat-by-seat BigInt oracle", (method, divisor) => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), weightsArb, (total, ws) => {
        const out = flat(thuis.FAIRSHARE(total, col(ws.map((w) => w.x)), method));
        expect(out).toEqual(highestAveragesOracle(total, commonIntegers(ws.map(rational)), divisor));
      }),
      RUNS,
    );
  });

  test.each([
    ["webster", webster],
    ["dhondt", dhondt],
  ] as const)("%s with large totals: every seat given beats every seat not given (certificate)", (method, divisor) => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), weightsArb, (total, ws) => {
        const out = flat(thuis.FAIRSHARE(total, col(ws.map((w) => w.x)), method)) as number[];
        const w = commonIntegers(ws.map(rational));
        expect(out.reduce((a, b) => a + b, 0)).toBe(total);
        // last seat of i: w_i / divisor(s_i − 1) ≥ next seat of j: w_j / divisor(s_j)
        for (let i = 0; i < w.length; i++) {
          if (out[i] === 0) continue;
          for (let j = 0; j < w.length; j++) {
            if (i === j) continue;
            expect(w[i] * divisor(BigInt(out[j])) >= w[j] * divisor(BigInt(out[i] - 1))).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  test("scaling every weight by 10^-k changes nothing (1e-7 is as good as 1)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.array(fc.integer({ min: 0, max: 99_999 }), { minLength: 1, maxLength: 8 }).filter((w) => w.some((x) => x > 0)),
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom("hamilton", "webster", "dhondt"),
        (total, ws, k, method) => {
          const tiny = ws.map((w) => Number(`${w}e-${k}`));
          expect(thuis.FAIRSHARE(total, col(tiny), method)).toEqual(thuis.FAIRSHARE(total, col(ws), method));
        },
      ),
      RUNS,
    );
  });
});

// ---- SHORTFALL ---------------------------------------------------------------------------

describe("SHORTFALL is an aggregate: a blank counts as nothing needed / nothing placed", () => {
  test("the issue's example: demand 10, 5, 4 and supply 12, (blank), 1", () => {
    expect(thuis.SHORTFALL(col([10, 5, 4]), col([12, null, 1]), null)).toBe(6);
    expect(thuis.SHORTFALL(col([10, 5, 4]), col([12, "", 1]), "local")).toBe(8);
    expect(thuis.SHORTFALL([[10, 5, 4]], [[12, null, 1]], "region")).toBe(6);
  });

  const cell = fc.option(fc.integer({ min: 0, max: 1_000_000_000 }), { nil: null, freq: 4 });
  test("equals the BigInt sums of SUM-like reading, in a column and in a row", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 30 }), fc.boolean(), (rows, asRow) => {
        const d = rows.map((r) => r[0]);
        const s = rows.map((r) => r[1]);
        const big = (x: number | null) => BigInt(x ?? 0);
        let region = 0n;
        let local = 0n;
        rows.forEach(([a, b]) => {
          region += big(a) - big(b);
          if (big(a) > big(b)) local += big(a) - big(b);
        });
        const shape = (xs: (number | null)[]) => (asRow ? [xs.map((x) => (x === null ? "" : x))] : col(xs));
        const r = thuis.SHORTFALL(shape(d), shape(s), null);
        const l = thuis.SHORTFALL(shape(d), shape(s), "local");
        expect(r).toBe(Number(region > 0n ? region : 0n));
        expect(l).toBe(Number(local));
        expect(Object.is(r, -0) || Object.is(l, -0)).toBe(false);
      }),
      RUNS,
    );
  });
});

// ---- -0 ----------------------------------------------------------------------------------

describe("no result is ever -0; a -0 input is 0", () => {
  const negZero = (x: unknown) => Object.is(x, -0);
  const cells = (m: unknown) => (Array.isArray(m) ? m.flat() : [m]);
  test("every function with -0 inputs", () => {
    const results = [
      thuis.FAIRSHARE(-0, col([1, -0]), null),
      thuis.FAIRSHARE(10, col([1, -0]), "dhondt"),
      thuis.CAP30(col([-0, 10]), -0, "down"),
      thuis.MIN15(-0, null, "up"),
      thuis.SHORTFALL(col([-0]), col([-0]), null),
      thuis.SHORTFALL(col([-0]), col([-0]), "local"),
      thuis.REDISTRIBUTE(col([-0, 5]), col([-0, 3]), null),
      thuis.REDISTRIBUTE(col([4, -0]), col([1, 5]), col([-0, 1])),
      thuis.GROWTHPATH(-0, -0, 2024, 2026),
      thuis.CARRYOVER([[-0, 1]], [[-0, 1]], true),
      thuis.CARRYOVER([[-0, 1]], [[-0, 1]], false),
      thuis.MUTATIONRATE(col([-0]), col([5])),
    ];
    for (const r of results) for (const x of cells(r)) expect(negZero(x)).toBe(false);
    expect(thuis.FAIRSHARE(10, col([1, -0]), null)).toEqual([[10], [0]]);
  });
});
