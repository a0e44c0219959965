/**
 * Contract of the built add-in: dist/functions.js, run in a bare JavaScript context, registers
 * every function of dist/functions.json under its id, and behaves as design §2 says — the
 * seed's table, nulls for omitted optionals, blanks, scalars, shapes and every error code.
 */
import { THUIS_ARITY } from "../../src/functions/arity";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { STEDENDRIEHOEK_2024_LETTINGS as L, STEDENDRIEHOEK_2024_PUBLISHED as P } from "../../src/data";
import { DIST, FakeCustomFunctionsError, Registered, loadFunctionsBundle } from "./loadBundle";

const column = (xs: readonly (number | string | null)[]) => xs.map((x) => [x]);
const IDS = ["FAIRSHARE", "CAP30", "MIN15", "SHORTFALL", "REDISTRIBUTE", "GROWTHPATH", "CARRYOVER", "MUTATIONRATE", "ADJUST", "GROUPSHARE"];

let fns: Registered;
let metadata: ReturnType<typeof loadFunctionsBundle>["metadata"];

beforeAll(() => {
  if (!existsSync(join(DIST, "functions.js"))) throw new Error(`${DIST}/functions.js missing: run \`npm run build\` (npm test does)`);
  ({ registered: fns, metadata } = loadFunctionsBundle());
});

function excelError(run: () => unknown): FakeCustomFunctionsError {
  try {
    run();
  } catch (e) {
    if (e instanceof FakeCustomFunctionsError) return e;
    throw e;
  }
  throw new Error("expected a CustomFunctions.Error");
}

describe("registration", () => {
  test("every id in functions.json is associated, and only those", () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual([...IDS].sort());
    expect(Object.keys(fns).sort()).toEqual([...IDS].sort());
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
  });

  test("the arity table other formula evaluators use matches the metadata", () => {
    expect(Object.fromEntries(metadata.functions.map((f) => [f.id, f.parameters.length]))).toEqual(THUIS_ARITY);
  });

  test("metadata declares the parameters the wrappers expect", () => {
    const declared = Object.fromEntries(
      metadata.functions.map((f) => [
        f.id,
        {
          params: f.parameters.map((p) => `${p.name}:${p.type}${p.dimensionality === "matrix" ? "[][]" : ""}${p.optional ? "?" : ""}`),
          result: `${f.result.type ?? "any"}${f.result.dimensionality === "matrix" ? "[][]" : ""}`,
        },
      ]),
    );
    expect(declared).toEqual({
      FAIRSHARE: { params: ["total:any", "weights:any[][]", "method:any?", "factors:any[][]?"], result: "any[][]" },
      CAP30: { params: ["lettings:any[][]", "share:any?", "rounding:any?"], result: "any[][]" },
      MIN15: { params: ["lettings:any[][]", "share:any?", "rounding:any?"], result: "any[][]" },
      SHORTFALL: { params: ["demand:any[][]", "supply:any[][]", "mode:any?"], result: "number" },
      REDISTRIBUTE: { params: ["demand:any[][]", "capacity:any[][]", "weights:any[][]?"], result: "any[][]" },
      GROWTHPATH: { params: ["start:any[][]", "target:any[][]", "startYear:any", "endYear:any"], result: "any[][]" },
      CARRYOVER: { params: ["targets:any[][]", "realised:any[][]", "allowCredit:any?"], result: "any[][]" },
      MUTATIONRATE: { params: ["lettings:any[][]", "stock:any[][]"], result: "number" },
      ADJUST: { params: ["allocation:any[][]", "corrections:any[][]", "weights:any[][]?"], result: "any[][]" },
      GROUPSHARE: { params: ["weights:any[][]", "totals:any[][]", "needs:any[][]", "method:any?"], result: "any[][]" },
    });
  });

  test("every function has English help with an example; functions.nl.json has Dutch help for the same ids", () => {
    const nl = JSON.parse(readFileSync(join(DIST, "functions.nl.json"), "utf8")) as typeof metadata;
    for (const f of metadata.functions) {
      expect(f.description).toMatch(/Example: =THUIS\./);
      const dutch = nl.functions.find((g) => g.id === f.id)!;
      expect(dutch.name).toBe(f.name);
      expect(dutch.description).toMatch(/Voorbeeld: =THUIS\./);
      expect(dutch.parameters.map((p) => p.name)).toEqual(f.parameters.map((p) => p.name));
      dutch.parameters.forEach((p, i) => expect(p.description).not.toBe(f.parameters[i].description));
    }
  });

  test("the bundle needs no DOM: it ran in a context without window or document", () => {
    const code = readFileSync(join(DIST, "functions.js"), "utf8");
    expect(code).not.toMatch(/\bdocument\.|\bwindow\./);
  });
});

