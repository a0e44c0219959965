/**
 * THUIS.GROUPSHARE through the BUILT bundle (dist/functions.js in a bare context, as Excel's
 * runtime loads it): published biproportional elections (Kantonsrat Zürich 2019, Grosser Rat
 * Aargau 2020, Kantonsrat Zug 2018, Landrat Uri 2020 and the Wikipedia textbook examples), each
 * as Excel hands the ranges over; metadata; every error with its code and message in Dutch and
 * English.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, FakeCustomFunctionsError, FunctionsMetadata, Registered, loadFunctionsBundle } from "./loadBundle";

interface Election {
  name: string;
  source: string;
  rows: string[];
  columns: string[];
  weights: number[][];
  totals: number[];
  needs: number[];
  expected: number[][];
}

const ELECTIONS = (JSON.parse(readFileSync(join(__dirname, "fixtures", "biproportional-elections.json"), "utf8")) as { cases: Election[] })
  .cases;
const column = (xs: readonly (number | string | null)[]) => xs.map((x) => [x]);

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

describe("published biproportional elections through the bundle", () => {
  test("six cases are loaded, with 80 to 180 seats for the real elections", () => {
    expect(ELECTIONS.map((e) => e.name)).toEqual([
      "Kantonsrat Zürich 2019",
      "Grosser Rat Aargau 2020",
      "Kantonsrat Zug 2018",
      "Landrat Uri 2020 (Proporzgemeinden)",
      "Wikipedia (en) Biproportional apportionment example",
      "Wikipedia (de) Doppeltproportionales Zuteilungsverfahren example",
    ]);
    expect(ELECTIONS.map((e) => e.totals.reduce((a, b) => a + b, 0))).toEqual([180, 140, 80, 37, 20, 15]);
  });

  test.each(ELECTIONS.map((e) => [e.name, e] as const))("%s: the published seat matrix, Webster (the default)", (_name, e) => {
    expect(nl.GROUPSHARE(e.weights, column(e.totals), [e.needs], null)).toEqual(e.expected);
    expect(nl.GROUPSHARE(e.weights, column(e.totals), [e.needs], "Sainte-Laguë")).toEqual(e.expected);
  });

  test("Zürich 2019 with blanks for the lists that got no seat anywhere: blanks read as 0 weight", () => {
    const zh = ELECTIONS[0];
    const blanked = zh.weights.map((row) => row.map((w, j) => (zh.needs[j] === 0 ? "" : w)));
    expect(nl.GROUPSHARE(blanked, column(zh.totals), [zh.needs], null)).toEqual(zh.expected);
  });

  test("totals as a row and needs as a column are read as well", () => {
    const uri = ELECTIONS[3];
    expect(nl.GROUPSHARE(uri.weights, [uri.totals], column(uri.needs), "webster")).toEqual(uri.expected);
  });
});

describe("Excel's argument forms", () => {
  test("the worked example, D'Hondt by its Dutch words, and a single cell", () => {
    const w = [
      [5, 1],
      [1, 3],
    ];
    expect(nl.GROUPSHARE(w, column([7, 3]), [[6, 4]], null)).toEqual([
      [5, 2],
      [1, 2],
    ]);
    const down = nl.GROUPSHARE(w, column([7, 3]), [[6, 4]], "naar beneden") as number[][];
    expect(nl.GROUPSHARE(w, column([7, 3]), [[6, 4]], "dhondt")).toEqual(down);
    expect(down.map((r) => r[0] + r[1])).toEqual([7, 3]);
    expect(nl.GROUPSHARE(4, 9, 9, null)).toEqual([[9]]);
  });
});

describe("metadata", () => {
  test("GROUPSHARE: three ranges and an optional method; Dutch help", () => {
    const f = metadata.functions.find((x) => x.id === "GROUPSHARE")!;
    expect(f.parameters.map((p) => [p.name, p.dimensionality ?? "scalar", !!p.optional])).toEqual([
      ["weights", "matrix", false],
      ["totals", "matrix", false],
      ["needs", "matrix", false],
      ["method", "scalar", true],
    ]);
    expect(f.result.dimensionality).toBe("matrix");
    const dutch = JSON.parse(readFileSync(join(DIST, "functions.nl.json"), "utf8")) as FunctionsMetadata;
    expect(dutch.functions.find((x) => x.id === "GROUPSHARE")!.description).toMatch(/^Per aandachtsgroep: .*biproportionele verdeling/);
  });
});

describe("errors: #VALUE! with the message in Dutch and English", () => {
  const cases: [string, unknown[], string, string][] = [
    [
      "sums differ",
      [[[1, 1]], [[3]], [[1, 1]], null],
      "de totalen per gemeente tellen op tot 3 en de behoeften per groep tot 2: die moeten gelijk zijn",
      "the municipality totals add up to 3 and the group needs to 2: they must be equal",
    ],
    [
      "a row with a total and no weight",
      [
        [
          [0, 0],
          [1, 1],
        ],
        column([1, 1]),
        [[1, 1]],
        null,
      ],
      "rij 1: totaal is 1, maar deze rij heeft geen gewicht groter dan 0 in een kolom met een behoefte groter dan 0",
      "row 1: the total is 1, but this row has no weight above 0 in a column with a need above 0",
    ],
    [
      "a column with a need and no weight",
      [
        [
          [1, 0],
          [1, ""],
        ],
        column([1, 1]),
        [[1, 1]],
        null,
      ],
      "kolom 2: behoefte is 1, maar deze kolom heeft geen gewicht groter dan 0 in een rij met een totaal groter dan 0",
      "column 2: the need is 1, but this column has no weight above 0 in a row with a total above 0",
    ],
    [
      "zeros that forbid the margins",
      [
        [
          [1, 0, 0],
          [1, 0, 0],
          [1, 1, 1],
        ],
        column([1, 1, 1]),
        [[1, 1, 1]],
        null,
      ],
      "kolommen 2 en 3 hebben samen een behoefte van 2, maar alleen rij 3 heeft daar een gewicht groter dan 0, met samen een totaal van " +
        "1: de nullen in de gewichten maken het onmogelijk om alle totalen en behoeften precies te halen",
      "columns 2 and 3 need 2 in total, but only row 3 has a weight above 0 there, with a total of 1: the zeros in the weights make it " +
        "impossible to meet every total and need exactly",
    ],
    [
      "a fractional total",
      [[[1, 1]], [[2.5]], [[1, 1.5]], null],
      "rij 1: totaal moet een geheel aantal zijn (2,5)",
      "row 1: total must be a whole number (2.5)",
    ],
    ["a negative need", [[[1, 1]], [[2]], [[3, -1]], null], "kolom 2: behoefte is negatief (-1)", "column 2: need is negative (-1)"],
    [
      "text as a weight",
      [[[1, "veel"]], [[2]], [[1, 1]], null],
      'rij 1, kolom 2: gewicht is geen getal ("veel")',
      'row 1, column 2: weight is not a number ("veel")',
    ],
    [
      "hamilton has no biproportional form",
      [[[1, 1]], [[2]], [[1, 1]], "hamilton"],
      'onbekende methode "hamilton"; kies "webster" (gewoon afronden) of "dhondt" (naar beneden afronden)',
      'unknown method "hamilton"; choose "webster" (standard rounding) or "dhondt" (rounding down)',
    ],
    [
      "totals of another length",
      [[[1, 1]], column([1, 1]), [[1, 1]], null],
      "totaal en gewicht moeten even groot zijn",
      "total and weight must have the same size",
    ],
  ];
  test.each(cases)("%s", (_name, args, dutch, english) => {
    const e = excelError(() => nl.GROUPSHARE(...args));
    expect([e.code, e.message]).toEqual(["#VALUE!", dutch]);
    expect(excelError(() => en.GROUPSHARE(...args)).message).toBe(english);
  });
});
