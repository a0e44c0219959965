/**
 * "Waarom dit getal?" from the scenario model: the seed's texts asserted exactly (nl and en), a
 * divisor method with its divisor, a blank, the Alabama warning at the example, and on
 * random regions every text ends in the very number the model (and so the sheet) shows.
 */
import { perShare } from "../../src/scenario/params";
import fc from "fast-check";
import { STEDENDRIEHOEK_2024 as R } from "../../src/data";
import type { Municipality } from "../../src/data";
import { formatNumber } from "../../src/i18n";
import {
  DEFAULT_SETTINGS,
  ScenarioSettings,
  computeScenarios,
  explainMunicipality,
  inputOf,
  methodRanges,
  netCorrections,
} from "../../src/scenario";
import { cases } from "../cases";

const seed = computeScenarios(inputOf(R.municipalities), DEFAULT_SETTINGS, 2024);

test("seed, Apeldoorn, Dutch: every scenario with its real numbers", () => {
  const why = explainMunicipality(seed, 0, "nl");
  expect(why.name).toBe("Apeldoorn");
  expect(why.method).toBe("Hamilton (grootste rest)");
  expect(why.items.map((i) => [i.key, i.label, i.value, i.text])).toEqual([
    ["A", "A · Naar inwonertal", 422, "quotum = 1.170 × 422 / 1.170 = 422,00 → 422 heel; er blijven geen woningen over = 422"],
    ["B", "B · Realisatie", 305, "Realisatie 2024: 305 gehuisveste huishoudens, zoals in de tabel (kolom Realisatie)."],
    ["C", "C · Max. 30% sociale huur", 355, "30% × 1.184 mutaties = 355,2 → 355 (half naar boven)"],
    ["D", "D · Max. 30% goedkoopste", 205, "30% × 684 mutaties tot 1e aftoppingsgrens = 205,2 → 205 (half naar boven)"],
    ["E", "E · Min. 15% Wet regie", 178, "15% × 1.184 mutaties = 177,6 → 178 (half naar boven)"],
    [
      "S",
      "S · Solidariteit",
      355,
      "opgave 422, ruimte 355 → zelf 355 geplaatst; 67 gaat naar de regio (samen 225 over, vrije ruimte elders 11: 11 elders geplaatst, " +
        "214 niet geplaatst) = 355",
    ],
  ]);
  expect(why.range).toEqual({ low: 422, high: 422, text: "bij alle drie methoden 422" });
  expect(why.alabama).toBeNull();
  expect(why.notPlaced).toEqual({
    key: "S",
    value: 214,
    text:
      "Niet geplaatst = opgave 1.170 − geplaatst 956 = 214. Tekort per gemeente (opgave min deze kolom): Apeldoorn 67, Lochem 42, " +
      "Epe 30, Voorst 29, Zutphen 28, Heerde 18, Hattem 6, Brummen 5. Boven de eigen opgave: Deventer +11.",
  });
});

test("seed, Deventer, English: the solidarity share from others' surplus", () => {
  const why = explainMunicipality(seed, 2, "en");
  expect(why.items.find((i) => i.key === "S")!.text).toBe(
    "need 259, room 270 → 259 placed itself; from the others' surplus (225) 11 come in: all its spare room, as the surplus exceeds all " +
      "spare room (11) = 270",
  );
  expect(why.items.find((i) => i.key === "C")!.text).toBe("30% × 900 lettings = 270");
});

test("Sainte-Laguë at 1171: weight ÷ divisor, and the divisor found", () => {
  const model = computeScenarios(
    inputOf(R.municipalities),
    { ...DEFAULT_SETTINGS, method: "webster", need: { kind: "number", value: 1171 } },
    2024,
  );
  const a = explainMunicipality(model, 1, "nl").items[0];
  expect(a.text).toBe("gewicht ÷ deler = 53 / 0,9984 ≈ 53,08 → 53 (afgerond op het dichtstbijzijnde gehele getal)");
  expect(a.detail).toBe(
    "Deler 0,9984: elk gewicht gedeeld door 0,9984 en afgerond op het dichtstbijzijnde gehele getal geeft samen 1.171. Elke deler " +
      "groter dan 0,9981 en hoogstens 0,9988 geeft dezelfde verdeling.",
  );
});

const ALABAMA: Municipality[] = [21878, 9713, 4167, 3252, 1065].map((population, i) => ({
  name: ["Noord", "Oost", "Zuid", "West", "Midden"][i],
  population,
  lettingsSocial: 100,
  lettingsCheap: 50,
  realised: 5,
  origin: null,
  stock: null,
}));

