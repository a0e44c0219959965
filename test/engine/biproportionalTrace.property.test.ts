/**
 * The divisors "Waarom?" shows for a per-group matrix (src/engine/explain/biproportionalTrace.ts):
 * checked cell by cell with plain fraction arithmetic written here — the quotient is the weight
 * over the product of its row's and column's divisor, lies between its signposts (so it rounds
 * to the cell), and lies on a signpost only where the engine reported a tie or where the matrix
 * has ties at all. The texts name the real numbers in Dutch and English.
 */
import fc from "fast-check";
import { groupShare } from "../../src/engine";
import { explainGroupCell, explainGroupMethod, rational, traceBiproportional } from "../../src/engine/explain";
import { cases } from "../cases";

type Method = "webster" | "dhondt";

/** s(k) as [numerator, denominator]: Webster k − ½, D'Hondt k, s(0) = 0. */
const post = (k: number, method: Method): [bigint, bigint] =>
  k === 0 ? [0n, 1n] : method === "webster" ? [BigInt(2 * k - 1), 2n] : [BigInt(k), 1n];

const traceCases = fc
  .record({ m: fc.integer({ min: 1, max: 6 }), n: fc.integer({ min: 1, max: 5 }), method: fc.constantFrom<Method>("webster", "dhondt") })
  .chain(({ m, n, method }) =>
    fc.record({
      method: fc.constant(method),
      w: fc.array(
        fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 3000 })), {
          minLength: n,
          maxLength: n,
        }),
        {
          minLength: m,
          maxLength: m,
        },
      ),
      y: fc.array(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
    }),
  )
  .map(({ w, y, method }) => {
    const x = y.map((row, i) => row.map((v, j) => (w[i][j] === 0 ? 0 : v)));
    return { w, method, totals: x.map((r) => r.reduce((a, b) => a + b, 0)), needs: x[0].map((_, j) => x.reduce((a, r) => a + r[j], 0)) };
  });

describe("traceBiproportional: divisors that produce the matrix", () => {
  test("300 random matrices: every quotient = w / (r·c) rounds to its cell; on a signpost only when the matrix has ties", () => {
    fc.assert(
      fc.property(traceCases, ({ w, totals, needs, method }) => {
        const { seats, ties } = groupShare(w, totals, needs, method);
        const trace = traceBiproportional(
          w.map((r) => r.map((v) => rational(v))),
          seats,
          method,
        );
        seats.forEach((row, i) =>
          row.forEach((x, j) => {
            const r = trace.rowDivisors[i];
            const c = trace.columnDivisors[j];
            expect(r === null).toBe(totals[i] === 0);
            expect(c === null).toBe(needs[j] === 0);
            if (!r || !c || w[i][j] === 0) return;
            // q = w / (r·c) = w·r.den·c.den / (r.num·c.num)
            const qn = BigInt(w[i][j]) * r.den * c.den;
            const qd = r.num * c.num;
            const q = trace.quotients[i][j]!;
            expect(q.num * qd).toBe(qn * q.den);
            const [ln, ld] = post(x, method);
            const [hn, hd] = post(x + 1, method);
            expect(ln * qd <= qn * ld).toBe(true);
            expect(qn * hd <= hn * qd).toBe(true);
            const onPost = (x > 0 && ln * qd === qn * ld) || hn * qd === qn * hd;
            expect(trace.onSignpost[i][j]).toBe(onPost);
            if (onPost) expect(ties.length).toBeGreaterThan(0);
          }),
        );
      }),
      cases(300, 1989),
    );
  });

  test("quotas: each group's need shared by weight alone", () => {
    const trace = traceBiproportional(
      [
        [5, 1],
        [1, 3],
      ].map((r) => r.map((v) => rational(v))),
      [
        [5, 2],
        [1, 2],
      ],
      "webster",
    );
    expect(trace.quotas.map((r) => r.map((q) => `${q.num}/${q.den}`))).toEqual([
      ["5/1", "1/1"],
      ["1/1", "3/1"],
    ]);
  });

  test("a matrix that no divisors produce is refused", () => {
    expect(() =>
      traceBiproportional(
        [
          [1, 1],
          [1, 1],
        ].map((r) => r.map((v) => rational(v))),
        [
          [2, 0],
          [0, 2],
        ],
        "webster",
      ),
    ).toThrow(/no divisors/);
  });
});