describe("the seed's table through the registered functions", () => {
  test("FAIRSHARE(100, A) separates the methods; CAP30 / MIN15 of the lettings = C, D, E", () => {
    // quotas 100·A/1170 = 36.07 4.53 22.14 7.44 5.38 10.43 7.18 2.74 4.10 (see test/engine/seed.test.ts)
    expect(fns.FAIRSHARE(100, column(P.fairShare), null)).toEqual(column([36, 5, 22, 8, 5, 10, 7, 3, 4]));
    expect(fns.FAIRSHARE(100, column(P.fairShare), "webster")).toEqual(column([36, 5, 22, 7, 5, 11, 7, 3, 4]));
    expect(fns.FAIRSHARE(100, column(P.fairShare), "dhondt")).toEqual(column([38, 4, 23, 7, 5, 10, 7, 2, 4]));
    expect(fns.CAP30(column(L.social), null, null)).toEqual(column(P.max30Social));
    expect(fns.CAP30(column(L.cheap), null, null)).toEqual(column(P.max30Cheap));
    expect(fns.MIN15(column(L.social), null, null)).toEqual(column(P.min15));
  });
  test("SHORTFALL(A, C) = 214 (the slide's 215 was display rounding)", () => {
    expect(fns.SHORTFALL(column(P.fairShare), column(P.max30Social), null)).toBe(214);
    expect(fns.SHORTFALL(column(P.fairShare), column(P.max30Social), "local")).toBe(225); // Deventer's 11 extra do not count locally
  });
  test("D with cheap lettings unknown for Epe, Hattem and Heerde: blanks, and 'niet geplaatst' = 1170 − 471 = 699", () => {
    const cheap = L.cheap.map((x, i) => (["Epe", "Hattem", "Heerde"].includes(P.municipalities[i]) ? "" : x));
    const D = fns.CAP30(column(cheap), null, null) as (number | string)[][];
    expect(D.map((r) => r[0])).toEqual(P.max30Cheap.map((x, i) => (cheap[i] === "" ? "" : x)));
    expect(fns.SHORTFALL(column(P.fairShare), D, null)).toBe(699);
  });
  test("REDISTRIBUTE(A, C) places 956 within every cap", () => {
    const placed = (fns.REDISTRIBUTE(column(P.fairShare), column(P.max30Social), null) as number[][]).map((r) => r[0]);
    expect(placed.reduce((a, b) => a + b, 0)).toBe(956);
    placed.forEach((p, i) => expect(p).toBeLessThanOrEqual(P.max30Social[i]));
  });
});

describe("what Excel hands over", () => {
  test("a row gives a row, a column a column; blanks give blanks", () => {
    expect(fns.FAIRSHARE(10, [[5, 3, null, 2]], null)).toEqual([[5, 3, "", 2]]);
    expect(fns.CAP30([[85], [""], [50]], 0.29, "round")).toEqual([[25], [""], [15]]);
  });
  test("a scalar where a range is allowed, and omitted optionals as null", () => {
    expect(fns.CAP30(85, null, null)).toEqual([[26]]);
    expect(fns.MIN15([[100]], null, "up")).toEqual([[15]]);
    expect(fns.FAIRSHARE([[7]], [[1], [1], [1]], null)).toEqual([[3], [2], [2]]);
  });
  test("exact shares: 29% of 50 is 15, 7% of 100 up is 7", () => {
    expect(fns.CAP30([[50]], 0.29, null)).toEqual([[15]]);
    expect(fns.CAP30([[100]], 0.07, "up")).toEqual([[7]]);
  });
  test("GROWTHPATH: numbers give one row, a column one row per item", () => {
    expect(fns.GROWTHPATH(10, 0, 2026, 2028)).toEqual([[10, 5, 0]]);
    expect(fns.GROWTHPATH([[10], [0]], [[0], [4]], 2026, 2028)).toEqual([
      [10, 5, 0],
      [0, 2, 4],
    ]);
  });
  test("CARRYOVER and MUTATIONRATE", () => {
    expect(fns.CARRYOVER([[10, 10, 10]], [[6, 12, null]], null)).toEqual([[4, 2, ""]]);
    expect(fns.CARRYOVER([[10, 10]], [[15, 8]], true)).toEqual([[-5, -3]]);
    expect(fns.MUTATIONRATE([[571]], [[10000]])).toBeCloseTo(0.0571, 12);
  });
  test("shares and weights as typed (issue 10 items 2–4)", () => {
    expect(fns.CAP30(10, 0.2999995, "down")).toEqual([[2]]);
    expect(fns.MIN15(10, 0.1000004, "up")).toEqual([[2]]);
    expect(fns.CAP30(1_000_000_000, 0.1234567, "down")).toEqual([[123_456_700]]);
    for (const method of ["hamilton", "webster", "dhondt"]) expect(fns.FAIRSHARE(10, [[1e-7], [1e-7]], method)).toEqual([[5], [5]]);
    expect(fns.FAIRSHARE(10, [[4e-7], [6e-7]], "webster")).toEqual([[4], [6]]);
    expect(fns.SHORTFALL([[10], [5], [4]], [[12], [null], [1]], null)).toBe(6);
    expect(fns.SHORTFALL([[10], [5], [4]], [[12], [""], [1]], "local")).toBe(8);
    expect(Object.is((fns.CAP30([[-0]], null, null) as number[][])[0][0], -0)).toBe(false);
  });
  test("Dutch method names are accepted", () => {
    expect(fns.FAIRSHARE(10, [[62], [23], [15]], "D'Hondt")).toEqual([[7], [2], [1]]);
  });
});