test("Alabama at 43 → 44 under Hamilton: names who is affected and suggests Sainte-Laguë; silent under a divisor method", () => {
  const settings: ScenarioSettings = { ...DEFAULT_SETTINGS, need: { kind: "number", value: 43 } };
  const model = computeScenarios(inputOf(ALABAMA), settings, 2024);
  const west = explainMunicipality(model, 3, "nl");
  expect(west.alabama).toEqual({
    text:
      "Alabama-paradox bij Hamilton: met 44 in plaats van 43 woningen krijgt West er één minder (4 → 3). Sainte-Laguë (Webster) kan " +
      "dit niet laten zien.",
    affectsThis: true,
  });
  expect(explainMunicipality(model, 0, "en").alabama).toEqual({
    text:
      "Alabama paradox under Hamilton: with 44 instead of 43 dwellings, West would get one fewer (4 → 3). Sainte-Laguë (Webster) " +
      "cannot show this.",
    affectsThis: false,
  });
  expect(west.range).toEqual({
    low: 3,
    high: 4,
    text: "3 tot 4 over de drie methoden: Hamilton (grootste rest) 4, Sainte-Laguë (Webster) 4, D'Hondt (Jefferson) 3",
  });
  const webster = computeScenarios(inputOf(ALABAMA), { ...settings, method: "webster" }, 2024);
  expect(explainMunicipality(webster, 3, "nl").alabama).toBeNull();
});

test("a blank population: A, S say it takes no part; no range", () => {
  const ms = R.municipalities.map((m, i) => (i === 1 ? { ...m, population: null } : m));
  const why = explainMunicipality(computeScenarios(inputOf(ms), DEFAULT_SETTINGS, 2024), 1, "nl");
  expect(why.items[0]).toMatchObject({ key: "A", value: null, text: "Brummen heeft geen inwonertal en doet niet mee in A." });
  expect(why.items.find((i) => i.key === "S")).toMatchObject({ value: null, text: "Brummen heeft geen inwonertal en doet niet mee in S." });
  expect(why.range).toBeNull();
});

const count = (max: number) => fc.option(fc.integer({ min: 0, max }), { nil: null, freq: 6 });
const region = fc
  .integer({ min: 1, max: 25 })
  .chain((n) =>
    fc.tuple(
      ...Array.from({ length: n }, (_, i) =>
        fc
          .record({ population: count(100_000), lettingsSocial: count(2000), lettingsCheap: count(900), realised: count(300) })
          .map((m): Municipality => ({ name: `G${i + 1}`, origin: null, stock: null, ...m })),
      ),
    ),
  )
  .filter((ms) => ms.some((m) => (m.population ?? 0) > 0));
const settings: fc.Arbitrary<ScenarioSettings> = fc.record({
  need: fc.integer({ min: 0, max: 3000 }).map((value) => ({ kind: "number" as const, value })),
  ...perShare(() => fc.integer({ min: 0, max: 100 }).map((k) => k / 100)),
  rounding: fc.constantFrom("round" as const, "down" as const, "up" as const),
  method: fc.constantFrom("hamilton" as const, "webster" as const, "dhondt" as const),
  solidarity: fc.boolean(),
  growth: fc.constant(null),
  key: fc.constant(null),
  adjust: fc.constant(null),
});

test("every text ends in the number the model shows; the range holds A; niet geplaatst is the model's (random regions)", () => {
  fc.assert(
    fc.property(region, settings, fc.constantFrom("nl" as const, "en" as const), (ms, s, lang) => {
      const model = computeScenarios(inputOf(ms), s, 2024);
      ms.forEach((_, i) => {
        const why = explainMunicipality(model, i, lang);
        for (const item of why.items) {
          if (item.value === null || item.key === "B") continue;
          // "… = 422", "… → 355 (half naar boven)", "… → 53 (naar beneden afgerond)", "… → 53 en niet 54 (gelijke stand …)"
          const v = formatNumber(item.value, lang).replace(/[.]/g, "\\.");
          expect(item.text).toMatch(new RegExp(`(= ${v}$)|(→ ${v}( \\(| en niet |, not |$))`));
        }
        const a = why.items[0].value;
        if (a !== null) expect(why.range!.low <= a && a <= why.range!.high).toBe(true);
        expect(why.notPlaced.value).toBe((model.column("S") ?? model.column("C"))!.notPlaced);
        expect(why.notPlaced.text).toContain(formatNumber(why.notPlaced.value, lang));
      });
    }),
    cases(80, 12),
  );
});

test("methodRanges: per municipality the lowest and highest A over the three methods, null for a blank", () => {
  const model = computeScenarios(
    inputOf(ALABAMA.map((m, i) => (i === 1 ? { ...m, population: null } : m))),
    { ...DEFAULT_SETTINGS, need: { kind: "number", value: 43 } },
    2024,
  );
  const ranges = methodRanges(model);
  expect(ranges[1]).toBeNull();
  ranges.forEach((r, i) => {
    if (r)
      expect(r).toEqual({ low: explainMunicipality(model, i, "nl").range!.low, high: explainMunicipality(model, i, "nl").range!.high });
  });
});

