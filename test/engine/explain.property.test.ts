/**
 * The explanation traces agree with the engine on random inputs, and the paradox checks agree
 * with a brute-force recomputation written here, independent of both the engine and
 * src/engine/explain (fast-check with a fixed seed: deterministic).
 */
import fc from "fast-check";
import { dhondt, hamilton, redistributeCounts, webster } from "../../src/engine";
import {
  Rational,
  add,
  alabamaParadox,
  compare,
  floor,
  populationParadox,
  rational,
  traceDivisor,
  traceHamilton,
  traceSolidarity,
} from "../../src/engine/explain";
import { cases } from "../cases";

const RUNS = cases(200, 20261126);

const weightsArb = fc
  .oneof(
    fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 12 }),
    fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { minLength: 1, maxLength: 15 }),
    fc.array(
      fc.integer({ min: 0, max: 100_000_000 }).map((x) => x / 1000),
      { minLength: 1, maxLength: 10 },
    ),
  )
  .filter((w) => w.some((x) => x > 0));
const totalArb = fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 1_000_000 }));

/** Brute-force Hamilton on whole weights: exact quotas, sort every remainder, no shortcuts. */
function naiveHamilton(total: number, weights: readonly number[]): number[] {
  const w = weights.map(BigInt);
  const sum = w.reduce((a, b) => a + b, 0n);
  const t = BigInt(total);
  const seats = w.map((x) => Number((t * x) / sum));
  const rem = w.map((x) => (t * x) % sum);
  const order = w
    .map((_, i) => i)
    .sort((a, b) => (rem[a] !== rem[b] ? (rem[a] > rem[b] ? -1 : 1) : w[a] !== w[b] ? (w[a] > w[b] ? -1 : 1) : a - b));
  const left = total - seats.reduce((a, b) => a + b, 0);
  for (let k = 0; k < left; k++) seats[order[k]] += 1;
  return seats;
}

describe("traceHamilton", () => {
  test("agrees with the engine; exact quotas add up to the total; extra seats go to the best remainders", () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        const t = traceHamilton(total, weights);
        expect(t.results).toEqual(hamilton(total, weights));
        const sum = t.items.reduce<Rational>((s, it) => add(s, it.quota), rational(0));
        expect(sum).toEqual(rational(total));
        const extras = t.items.filter((it) => it.extra);
        expect(extras.length).toBe(t.leftOver);
        for (const it of t.items) {
          expect(BigInt(it.whole)).toBe(floor(it.quota));
          expect(add(rational(it.whole), it.remainder)).toEqual(it.quota);
          expect(it.result).toBe(it.whole + (it.extra ? 1 : 0));
          expect(it.extra).toBe(it.remainderRank <= t.leftOver);
          for (const other of t.items)
            if (it.extra && !other.extra) expect(compare(it.remainder, other.remainder)).toBeGreaterThanOrEqual(0);
          if (it.settledBy === "weight" || it.settledBy === "position") {
            expect(it.tiedWith.length).toBeGreaterThan(0);
            for (const j of it.tiedWith) expect(t.items[j].remainder).toEqual(it.remainder);
          }
        }
      }),
      RUNS,
    );
  });
});

describe.each(["webster", "dhondt"] as const)("traceDivisor %s", (method) => {
  const engine = method === "webster" ? webster : dhondt;
  const round = (q: Rational) => (method === "dhondt" ? floor(q) : floor(add(q, rational(1, 2))));
  test("agrees with the engine, and the divisor reproduces every result by the method's rounding", () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        const t = traceDivisor(total, weights, method);
        expect(t.results).toEqual(engine(total, weights));
        if (total === 0) return expect(t.divisor).toBeNull();
        const d = t.divisor as Rational;
        const { low, high } = t.interval!;
        expect(compare(d, low)).toBe(t.tie ? 0 : 1);
        expect(compare(d, high as Rational)).toBeLessThanOrEqual(0);
        for (const it of t.items) {
          expect(BigInt(it.rounded)).toBe(round(it.quotient as Rational));
          // only a municipality that lost a tie gets less than its rounded quotient (by one)
          if (it.tie && !it.tie.won) expect(it.rounded).toBe(it.result + 1);
          else expect(it.rounded).toBe(it.result);
        }
      }),
      RUNS,
    );
  });
});

