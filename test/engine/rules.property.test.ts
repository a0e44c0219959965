/**
 * Invariants of quotas, redistribution, growth paths, carry-over and shortfall (fast-check,
 * ≥ 200 cases each), plus the exactness cases binary floating point gets wrong.
 */
import fc from "fast-check";
import {
  applyShare,
  carryOverRow,
  fairShare,
  growthPathValues,
  mutationRate,
  quota,
  readShare,
  redistribute,
  redistributeCounts,
  shortfall,
  shortfallOf,
} from "../../src/engine";
import { cases } from "../cases";

const RUNS = cases(250, 20261201);
const count = fc.integer({ min: 0, max: 5000 });

describe("quota (CAP30 / MIN15) is exact", () => {
  test("0.29 × 50 rounds to 15 and 0.07 × 100 up is 7 (floats would give 14 and 8)", () => {
    expect(Math.round(0.29 * 50)).toBe(14); // the slip we avoid
    expect(Math.ceil(0.07 * 100)).toBe(8); // idem
    expect(applyShare(50, readShare(0.29, 0), "round")).toBe(15);
    expect(applyShare(100, readShare(0.07, 0), "up")).toBe(7);
    expect(quota([50], 0.29)).toEqual([15]);
    expect(quota([100], 0.07, "up")).toEqual([7]);
  });

  test("half up by default, down never above the exact share, up never below", () => {
    const share = fc.integer({ min: 0, max: 1_000_000 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), share, (lettings, micros) => {
        const exact = BigInt(lettings) * BigInt(micros); // × 10^-6
        const down = BigInt(applyShare(lettings, micros, "down")) * 1_000_000n;
        const up = BigInt(applyShare(lettings, micros, "up")) * 1_000_000n;
        const round = BigInt(applyShare(lettings, micros, "round")) * 1_000_000n;
        expect(down <= exact && exact - down < 1_000_000n).toBe(true);
        expect(up >= exact && up - exact < 1_000_000n).toBe(true);
        expect(2n * (exact - round) < 1_000_000n && 2n * (round - exact) <= 1_000_000n).toBe(true);
      }),
      RUNS,
    );
  });

  test("monotone in the lettings", () => {
    fc.assert(
      fc.property(count, count, fc.integer({ min: 0, max: 1_000_000 }), (a, b, micros) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        for (const r of ["round", "down", "up"] as const) expect(applyShare(lo, micros, r)).toBeLessThanOrEqual(applyShare(hi, micros, r));
      }),
      RUNS,
    );
  });

  test("blank lettings give a blank, text percentages are read", () => {
    expect(quota([100, null, "", 10], "30%")).toEqual([30, null, null, 3]);
    expect(quota([85], "0,3")).toEqual([26]);
  });
});

describe("redistribute (solidarity)", () => {
  const pairs = fc.array(fc.tuple(count, count, fc.integer({ min: 0, max: 100 })), { minLength: 1, maxLength: 30 });

  test("never above capacity, never below min(demand, capacity), places min(Σdemand, Σcapacity)", () => {
    fc.assert(
      fc.property(pairs, fc.boolean(), (rows, withWeights) => {
        const d = rows.map((r) => r[0]);
        const c = rows.map((r) => r[1]);
        const w = withWeights && rows.some((r) => r[2] > 0) ? rows.map((r) => r[2]) : undefined;
        const placed = redistributeCounts(d, c, w);
        placed.forEach((p, i) => {
          expect(p).toBeLessThanOrEqual(c[i]);
          expect(p).toBeGreaterThanOrEqual(Math.min(d[i], c[i]));
          expect(Number.isInteger(p)).toBe(true);
        });
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        expect(sum(placed)).toBe(Math.min(sum(d), sum(c)));
      }),
      RUNS,
    );
  });

  test("the surplus is shared in proportion to spare room (within one dwelling of the exact share)", () => {
    // 6 over in the first; spare room 4 and 6 take 2.4 and 3.6 → 2 and 4
    expect(redistributeCounts([10, 2, 2], [4, 6, 8])).toEqual([4, 4, 6]);
    // more surplus than room: everyone with room is filled
    expect(redistributeCounts([5, 0], [1, 2])).toEqual([1, 2]);
    // explicit weights: all the surplus to the municipality with weight, up to its room, then the rest
    expect(redistributeCounts([10, 0, 0], [0, 3, 20], [0, 1, 0])).toEqual([0, 3, 7]);
  });

  test("blank pairs take no part and stay blank; all-zero weights are refused", () => {
    expect(redistribute([10, null, 0], [4, 5, 8])).toEqual([4, null, 6]);
    expect(() => redistribute([10, 0], [4, 8], [0, 0])).toThrow(/every weight is 0/);
  });
});