test("a tie (three equal weights, 7 dwellings): the rule that settled it, named, under Hamilton and Sainte-Laguë", () => {
  const ms: Municipality[] = ["Aa", "Bb", "Cc"].map((name) => ({
    name,
    population: 1000,
    lettingsSocial: 10,
    lettingsCheap: 5,
    realised: 1,
    origin: null,
    stock: null,
  }));
  const at = (method: "hamilton" | "webster", i: number) =>
    explainMunicipality(
      computeScenarios(inputOf(ms), { ...DEFAULT_SETTINGS, method, solidarity: false, need: { kind: "number", value: 7 } }, 2024),
      i,
      "nl",
    ).items[0];
  expect(at("hamilton", 0).text).toBe(
    "quotum = 7 × 1.000 / 3.000 ≈ 2,33 → 2 heel + de enige resterende woning (rest 0,33 staat 1e; gelijk aan de rest van Bb en Cc, ook " +
      "bij gelijk gewicht: de eerdere plaats in de lijst gaat voor) = 3",
  );
  expect(at("hamilton", 2).text).toBe(
    "quotum = 7 × 1.000 / 3.000 ≈ 2,33 → 2 heel; rest 0,33 staat 3e, maar er is maar 1 resterende woning over; gelijk aan de rest van " +
      "Aa, ook bij gelijk gewicht: de eerdere plaats in de lijst gaat voor = 2",
  );
  expect(at("webster", 2)).toEqual({
    key: "A",
    label: "A · Naar inwonertal",
    value: 2,
    text:
      "gewicht ÷ deler = 1.000 / 400 = 2,50 → 2 en niet 3 (gelijke stand met Aa om de laatste woning; bij gelijk gewicht gaat de " +
      "eerdere plaats in de lijst voor: die woning gaat naar Aa)",
    detail:
      "Deler 400: elk gewicht gedeeld door 400 en afgerond op het dichtstbijzijnde gehele getal geeft samen 7, met een gelijke stand om " +
      "de laatste woning(en) tussen Aa, Bb en Cc; die is beslist met de regel: bij gelijk gewicht gaat de eerdere plaats in de lijst " +
      "voor.",
  });
});

describe("blended keys and corrections, explained", () => {
  const seed = inputOf(R.municipalities);
  const lines = [
    { name: "Apeldoorn", amount: -20, reason: "Tijdelijke opvang vol", decidedBy: "PHO Wonen", date: "12-11-2026" },
    { name: "apeldoorn", amount: 5, reason: "Deels herzien", decidedBy: "PHO Wonen", date: "19-11-2026" },
  ];
  const model = computeScenarios(
    { ...seed, corrections: netCorrections(seed.names, lines), correctionLines: lines },
    { ...DEFAULT_SETTINGS, key: { columns: ["population", "lettingsSocial"], factors: [0.5, 0.5] }, adjust: { base: "A" } },
    2024,
  );

  test("A by a blended key: the combined share and the quota, ending in the number the sheet shows", () => {
    const A = explainMunicipality(model, 0, "nl").items.find((x) => x.key === "A")!;
    expect(A.value).toBe(428);
    expect(A.text).toBe(
      "verdeelsleutel (50% inwonertal, 50% mutaties sociale huur): aandeel = 50% × 422 / 1.170 + 50% × 1.184 / 3.185 = 36,62% → quotum " +
        "1.170 × 36,62% ≈ 428,47 → 428",
    );
  });

  test("K names every correction behind the net number, with reason and who decided; N says how it came about", () => {
    const why = explainMunicipality(model, 0, "nl");
    expect(why.items.find((x) => x.key === "K")!.text).toBe(
      "Correcties: -20: Tijdelijke opvang vol (PHO Wonen, 12-11-2026); +5: Deels herzien (PHO Wonen, 19-11-2026). Netto -15.",
    );
    expect(why.items.find((x) => x.key === "N")!.text).toBe("A 428 met de eigen correctie -15 = 413.");
    const brummen = explainMunicipality(model, 1, "en").items.find((x) => x.key === "N")!;
    expect(brummen.text).toMatch(/^A 56 \+ \d+: a share of what other municipalities take less, in proportion to A = \d+\.$/);
    expect(brummen.text.endsWith(`= ${model.column("N")!.values[1]}.`)).toBe(true);
  });

  test("the method range under a blended key comes from the same rule as A", () => {
    const ranges = methodRanges(model);
    model.column("A")!.values.forEach((a, i) => expect(ranges[i]!.low <= a! && a! <= ranges[i]!.high).toBe(true));
    expect(explainMunicipality(model, 0, "nl").alabama).toBeNull();
  });
});