describe("traceSolidarity", () => {
  const counts = fc.array(fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 50 })), {
    minLength: 1,
    maxLength: 12,
  });
  test("agrees with REDISTRIBUTE, by spare room and by given weights", () => {
    fc.assert(
      fc.property(counts, fc.boolean(), (rows, withWeights) => {
        const need = rows.map((r) => r[0]);
        const room = rows.map((r) => r[1]);
        const weights = withWeights ? rows.map((r) => r[2]) : undefined;
        const t = traceSolidarity(need, room, weights);
        expect(t.results).toEqual(redistributeCounts(need, room, weights));
        expect(t.results.reduce((a, b) => a + b, 0)).toBe(Math.min(t.totalNeed, t.totalRoom));
        for (const it of t.items) expect(it.received).toBeLessThanOrEqual(it.spare);
      }),
      RUNS,
    );
  });
});

describe("paradox checks against brute force", () => {
  const small = fc.array(fc.integer({ min: 1, max: 30_000 }), { minLength: 2, maxLength: 7 });

  test("Alabama: exactly the municipalities that lose a dwelling at total + 1", () => {
    let seen = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80 }), small, (total, weights) => {
        const before = naiveHamilton(total, weights);
        const after = naiveHamilton(total + 1, weights);
        const expected = before.flatMap((b, i) => (after[i] < b ? [i] : []));
        expect(alabamaParadox(total, weights).affected.map((a) => a.index)).toEqual(expected);
        seen += expected.length > 0 ? 1 : 0;
      }),
      cases(400, RUNS.seed),
    );
    expect(seen).toBeGreaterThan(0); // the generator does reach the paradox
  });

  test("finds the known example and stays silent for two municipalities (Hamilton is safe there)", () => {
    expect(alabamaParadox(43, [21878, 9713, 4167, 3252, 1065]).affected.map((a) => a.index)).toEqual([3]);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 2 }),
        (total, weights) => {
          expect(alabamaParadox(total, weights).affected).toEqual([]);
        },
      ),
      RUNS,
    );
  });

  test("divisor methods cannot show it: one more dwelling never costs anyone one", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80 }), small, (total, weights) => {
        for (const method of [webster, dhondt]) {
          const before = method(total, weights);
          const after = method(total + 1, weights);
          before.forEach((b, i) => expect(after[i]).toBeGreaterThanOrEqual(b));
        }
      }),
      RUNS,
    );
  });

  test("population paradox: exactly the pairs where the faster grower loses and the slower gains", () => {
    const years = fc
      .array(fc.tuple(fc.integer({ min: 100, max: 1000 }), fc.integer({ min: -20, max: 60 })), { minLength: 3, maxLength: 5 })
      .map((rows) => [rows.map((r) => r[0]), rows.map((r) => r[0] + r[1])] as const);
    let seen = 0;
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 15 }), years, (total, [w1, w2]) => {
        const s1 = naiveHamilton(total, w1);
        const s2 = naiveHamilton(total, w2);
        const expected: [number, number][] = [];
        for (let a = 0; a < w1.length; a++)
          for (let b = 0; b < w1.length; b++)
            if (a !== b && s2[a] < s1[a] && s2[b] > s1[b] && BigInt(w2[a]) * BigInt(w1[b]) > BigInt(w2[b]) * BigInt(w1[a]))
              expected.push([a, b]);
        const found = populationParadox(total, w1, w2).pairs.map((p) => [p.loser, p.gainer]);
        expect(found).toEqual(expected);
        seen += expected.length > 0 ? 1 : 0;
      }),
      cases(600, RUNS.seed),
    );
    expect(seen).toBeGreaterThan(0); // the generator does reach the paradox
  });

  test("divisor methods stay population monotone on the same inputs", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        small,
        fc.array(fc.integer({ min: 1, max: 30_000 }), { minLength: 7, maxLength: 7 }),
        (total, w1, raw) => {
          const w2 = w1.map((_, i) => raw[i]);
          for (const method of [webster, dhondt]) {
            const s1 = method(total, w1);
            const s2 = method(total, w2);
            for (let a = 0; a < w1.length; a++)
              for (let b = 0; b < w1.length; b++)
                if (BigInt(w2[a]) * BigInt(w1[b]) > BigInt(w2[b]) * BigInt(w1[a])) expect(s2[a] < s1[a] && s2[b] > s1[b]).toBe(false);
          }
        },
      ),
      RUNS,
    );
  });
});