describe("explainGroupCell: Waarom? for one cell", () => {
  const w = [
    [5, 1],
    [1, 3],
  ];
  const seats = groupShare(w, [7, 3], [6, 4]).seats;
  const exact = w.map((r) => r.map((v) => rational(v)));
  const trace = traceBiproportional(exact, seats, "webster");
  const names = { municipalities: ["Apeldoorn", "Epe"], groups: ["Maatschappelijke opvang", "Beschermd wonen"] };

  test("nl: quota, divisors, quotient and rounding, the difference to each group on its own", () => {
    const why = explainGroupCell(trace, seats, exact, 0, 1, { ...names, lang: "nl", own: 1, tied: false });
    expect(why.result).toBe(2);
    expect(why.quota).toBe("quotum = behoefte 4 × gewicht 1 / 4 (alle gewichten van Beschermd wonen) = 1,00");
    const r = trace.rowDivisors[0]!;
    const c = trace.columnDivisors[1]!;
    expect(why.divisors).toMatch(/^gemeentedeler [\d,]+ \(Apeldoorn\), groepsdeler [\d,]+ \(Beschermd wonen\)$/);
    expect(why.cell).toMatch(/^gewicht ÷ \(gemeentedeler × groepsdeler\) = 1 \/ \([\d,]+ × [\d,]+\) [=≈] 1,\d+ → 2 /);
    expect(why.cell).toMatch(/→ 2 \(afgerond op het dichtstbijzijnde gehele getal\)$/);
    // the quotient shown is the weight over the product of the divisors shown
    const [, rText, cText, qText] = /\(([\d,]+) × ([\d,]+)\) [=≈] ([\d,]+)/.exec(why.cell)!;
    expect(
      Math.abs(1 / (Number(rText.replace(",", ".")) * Number(cText.replace(",", "."))) - Number(qText.replace(",", "."))),
    ).toBeLessThan(0.01);
    expect(Number(r.num) / Number(r.den)).toBeCloseTo(Number(rText.replace(",", ".")), 6);
    expect(Number(c.num) / Number(c.den)).toBeCloseTo(Number(cText.replace(",", ".")), 6);
    expect(why.own).toBe("Elke groep apart afgerond: 1; hier 2 (+1), zodat het totaal van Apeldoorn (7) klopt.");
  });

  test("en: the same cell, and the method in one paragraph", () => {
    const why = explainGroupCell(trace, seats, exact, 1, 0, { ...names, lang: "en", own: 1, tied: false });
    expect(why.quota).toBe("quota = need 6 × weight 1 / 6 (all weights of Maatschappelijke opvang) = 1.00");
    expect(why.cell).toMatch(/→ 1 \(rounded to the nearest whole number\)$/);
    expect(why.own).toBe("Each group rounded on its own: also 1.");
    expect(explainGroupMethod(trace, "en")).toMatch(/^Every municipality has a divisor and every group has a divisor\./);
  });

  test("a tie: the quotient on the boundary and the rule that decided", () => {
    const tied = groupShare(
      [
        [1, 1],
        [1, 1],
      ],
      [1, 1],
      [1, 1],
    );
    const t = traceBiproportional(
      [
        [1, 1],
        [1, 1],
      ].map((r) => r.map((v) => rational(v))),
      tied.seats,
      "webster",
    );
    const ex = [
      [1, 1],
      [1, 1],
    ].map((r) => r.map((v) => rational(v)));
    const why = explainGroupCell(t, tied.seats, ex, 0, 0, { ...names, lang: "nl", own: null, tied: true });
    expect(tied.seats).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(why.cell).toMatch(/= 0,50: precies op de grens, dus 0 of 1 \(gelijke stand\); de regel beslist: .* → 1$/);
    expect(why.own).toBeNull();
  });
});
