/**
 * The Verantwoording sheet plan: derived from the same engine as the scenario sheet (results
 * equal FAIRSHARE), exact quotas that add up to the total, the seed's figures, formulas as
 * text, sources with "gereconstrueerd", page setup — and the same on random inputs.
 */
import { DEFAULT_SETTINGS, perShare } from "../../src/scenario";
import fc from "fast-check";
import { STEDENDRIEHOEK_2024 as R } from "../../src/data";
import { apportion, fairShare } from "../../src/engine";
import { Rational, add, explainHamilton, rational, traceHamilton } from "../../src/engine/explain";
import { parseAddress } from "../../src/sheets/a1";
import { JustificationInput, planJustificationSheet } from "../../src/sheets/justificationLayout";
import { cases } from "../cases";

const names = R.municipalities.map((m) => m.name);
const seedInput: JustificationInput = {
  language: "nl",
  region: R.region,
  year: R.year,
  names,
  weights: R.municipalities.map((m) => m.population),
  weightLabel: "Gewicht (kolom A)",
  total: R.need,
  method: "hamilton",
  settings: {
    ...perShare((share) => DEFAULT_SETTINGS[share]),
    rounding: "round",
    solidarity: true,
    growth: { startYear: 2024, endYear: 2035 },
  },
  sources: Object.values(R.sources),
  formulas: [
    { label: "A · Verdeling naar inwonertal", formula: "=THUIS.FAIRSHARE($B$3,Gemeenten[Inwonertal],$B$8)" },
    { label: "C · Max. 30% van de mutaties sociale huur", formula: "=THUIS.CAP30(Gemeenten[Mutaties sociale huur],$B$5,$B$7)" },
  ],
  version: "0.1.0",
  date: "2026-11-26",
};
const ALABAMA = [21878, 9713, 4167, 3252, 1065];
const sumQuotas = (qs: (Rational | null)[]) => qs.reduce<Rational>((s, q) => (q ? add(s, q) : s), rational(0));

