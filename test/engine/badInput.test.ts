/**
 * Every validation path of the engine and the dataset loader gives its own specific message,
 * in Dutch and English, with the Excel error code of design §2.
 */
import {
  InputError,
  carryOver,
  fairShare,
  growthPath,
  mutationRate,
  parseMethod,
  parseRounding,
  quota,
  redistribute,
  shortfall,
} from "../../src/engine";
import { checkMunicipalities, findOutliers, loadRegion, STEDENDRIEHOEK_2024, toMunicipalities } from "../../src/data";

function caught(run: () => unknown): InputError {
  try {
    run();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("expected an InputError, got none");
}

const cases: [string, () => unknown, string, string, string][] = [
  ["negative weight", () => fairShare(10, [1, -3, 2]), "invalidValue", "rij 2: gewicht is negatief (-3)", "row 2: weight is negative (-3)"],
  [
    "text weight",
    () => fairShare(10, [1, "veel"]),
    "invalidValue",
    'rij 2: gewicht is geen getal ("veel")',
    'row 2: weight is not a number ("veel")',
  ],
  [
    "boolean weight",
    () => fairShare(10, [true]),
    "invalidValue",
    "rij 1: gewicht is geen getal (WAAR)",
    "row 1: weight is not a number (TRUE)",
  ],
  ["NaN weight", () => fairShare(10, [NaN]), "invalidValue", "rij 1: gewicht is geen eindig getal", "row 1: weight is not a finite number"],
  [
    "infinite lettings",
    () => quota([Infinity]),
    "invalidValue",
    "rij 1: mutaties is geen eindig getal",
    "row 1: lettings is not a finite number",
  ],
  [
    "total not whole",
    () => fairShare(10.5, [1]),
    "invalidValue",
    "totaal moet een geheel aantal zijn (10,5)",
    "total must be a whole number (10.5)",
  ],
  [
    "total 10^12",
    () => fairShare(1e12, [1]),
    "invalidValue",
    "totaal is te groot (1.000.000.000.000; maximaal 1.000.000.000)",
    "total is too large (1,000,000,000,000; at most 1,000,000,000)",
  ],
  ["total blank", () => fairShare(null, [1]), "invalidValue", "totaal ontbreekt (lege cel)", "total is missing (blank cell)"],
  [
    "all weights zero",
    () => fairShare(10, [0, 0, null]),
    "divisionByZero",
    "alle waarden van gewicht zijn 0 of leeg: er is niets om naar te verdelen",
    "every weight is 0 or blank: there is nothing to share by",
  ],
  [
    "all weights blank",
    () => fairShare(10, [null, ""]),
    "divisionByZero",
    "alle waarden van gewicht zijn 0 of leeg: er is niets om naar te verdelen",
    "every weight is 0 or blank: there is nothing to share by",
  ],
  [
    "tiny negative weight",
    () => fairShare(10, [1, -1e-7]),
    "invalidValue",
    "rij 2: gewicht is negatief (-0,0000001)",
    "row 2: weight is negative (-0.0000001)",
  ],
  [
    "big total, quoted in full",
    () => fairShare(123456789.5, [1]),
    "invalidValue",
    "totaal moet een geheel aantal zijn (123.456.789,5)",
    "total must be a whole number (123,456,789.5)",
  ],
  [
    "unknown method",
    () => fairShare(10, [1], "loting"),
    "invalidValue",
    'onbekende methode "loting"; kies "hamilton", "webster" of "dhondt"',
    'unknown method "loting"; choose "hamilton", "webster" or "dhondt"',
  ],
  [
    "lettings not whole",
    () => quota([10, 2.5]),
    "invalidValue",
    "rij 2: mutaties moet een geheel aantal zijn (2,5)",
    "row 2: lettings must be a whole number (2.5)",
  ],
  [
    "share above 1",
    () => quota([10], 30),
    "invalidValue",
    "aandeel moet tussen 0 en 1 liggen (30); gebruik 30% of 0,3",
    "share must lie between 0 and 1 (30); use 30% or 0.3",
  ],
  [
    "share just above 1",
    () => quota([10], 1.0000000001),
    "invalidValue",
    "aandeel moet tussen 0 en 1 liggen (1,0000000001); gebruik 30% of 0,3",
    "share must lie between 0 and 1 (1.0000000001); use 30% or 0.3",
  ],
  [
    "share negative",
    () => quota([10], -0.1),
    "invalidValue",
    "aandeel moet tussen 0 en 1 liggen (-0,1); gebruik 30% of 0,3",
    "share must lie between 0 and 1 (-0.1); use 30% or 0.3",
  ],
  ["share as text", () => quota([10], "dertig"), "invalidValue", 'aandeel is geen getal ("dertig")', 'share is not a number ("dertig")'],
  [
    "unknown rounding",
    () => quota([10], 0.3, "bankers"),
    "invalidValue",
    'onbekende afronding "bankers"; kies "round", "down" of "up"',
    'unknown rounding "bankers"; choose "round", "down" or "up"',
  ],
  [
    "shape mismatch",
    () => shortfall([1, 2], [1]),
    "invalidValue",
    "vraag en aanbod moeten even groot zijn",
    "demand and supply must have the same size",
  ],
  [
    "unknown mode",
    () => shortfall([1], [1], "nationaal"),
    "invalidValue",
    'onbekende modus "nationaal"; kies "region" of "local"',
    'unknown mode "nationaal"; choose "region" or "local"',
  ],
  [
    "negative capacity",
    () => redistribute([1, 2], [3, -1]),
    "invalidValue",
    "rij 2: capaciteit is negatief (-1)",
    "row 2: capacity is negative (-1)",
  ],
  [
    "capacity size",
    () => redistribute([1, 2], [3]),
    "invalidValue",
    "vraag en capaciteit moeten even groot zijn",
    "demand and capacity must have the same size",
  ],
  [
    "end before start",
    () => growthPath(1, 2, 2030, 2025),
    "invalidValue",
    "het eindjaar 2025 ligt vóór het beginjaar 2030",
    "the end year 2025 lies before the start year 2030",
  ],
  [
    "too many years",
    () => growthPath(1, 2, 1950, 2051),
    "invalidValue",
    "het groeipad is langer dan 100 jaar",
    "the growth path is longer than 100 years",
  ],
  [
    "year out of range",
    () => growthPath(1, 2, 24, 2035),
    "invalidValue",
    "beginjaar moet een jaartal tussen 1900 en 2200 zijn (24)",
    "start year must be a year between 1900 and 2200 (24)",
  ],
  ["negative start", () => growthPath(-5, 2, 2024, 2035), "invalidValue", "beginwaarde is negatief (-5)", "start value is negative (-5)"],
  [
    "bad boolean",
    () => carryOver([[1]], [[1]], "soms"),
    "invalidValue",
    'tegoed toestaan moet WAAR of ONWAAR zijn ("soms")',
    'allow credit must be TRUE or FALSE ("soms")',
  ],
  [
    "carry-over cell",
    () =>
      carryOver(
        [
          [1, 2],
          [3, 4],
        ],
        [
          [1, 2],
          [3, -4],
        ],
      ),
    "invalidValue",
    "rij 2, kolom 2: realisatie is negatief (-4)",
    "row 2, column 2: realised is negative (-4)",
  ],
  [
    "zero stock",
    () => mutationRate([5, 6], [0, 0]),
    "divisionByZero",
    "de woningvoorraad is in totaal 0: delen door 0",
    "the housing stock totals 0: division by zero",
  ],
];

describe.each(cases)("%s", (_name, run, code, nl, en) => {
  // Excel shows a message only with #VALUE! (and #N/A): #DIV/0! only for "nothing to divide by"
  if (code === "divisionByZero")
    test("#DIV/0! only where there is nothing to divide by", () => expect(["allZero", "zeroStock"]).toContain(caught(run).kind));
  test("gives its code and exact message in nl and en", () => {
    const e = caught(run);
    expect(e.code).toBe(code);
    expect(e.messages).toEqual({ nl, en });
    expect(e.message).toBe(en);
  });
});

test("positions follow the caller's orientation (a row range names columns)", () => {
  const e = caught(() => fairShare(10, [1, 2, -1], null, (i) => ({ column: i + 1 })));
  expect(e.messages.nl).toBe("kolom 3: gewicht is negatief (-1)");
});

test("Dutch and English names for methods and rounding", () => {
  expect(parseMethod("Sainte-Laguë")).toBe("webster");
  expect(parseMethod("grootste overschot")).toBe("hamilton");
  expect(parseMethod("D'Hondt")).toBe("dhondt");
  expect(parseMethod(null)).toBe("hamilton");
  expect(parseRounding("omlaag")).toBe("down");
  expect(parseRounding("Naar boven")).toBe("up");
  expect(parseRounding("")).toBe("round");
});

describe("dataset checks", () => {
  test("every problem at once: empty and duplicate names, negative, non-whole, text", () => {
    const problems = checkMunicipalities([
      { name: "Epe", population: -1 },
      { name: " epe ", lettingsSocial: 2.5 },
      { name: "", realised: "veel" },
      { name: "Heerde", lettingsCheap: null, stock: 0 },
    ]);
    expect(problems.map((p) => [p.row, p.column, p.error.messages.nl])).toEqual([
      [1, "population", "rij 1: inwonertal is negatief (-1)"],
      [2, "name", 'rij 2: gemeente " epe " komt meer dan één keer voor'],
      [2, "lettingsSocial", "rij 2: mutaties moet een geheel aantal zijn (2,5)"],
      [3, "name", "rij 3: gemeente: de naam is leeg"],
      [3, "realised", 'rij 3: realisatie is geen getal ("veel")'],
    ]);
  });

  test("blank stays unknown (null) and 0 stays 0", () => {
    const [m] = toMunicipalities([{ name: "Hattem", lettingsCheap: 0, lettingsSocial: null }]);
    expect(m.lettingsCheap).toBe(0);
    expect(m.lettingsSocial).toBeNull();
    expect(m.population).toBeNull();
  });

  test("a region without municipalities or with a bad need is refused", () => {
    const sources = STEDENDRIEHOEK_2024.sources;
    expect(() => loadRegion({ region: "X", year: 2024, need: 10, municipalities: [], sources })).toThrow(
      "municipality holds no value at all",
    );
    expect(() => loadRegion({ region: "X", year: 2024, need: -1, municipalities: [{ name: "A" }], sources })).toThrow(
      "total is negative (-1)",
    );
  });

  test("outliers: only the 0 cheap lettings of Epe, Hattem and Heerde in the default data", () => {
    const found = findOutliers(STEDENDRIEHOEK_2024.municipalities);
    expect(found.map((o) => [STEDENDRIEHOEK_2024.municipalities[o.row - 1].name, o.column, o.value])).toEqual([
      ["Epe", "lettingsCheap", 0],
      ["Hattem", "lettingsCheap", 0],
      ["Heerde", "lettingsCheap", 0],
    ]);
  });
});