describe("errors: code and positional message", () => {
  const cases: [string, () => unknown, string, string][] = [
    ["negative weight", () => fns.FAIRSHARE(10, [[1], [2], [3], [-3]], null), "#VALUE!", "rij 4: gewicht is negatief (-3)"],
    ["row range names columns", () => fns.FAIRSHARE(10, [[1, "x"]], null), "#VALUE!", 'kolom 2: gewicht is geen getal ("x")'],
    [
      "block without factors",
      () =>
        fns.FAIRSHARE(
          10,
          [
            [1, 2],
            [3, 4],
          ],
          null,
        ),
      "#VALUE!",
      "gewicht is een blok van 2 kolommen: geef per kolom een factor (samen 1), of gebruik één rij of kolom",
    ],
    ["share above 1", () => fns.CAP30([[10]], 30, null), "#VALUE!", "aandeel moet tussen 0 en 1 liggen (30); gebruik 30% of 0,3"],
    [
      "total too large",
      () => fns.FAIRSHARE(1e12, [[1]], null),
      "#VALUE!",
      "totaal is te groot (1.000.000.000.000; maximaal 1.000.000.000)",
    ],
    [
      "option of several cells",
      () => fns.CAP30([[10]], [[0.3], [0.2]], null),
      "#VALUE!",
      "aandeel moet één waarde zijn, geen bereik van meerdere cellen",
    ],
    [
      "growth path over a row names the column",
      () => fns.GROWTHPATH([[1, -2]], [[1, 2]], 2024, 2030),
      "#VALUE!",
      "kolom 2: beginwaarde is negatief (-2)",
    ],
    [
      "all-blank weights",
      () => fns.FAIRSHARE(10, [[null], [""]], null),
      "#DIV/0!",
      "alle waarden van gewicht zijn 0 of leeg: er is niets om naar te verdelen",
    ],
    [
      "all-zero weights",
      () => fns.FAIRSHARE(10, [[0], [0]], null),
      "#DIV/0!",
      "alle waarden van gewicht zijn 0 of leeg: er is niets om naar te verdelen",
    ],
    ["shape mismatch", () => fns.SHORTFALL([[1], [2]], [[1, 2]], null), "#VALUE!", "vraag en aanbod moeten even groot zijn"],
    ["end before start", () => fns.GROWTHPATH(1, 2, 2030, 2025), "#VALUE!", "het eindjaar 2025 ligt vóór het beginjaar 2030"],
    ["zero stock", () => fns.MUTATIONRATE([[5]], [[0]]), "#DIV/0!", "de woningvoorraad is in totaal 0: delen door 0"],
    ["carry-over cell", () => fns.CARRYOVER([[1, 2]], [[1, -2]], null), "#VALUE!", "rij 1, kolom 2: realisatie is negatief (-2)"],
  ];
  test.each(cases)("%s", (_name, run, code, message) => {
    const e = excelError(run);
    expect(e.code).toBe(code);
    expect(e.message).toBe(message);
  });

  test("every error is #VALUE! (shows its message) or #DIV/0! (nothing to divide by), never #NUM!", () => {
    for (const [, run] of cases) expect(["#VALUE!", "#DIV/0!"]).toContain(excelError(run).code);
  });

  test("messages follow Office's display language (English)", () => {
    const en = loadFunctionsBundle("en-US").registered;
    const e = excelError(() => en.FAIRSHARE(10, [[1], [-3]], null));
    expect(e.message).toBe("row 2: weight is negative (-3)");
  });
});