describe("seed (Regio Stedendriehoek 2024, Hamilton)", () => {
  const plan = planJustificationSheet(seedInput);
  const c = plan.column;
  const row = (i: number) => plan.cells[plan.dataRow + i];

  test("title, date and version, method in words, parameters", () => {
    expect(plan.sheetName).toBe("Verantwoording");
    expect(plan.cells[0][0]).toBe("Verantwoording verdeling urgente aandachtsgroepen — Regio Stedendriehoek 2024");
    expect(plan.cells[1][0]).toBe("Opgesteld op 26-11-2026 met Verdeelwijzer 0.1.0");
    const column0 = plan.cells.map((r) => r[0]);
    expect(column0).toContain("Methode");
    expect(column0.some((v) => typeof v === "string" && v.startsWith("Grootste-restmethode (Hamilton): "))).toBe(true);
    const param = (label: string) => plan.cells.find((r) => r[0] === label)?.[1];
    expect(param("Regionale opgave (huishoudens per jaar)")).toBe(1170);
    expect(param("Verdeelmethode")).toBe("Hamilton (grootste rest)");
    expect(param("Som van de gewichten")).toBe(1170);
    expect(param("Woningen over na de hele delen (naar de grootste resten)")).toBe(0);
    expect(param("Maximaal aandeel C en D")).toBe(0.3);
    expect(param("Minimaal aandeel E (Wet regie)")).toBe(0.15);
    expect(param("Afronding")).toBe("half naar boven");
    expect(param("Groeipad")).toBe("2024–2035");
  });

  test("the table: weight, share, exact quota, whole part, rank, result A = the published column A", () => {
    expect(plan.cells[plan.headerRow]).toEqual([
      "Gemeente",
      "Gewicht (kolom A)",
      "Aandeel van het totaal",
      "Exact quotum",
      "Heel deel",
      "Rest",
      "Rang van de rest",
      "Uitkomst A: Hamilton (grootste rest)",
      "Laagste (3 methoden)",
      "Hoogste (3 methoden)",
    ]);
    expect(row(0)).toEqual(["Apeldoorn", 422, 422 / 1170, 422, 422, 0, "", 422, 422, 422]);
    const published = R.municipalities.map((m) => m.population);
    names.forEach((name, i) => {
      expect(row(i)[c.name]).toBe(name);
      expect(row(i)[c.result]).toBe(published[i]);
    });
    expect(plan.results).toEqual(fairShare(1170, published));
  });

  test("totals are SUM of the cells above, cached values exact; exact quotas add up to the total", () => {
    const totals = plan.cells[plan.totalsRow];
    expect(totals[0]).toBe("Totaal");
    expect(totals[c.quota]).toBe("=SUM(D20:D28)");
    expect(totals[c.result]).toBe("=SUM(H20:H28)");
    expect(plan.values[plan.totalsRow][c.quota]).toBe(1170);
    expect(plan.values[plan.totalsRow][c.result]).toBe(1170);
    expect(plan.values[plan.totalsRow][c.share]).toBe(1);
    expect(sumQuotas(plan.quotas)).toEqual(rational(1170));
  });

  test("every number explained, in the pane's words", () => {
    expect(plan.explanations[0]).toBe("quotum = 1.170 × 422 / 1.170 = 422,00 → 422 heel; er blijven geen woningen over = 422");
    const r = plan.cells.find((x) => x[0] === "Apeldoorn" && typeof x[1] === "string");
    expect(r?.[1]).toBe(plan.explanations[0]);
  });

  test("formulas as text (no formula cells besides the totals), sources with reconstructed flags", () => {
    plan.cells.forEach((r, i) =>
      r.forEach((v) => {
        if (typeof v === "string" && v.startsWith("=")) {
          expect(i).toBe(plan.totalsRow);
          expect(v).toMatch(/^=SUM\([A-Z]+\d+:[A-Z]+\d+\)$/);
        }
      }),
    );
    const formulaRow = plan.cells.find((r) => r[0] === "A · Verdeling naar inwonertal");
    expect(formulaRow?.[1]).toBe("THUIS.FAIRSHARE($B$3,Gemeenten[Inwonertal],$B$8)");
    const flags = plan.cells.filter((r) => typeof r[0] === "string" && r[0].startsWith("mutaties")).map((r) => [r[7], r[8]]);
    expect(flags).toEqual([
      [2024, "ja"],
      [2024, "ja"],
    ]);
    expect(plan.cells.find((r) => typeof r[0] === "string" && r[0].startsWith("realisatie"))?.[8]).toBe("nee");
  });

  test("a rectangular block at A1 and print-ready page setup", () => {
    const block = parseAddress(plan.address);
    expect(block).toMatchObject({ row: 0, column: 0, rows: plan.cells.length, columns: plan.cells[0].length });
    plan.cells.forEach((r) => expect(r).toHaveLength(block.columns));
    expect(plan.values.length).toBe(plan.cells.length);
    expect(plan.columnWidths).toHaveLength(block.columns);
    expect(plan.pageSetup).toMatchObject({ fitToPagesWide: 1, fitToPagesTall: 0, printArea: plan.address, printTitleRows: "$19:$19" });
    expect(plan.pageSetup.footer).toEqual({ left: "Verdeelwijzer 0.1.0 · 26-11-2026", center: "", right: "Pagina &P van &N" });
    expect(plan.pageSetup.header.center).toBe("Verantwoording verdeling urgente aandachtsgroepen — Regio Stedendriehoek 2024");
    for (const f of plan.formats) {
      const b = parseAddress(f.address);
      expect(b.row + b.rows).toBeLessThanOrEqual(block.rows);
      expect(b.column + b.columns).toBeLessThanOrEqual(block.columns);
    }
  });
});

