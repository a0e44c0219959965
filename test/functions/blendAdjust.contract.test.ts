/**
 * The blended FAIRSHARE and ADJUST through the BUILT bundle (dist/functions.js in a bare
 * context, as Excel's runtime loads it): examples of design §2 / issue 14, Excel's argument
 * forms (omitted optionals as null, rows and columns, blanks), metadata, and every error with
 * its code and message in Dutch and English.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { STEDENDRIEHOEK_2024_PUBLISHED as P } from "../../src/data";
import { DIST, FakeCustomFunctionsError, FunctionsMetadata, Registered, loadFunctionsBundle } from "./loadBundle";

const column = (xs: readonly (number | string | null)[]) => xs.map((x) => [x]);
const flat = (xs: unknown) => (xs as unknown[][]).map((r) => r[0]);

let nl: Registered;
let en: Registered;
let metadata: FunctionsMetadata;

beforeAll(() => {
  if (!existsSync(join(DIST, "functions.js"))) throw new Error(`${DIST}/functions.js missing: run \`npm run build\``);
  ({ registered: nl, metadata } = loadFunctionsBundle("nl-NL"));
  en = loadFunctionsBundle("en-GB").registered;
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

describe("metadata", () => {
  test("ADJUST is registered; FAIRSHARE has an optional factors range; Dutch help for both", () => {
    const byId = Object.fromEntries(metadata.functions.map((f) => [f.id, f]));
    expect(byId.ADJUST.parameters.map((p) => [p.name, p.dimensionality, !!p.optional])).toEqual([
      ["allocation", "matrix", false],
      ["corrections", "matrix", false],
      ["weights", "matrix", true],
    ]);
    expect(byId.FAIRSHARE.parameters.map((p) => p.name)).toEqual(["total", "weights", "method", "factors"]);
    expect(byId.FAIRSHARE.parameters[3]).toMatchObject({ optional: true, dimensionality: "matrix" });
    const dutch = JSON.parse(readFileSync(join(DIST, "functions.nl.json"), "utf8")) as FunctionsMetadata;
    const adjust = dutch.functions.find((f) => f.id === "ADJUST")!;
    expect(adjust.description).toMatch(/^Lokale correcties .*Voorbeeld: =THUIS\.ADJUST\(B2:B10; C2:C10\)$/);
    expect(dutch.functions.find((f) => f.id === "FAIRSHARE")!.parameters[3].description).toMatch(/^Gemengde verdeelsleutel/);
    expect(typeof nl.ADJUST).toBe("function");
  });
});

describe("FAIRSHARE with a blended key, through the bundle", () => {
  test("50/50 population and social stock: one column out, summing to the total", () => {
    const keys = [
      [600, 100],
      [300, 300],
      [100, 100],
    ];
    expect(nl.FAIRSHARE(100, keys, null, [[0.5, 0.5]])).toEqual([[40], [45], [15]]);
    expect(nl.FAIRSHARE(100, keys, null, [[0.5], [0.5]])).toEqual([[40], [45], [15]]); // factors as a column
    expect(nl.FAIRSHARE(100, keys, "dhondt", [[0.5, 0.5]])).toEqual([[40], [45], [15]]);
  });
  test("factors as typed: 0.7 + 0.2 + 0.1 is 1", () => {
    const keys = [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ];
    expect(nl.FAIRSHARE(1000, keys, null, [[0.7, 0.2, 0.1]])).toEqual([[700], [200], [100]]);
  });
  test("one column with factor 1 is plain FAIRSHARE (the seed's column A)", () => {
    expect(nl.FAIRSHARE(1170, column(P.fairShare), null, [[1]])).toEqual(column(P.fairShare));
    expect(nl.FAIRSHARE(1170, column(P.fairShare), null, 1)).toEqual(nl.FAIRSHARE(1170, column(P.fairShare), null, null));
    expect(nl.FAIRSHARE(10, [[5, 3, 2]], null, 1)).toEqual([[5, 3, 2]]); // a single row with one factor stays a row
    expect(nl.FAIRSHARE(10, [[5], [3], [2]], null, [[""], [null]])).toEqual([[5], [3], [2]]); // blank factors: no blended key
  });
  test("blended with the seed's own column twice (any factors) gives column A again", () => {
    const block = P.fairShare.map((a) => [a, a * 7]);
    expect(nl.FAIRSHARE(1170, block, null, [[0.3, 0.7]])).toEqual(column(P.fairShare));
  });
  test("a blank key gives a blank, the key totals are over the other rows", () => {
    expect(
      nl.FAIRSHARE(
        28,
        [
          [600, 100],
          [300, ""],
          [100, 100],
        ],
        null,
        [[0.5, 0.5]],
      ),
    ).toEqual([[19], [""], [9]]);
  });

  const errors: [string, (f: Registered) => unknown, string, string, string][] = [
    [
      "block without factors",
      (f) =>
        f.FAIRSHARE(
          10,
          [
            [1, 2],
            [3, 4],
          ],
          null,
          null,
        ),
      "#VALUE!",
      "gewicht is een blok van 2 kolommen: geef per kolom een factor (samen 1), of gebruik één rij of kolom",
      "weight is a block of 2 columns: give one factor per column (adding up to 1), or use a single row or column",
    ],
    [
      "factors not 1",
      (f) =>
        f.FAIRSHARE(
          10,
          [
            [1, 2],
            [3, 4],
          ],
          null,
          [[0.5, 0.4]],
        ),
      "#VALUE!",
      "de factoren tellen op tot 0,9, niet tot 1; gebruik bijv. 50% en 50% of 0,5 en 0,5",
      "the factors add up to 0.9, not 1; use e.g. 50% and 50% or 0.5 and 0.5",
    ],
    [
      "negative factor",
      (f) =>
        f.FAIRSHARE(
          10,
          [
            [1, 2],
            [3, 4],
          ],
          null,
          [[1.5], [-0.5]],
        ),
      "#VALUE!",
      "rij 2: factor is negatief (-0,5)",
      "row 2: factor is negative (-0.5)",
    ],
    [
      "factor count",
      (f) =>
        f.FAIRSHARE(
          10,
          [
            [1, 2],
            [3, 4],
          ],
          null,
          [[1]],
        ),
      "#VALUE!",
      "het aantal factoren (1) verschilt van het aantal sleutelkolommen (2)",
      "the number of factors (1) differs from the number of key columns (2)",
    ],
    [
      "key column summing to 0",
      (f) =>
        f.FAIRSHARE(
          10,
          [
            [1, 0],
            [3, 0],
          ],
          null,
          [[0.5, 0.5]],
        ),
      "#DIV/0!",
      "kolom 2: de sleutelkolom telt op tot 0 over de rijen die meedoen: delen door 0",
      "column 2: the key column adds up to 0 over the rows that take part: division by zero",
    ],
    [
      "a text key",
      (f) =>
        f.FAIRSHARE(
          10,
          [
            [1, 2],
            [3, "?"],
          ],
          null,
          [[0.5, 0.5]],
        ),
      "#VALUE!",
      'rij 2, kolom 2: gewicht is geen getal ("?")',
      'row 2, column 2: weight is not a number ("?")',
    ],
    [
      "factors as a block",
      (f) =>
        f.FAIRSHARE(
          10,
          [
            [1, 2],
            [3, 4],
          ],
          null,
          [
            [0.5, 0.5],
            [0, 0],
          ],
        ),
      "#VALUE!",
      "factor moet één rij of één kolom zijn, geen blok van meerdere rijen en kolommen",
      "factor must be a single row or column, not a block of several rows and columns",
    ],
  ];
  test.each(errors)("%s", (_name, run, code, dutch, english) => {
    const e = excelError(() => run(nl));
    expect([e.code, e.message]).toEqual([code, dutch]);
    const f = excelError(() => run(en));
    expect([f.code, f.message]).toEqual([code, english]);
  });
});

describe("ADJUST through the bundle", () => {
  test("20 fewer in row 1 go to the blank-correction rows by their allocation; 0 stays fixed", () => {
    expect(nl.ADJUST(column([40, 30, 20, 10]), column([-20, null, "", 0]), null)).toEqual(column([20, 42, 28, 10]));
  });
  test("a row in, a row out; blank allocation blank", () => {
    expect(nl.ADJUST([[10, 2, 8, ""]], [[6, null, null, 3]], null)).toEqual([[16, 1, 3, ""]]);
  });
  test("water-filling with weights: never below 0", () => {
    expect(nl.ADJUST(column([0, 1, 20, 20]), column([10, null, null, null]), column([null, 1, 1, 2]))).toEqual(column([10, 0, 17, 14]));
  });
  test("the seed: Apeldoorn 20 fewer, Deventer fixed; the other seven take the 20 over and the region still houses 1170", () => {
    const corrections = P.fairShare.map((_, i) => (i === 0 ? -20 : i === 2 ? 0 : null));
    const out = flat(nl.ADJUST(column(P.fairShare), column(corrections), null)) as number[];
    expect(out.reduce((a, b) => a + b, 0)).toBe(1170);
    expect(out[0]).toBe(402);
    expect(out[2]).toBe(259);
    // 20 over Brummen … Heerde by 53 : 87 : 63 : 122 : 84 : 32 : 48 (Σ 489)
    expect(out).toEqual([402, 55, 259, 91, 66, 127, 87, 33, 50]);
  });

  const errors: [string, (f: Registered) => unknown, string, string, string][] = [
    [
      "correction below 0",
      (f) => f.ADJUST(column([5, 12]), column([null, -20]), null),
      "#VALUE!",
      "rij 2: de correctie (-20) maakt de verdeling (12) negatief",
      "row 2: the correction (-20) makes the allocation (12) negative",
    ],
    [
      "others cannot give",
      (f) => f.ADJUST(column([5, 5]), column([6, null]), null),
      "#VALUE!",
      "de correcties vragen samen 6 extra, maar de rijen zonder correctie kunnen er maar 5 afstaan",
      "the corrections need 6 more in total, but the rows without a correction can give only 5",
    ],
    [
      "nobody to take",
      (f) => f.ADJUST(column([5, 5]), column([-2, 0]), null),
      "#VALUE!",
      "de correcties geven samen 2 vrij, maar er is geen rij zonder correctie met een gewicht groter dan 0 om ze over te verdelen",
      "the corrections free 2 in total, but there is no row without a correction and with a weight above 0 to share them over",
    ],
    [
      "fractional correction",
      (f) => f.ADJUST(column([5, 5]), column([0.5, null]), null),
      "#VALUE!",
      "rij 1: correctie moet een geheel aantal zijn (0,5)",
      "row 1: correction must be a whole number (0.5)",
    ],
    [
      "shapes differ",
      (f) => f.ADJUST(column([5, 5]), [[1, null]], null),
      "#VALUE!",
      "verdeling en correctie moeten even groot zijn",
      "allocation and correction must have the same size",
    ],
    [
      "weights shape",
      (f) => f.ADJUST(column([5, 5]), column([1, null]), column([1, 1, 1])),
      "#VALUE!",
      "verdeling en gewicht moeten even groot zijn",
      "allocation and weight must have the same size",
    ],
  ];
  test.each(errors)("%s", (_name, run, code, dutch, english) => {
    const e = excelError(() => run(nl));
    expect([e.code, e.message]).toEqual([code, dutch]);
    const f = excelError(() => run(en));
    expect([f.code, f.message]).toEqual([code, english]);
  });
});