describe("growth path", () => {
  const year = fc.integer({ min: 2000, max: 2060 });
  test("starts at start and ends at target exactly, one value per year, monotone between", () => {
    fc.assert(
      fc.property(count, count, year, fc.integer({ min: 0, max: 40 }), (start, target, from, span) => {
        const path = growthPathValues(start, target, from, from + span);
        expect(path).toHaveLength(span + 1);
        expect(path[path.length - 1]).toBe(target);
        if (span > 0) expect(path[0]).toBe(start);
        for (let k = 1; k < path.length; k++) {
          if (target >= start) expect(path[k]).toBeGreaterThanOrEqual(path[k - 1]);
          else expect(path[k]).toBeLessThanOrEqual(path[k - 1]);
        }
      }),
      RUNS,
    );
  });

  test("worked example: realised 795 in 2024 to 1170 in 2035", () => {
    expect(growthPathValues(795, 1170, 2024, 2035)).toEqual([795, 829, 863, 897, 931, 965, 1000, 1034, 1068, 1102, 1136, 1170]);
    expect(growthPathValues(10, 0, 2026, 2028)).toEqual([10, 5, 0]);
    expect(growthPathValues(3, 7, 2030, 2030)).toEqual([7]);
    expect(growthPathValues(0, 1, 2024, 2026)).toEqual([0, 1, 1]); // 0.5 rounds half up
  });
});

describe("carry-over", () => {
  const year = fc.tuple(fc.option(count, { nil: null }), fc.option(count, { nil: null }));
  test("without credit the balance is never negative; blanks leave it unchanged", () => {
    fc.assert(
      fc.property(fc.array(year, { minLength: 1, maxLength: 15 }), (years) => {
        const t = years.map((y) => y[0]);
        const r = years.map((y) => y[1]);
        const out = carryOverRow(t, r, false);
        let last = 0;
        out.forEach((b, j) => {
          if (t[j] === null || r[j] === null) expect(b).toBeNull();
          else {
            expect(b!).toBeGreaterThanOrEqual(0);
            expect(b).toBe(Math.max(0, last + t[j]! - r[j]!));
            last = b!;
          }
        });
      }),
      RUNS,
    );
  });

  test("with credit it is the plain running sum of target − realised", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(count, count), { minLength: 1, maxLength: 15 }), (years) => {
        const out = carryOverRow(
          years.map((y) => y[0]),
          years.map((y) => y[1]),
          true,
        );
        let s = 0;
        years.forEach(([t, r], j) => {
          s += t - r;
          expect(out[j]).toBe(s);
        });
      }),
      RUNS,
    );
  });
});

describe("shortfall", () => {
  test("region ≤ local, both ≥ 0; region = max(0, Σd − Σs)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(count, count), { minLength: 1, maxLength: 30 }), (rows) => {
        const d = rows.map((r) => r[0]);
        const s = rows.map((r) => r[1]);
        const region = shortfallOf(d, s, "region");
        const local = shortfallOf(d, s, "local");
        expect(region).toBeGreaterThanOrEqual(0);
        expect(region).toBeLessThanOrEqual(local);
        expect(region).toBe(Math.max(0, d.reduce((a, b) => a + b, 0) - s.reduce((a, b) => a + b, 0)));
      }),
      RUNS,
    );
  });

  test("modes by name; a blank counts as nothing needed / nothing placed (an aggregate, like SUM)", () => {
    expect(shortfall([422, 53], [355, 60])).toBe(60);
    expect(shortfall([422, 53], [355, 60], "lokaal")).toBe(67);
    expect(shortfall([422, 53, 9], [355, 60, null], "local")).toBe(76);
    expect(shortfall([10, 5, 4], [12, null, 1])).toBe(6);
    expect(shortfall([10, 5, 4], [12, null, 1], "local")).toBe(8);
    expect(shortfall([null, 5], [3, ""], "local")).toBe(5);
    expect(shortfall([null, 5], [3, ""])).toBe(2);
  });
});

describe("fair share keeps blanks in place", () => {
  test("blank weights give null at their position and take no part", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc
          .array(fc.option(fc.integer({ min: 1, max: 1000 }), { nil: null }), { minLength: 1, maxLength: 20 })
          .filter((w) => w.some((x) => x !== null)),
        (total, weights) => {
          const out = fairShare(total, weights);
          weights.forEach((w, i) => expect(out[i] === null).toBe(w === null));
          expect(out.reduce<number>((a, b) => a + (b ?? 0), 0)).toBe(total);
        },
      ),
      RUNS,
    );
  });
});

test("mutation rate is Σlettings / Σstock, blank pairs skipped", () => {
  expect(mutationRate([571], [10000])).toBeCloseTo(0.0571, 12);
  expect(mutationRate([100, 200, 5], [2000, 4000, null])).toBeCloseTo(0.05, 12);
});