describe("fractional quotas, divisor methods, blanks, English", () => {
  const five = ["Apeldoorn", "Deventer", "Zutphen", "Lochem", "Hattem"];
  const base = { ...seedInput, names: five, weights: ALABAMA, total: 43, weightLabel: undefined };

  test("Hamilton at 43: ranks, extra dwellings, exact quotas add up to 43", () => {
    const plan = planJustificationSheet(base);
    const c = plan.column;
    const col = (k: number) => five.map((_, i) => plan.cells[plan.dataRow + i][k]);
    expect(col(c.whole)).toEqual([23, 10, 4, 3, 1]);
    expect(col(c.rank)).toEqual([2, 4, 3, 1, 5]);
    expect(col(c.result)).toEqual([24, 10, 4, 4, 1]);
    expect(sumQuotas(plan.quotas)).toEqual(rational(43));
    const doubles = col(c.quota) as number[];
    expect(Math.abs(doubles.reduce((a, b) => a + b, 0) - 43)).toBeLessThan(1e-9);
    expect(plan.values[plan.totalsRow][c.remainder]).toBe(2);
    expect(plan.explanations[0]).toBe(explainHamilton(traceHamilton(43, ALABAMA), 0, { names: five }));
    const warning = plan.cells.find((r) => typeof r[0] === "string" && r[0].startsWith("Alabama-paradox"));
    expect(warning?.[0]).toBe(
      "Alabama-paradox bij Hamilton: met 44 in plaats van 43 woningen krijgt Lochem er één minder (4 → 3). Sainte-Laguë (Webster) kan " +
        "dit niet laten zien.",
    );
  });

  test("D'Hondt: divisor parameter and weight ÷ divisor column", () => {
    const plan = planJustificationSheet({ ...base, method: "dhondt" });
    expect(plan.column.quotient).toBe(7);
    expect(plan.cells[plan.headerRow][7]).toBe("Gewicht ÷ deler");
    expect(plan.cells.find((r) => r[0] === "Deler")?.[1]).toBe(880);
    expect(plan.results).toEqual(apportion(43, ALABAMA, "dhondt"));
    expect(plan.explanations[1]).toBe("gewicht ÷ deler = 9.713 / 880 ≈ 11,04 → 11 (naar beneden afgerond)");
  });

  test("a blank weight takes no part (as FAIRSHARE)", () => {
    const plan = planJustificationSheet({ ...base, weights: [21878, null, 4167, 3252, 1065] });
    expect(plan.cells[plan.dataRow + 1].slice(0, 3)).toEqual(["Deventer", "", ""]);
    expect(plan.results).toEqual(fairShare(43, [21878, null, 4167, 3252, 1065]));
    expect(sumQuotas(plan.quotas)).toEqual(rational(43));
  });

  test("English labels, header/footer with & escaped", () => {
    const plan = planJustificationSheet({ ...base, language: "en", region: "Noord & Zuid", date: "2026-11-26" });
    expect(plan.sheetName).toBe("Justification");
    expect(plan.cells[plan.headerRow][0]).toBe("Municipality");
    expect(plan.cells[1][0]).toBe("Prepared on 2026-11-26 with Verdeelwijzer 0.1.0");
    expect(plan.pageSetup.header.center).toBe("Justification of the allocation of urgent target groups — Noord && Zuid 2024");
    expect(plan.explanations[3]).toBe(
      "quota = 43 × 3,252 / 40,075 ≈ 3.49 → 3 whole + 1 of the 2 remaining dwellings (its remainder 0.49 ranks 1st) = 4",
    );
  });
});

test("on random inputs: results equal FAIRSHARE, exact quotas add up to the total, cached totals exact", () => {
  const input = fc
    .record({
      total: fc.integer({ min: 0, max: 5000 }),
      weights: fc.array(fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.constant(null)), { minLength: 1, maxLength: 12 }),
      method: fc.constantFrom("hamilton" as const, "webster" as const, "dhondt" as const),
    })
    .filter((x) => x.weights.some((w) => w !== null && w > 0));
  fc.assert(
    fc.property(input, ({ total, weights, method }) => {
      const plan = planJustificationSheet({ ...seedInput, names: weights.map((_, i) => `G${i + 1}`), weights, total, method });
      expect(plan.results).toEqual(fairShare(total, weights, method));
      expect(sumQuotas(plan.quotas)).toEqual(rational(total));
      expect(plan.values[plan.totalsRow][plan.column.result]).toBe(total);
      expect(plan.values[plan.totalsRow][plan.column.quota]).toBe(total);
    }),
    cases(100, 20261126),
  );
});
