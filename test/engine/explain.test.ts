/**
 * Verantwoording texts asserted exactly: the seed (Regio Stedendriehoek 2024, weights = the
 * published column A), tie cases for every method, C/D/E, solidarity, "niet geplaatst",
 * method range and the paradox warnings; nl (default) and en.
 */
import { STEDENDRIEHOEK_2024_LETTINGS as L, STEDENDRIEHOEK_2024_PUBLISHED as P } from "../../src/data";
import { redistributeCounts } from "../../src/engine";
import {
  alabamaParadox,
  describeMethod,
  displayDecimal,
  explainAlabama,
  explainAlabamaCheck,
  explainDivisor,
  explainDivisorChoice,
  explainFairShare,
  explainHamilton,
  explainMethodRange,
  explainNotPlaced,
  explainPopulation,
  explainShare,
  explainSolidarity,
  explainSolidarityAt,
  methodRange,
  populationParadox,
  rational,
  traceDivisor,
  traceHamilton,
  traceSolidarity,
} from "../../src/engine/explain";
import { formatNumber, ordinal } from "../../src/i18n";

const names = [...P.municipalities];
const A = [...P.fairShare];
const C = [...P.max30Social];
const ALABAMA = [21878, 9713, 4167, 3252, 1065];

describe("number format", () => {
  test("Dutch: decimal comma, dot for thousands; English the other way round", () => {
    expect(formatNumber(1170, "nl")).toBe("1.170");
    expect(formatNumber(1170, "en")).toBe("1,170");
    expect(formatNumber(355.2, "nl")).toBe("355,2");
    expect(formatNumber(1234567.25, "nl")).toBe("1.234.567,25");
    expect(formatNumber(21878n, "en")).toBe("21,878");
    expect([1, 2, 3, 4, 11, 22].map((n) => ordinal(n, "en"))).toEqual(["1st", "2nd", "3rd", "4th", "11th", "22nd"]);
    expect(ordinal(2, "nl")).toBe("2e");
  });

  test("a display decimal never shows a whole number (or a Webster half) it is not", () => {
    expect(displayDecimal(rational(421996, 1000))).toEqual({ text: "421.996", exact: true });
    expect(displayDecimal(rational(2, 3))).toEqual({ text: "0.67", exact: false });
    expect(displayDecimal(rational(124996, 10000), 2, 2).text).toBe("12.4996");
    expect(displayDecimal(rational(422)).text).toBe("422.00");
  });
});

describe("Hamilton — seed (weights = published column A)", () => {
  const trace = traceHamilton(1170, A);

  test("Apeldoorn, nl and en", () => {
    expect(explainHamilton(trace, 0, { names })).toBe(
      "quotum = 1.170 × 422 / 1.170 = 422,00 → 422 heel; er blijven geen woningen over = 422",
    );
    expect(explainHamilton(trace, 0, { lang: "en", names })).toBe(
      "quota = 1,170 × 422 / 1,170 = 422.00 → 422 whole; no dwellings are left over = 422",
    );
  });

  test("every municipality: exact quota = column A, nothing left over", () => {
    expect(trace.results).toEqual(A);
    expect(trace.leftOver).toBe(0);
    trace.items.forEach((it, i) => {
      expect(it.quota).toEqual({ num: BigInt(A[i]), den: 1n });
      expect(it.settledBy).toBeNull();
      expect(explainHamilton(trace, i)).toBe(
        `quotum = 1.170 × ${A[i]} / 1.170 = ${A[i]},00 → ${A[i]} heel; er blijven geen woningen over = ${A[i]}`,
      );
    });
  });
});

describe("Hamilton — remainders and ties", () => {
  test("the Alabama weights at 43: ranks of the remainders", () => {
    const t = traceHamilton(43, ALABAMA);
    expect(t.results).toEqual([24, 10, 4, 4, 1]);
    expect(t.leftOver).toBe(2);
    expect(explainHamilton(t, 0)).toBe(
      "quotum = 43 × 21.878 / 40.075 ≈ 23,47 → 23 heel + 1 van de 2 resterende woningen (rest 0,47 staat 2e) = 24",
    );
    expect(explainHamilton(t, 1)).toBe(
      "quotum = 43 × 9.713 / 40.075 ≈ 10,42 → 10 heel; rest 0,42 staat 4e, maar er zijn maar 2 resterende woningen over = 10",
    );
    expect(explainHamilton(t, 3, { lang: "en" })).toBe(
      "quota = 43 × 3,252 / 40,075 ≈ 3.49 → 3 whole + 1 of the 2 remaining dwellings (its remainder 0.49 ranks 1st) = 4",
    );
  });

  test("equal remainders, the larger weight goes first", () => {
    const t = traceHamilton(2, [1, 3]);
    expect(t.results).toEqual([0, 2]);
    expect(t.items.map((i) => i.settledBy)).toEqual(["weight", "weight"]);
    const o = { names: ["Hattem", "Epe"] };
    expect(explainHamilton(t, 0, o)).toBe(
      "quotum = 2 × 1 / 4 = 0,50 → 0 heel; rest 0,50 staat 2e, maar er is maar 1 resterende woning over; gelijk aan de rest van Epe: " +
        "het grotere gewicht gaat voor = 0",
    );
    expect(explainHamilton(t, 1, o)).toBe(
      "quotum = 2 × 3 / 4 = 1,50 → 1 heel + de enige resterende woning (rest 0,50 staat 1e; gelijk aan de rest van Hattem: het grotere " +
        "gewicht gaat voor) = 2",
    );
    expect(explainHamilton(t, 1, { ...o, lang: "en" })).toBe(
      "quota = 2 × 3 / 4 = 1.50 → 1 whole + the one remaining dwelling (its remainder 0.50 ranks 1st; equal to the remainder of Hattem: " +
        "the larger weight goes first) = 2",
    );
  });

  test("equal remainders and equal weights, the earlier position goes first", () => {
    const t = traceHamilton(7, [1, 1, 1]);
    expect(t.results).toEqual([3, 2, 2]);
    expect(t.items.map((i) => i.settledBy)).toEqual(["position", "position", "position"]);
    expect(t.items[0].tiedWith).toEqual([1, 2]);
    const o = { names: ["Brummen", "Voorst", "Heerde"] };
    expect(explainHamilton(t, 0, o)).toBe(
      "quotum = 7 × 1 / 3 ≈ 2,33 → 2 heel + de enige resterende woning (rest 0,33 staat 1e; gelijk aan de rest van Voorst en Heerde, " +
        "ook bij gelijk gewicht: de eerdere plaats in de lijst gaat voor) = 3",
    );
    expect(explainHamilton(t, 2, o)).toBe(
      "quotum = 7 × 1 / 3 ≈ 2,33 → 2 heel; rest 0,33 staat 3e, maar er is maar 1 resterende woning over; gelijk aan de rest van " +
        "Brummen, ook bij gelijk gewicht: de eerdere plaats in de lijst gaat voor = 2",
    );
  });

  test("without names, municipalities are numbered", () => {
    const t = traceHamilton(2, [1, 3]);
    expect(explainHamilton(t, 1)).toContain("gelijk aan de rest van nr. 1");
    expect(explainHamilton(t, 1, { lang: "en" })).toContain("equal to the remainder of no. 1");
  });
});

describe("Webster and D'Hondt", () => {
  test("seed: divisor 1, every weight ÷ 1 is its own result", () => {
    const w = traceDivisor(1170, A, "webster");
    expect(w.results).toEqual(A);
    expect(w.divisorDecimal?.text).toBe("1");
    expect(explainDivisor(w, 0, { names })).toBe(
      "gewicht ÷ deler = 422 / 1 = 422,00 → 422 (afgerond op het dichtstbijzijnde gehele getal)",
    );
    expect(explainDivisorChoice(w)).toBe(
      "Deler 1: elk gewicht gedeeld door 1 en afgerond op het dichtstbijzijnde gehele getal geeft samen 1.170. Elke deler groter dan " +
        "0,999 en hoogstens 1,001 geeft dezelfde verdeling.",
    );
    const d = traceDivisor(1170, A, "dhondt");
    expect(d.results).toEqual(A);
    expect(explainDivisor(d, 0, { lang: "en" })).toBe("weight ÷ divisor = 422 / 1 = 422.00 → 422 (rounded down)");
  });

  test("the Alabama weights at 43", () => {
    const w = traceDivisor(43, ALABAMA, "webster");
    expect(w.results).toEqual([24, 10, 4, 4, 1]);
    expect(explainDivisorChoice(w)).toBe(
      "Deler 928: elk gewicht gedeeld door 928 en afgerond op het dichtstbijzijnde gehele getal geeft samen 43. Elke deler groter dan " +
        "926 en hoogstens 929,14 geeft dezelfde verdeling.",
    );
    expect(explainDivisor(w, 3)).toBe("gewicht ÷ deler = 3.252 / 928 ≈ 3,504 → 4 (afgerond op het dichtstbijzijnde gehele getal)");
    const d = traceDivisor(43, ALABAMA, "dhondt");
    expect(d.results).toEqual([24, 11, 4, 3, 1]);
    expect(explainDivisor(d, 1)).toBe("gewicht ÷ deler = 9.713 / 880 ≈ 11,04 → 11 (naar beneden afgerond)");
  });

  test("a tie for the last dwelling (Webster): equal weights, the earlier position goes first", () => {
    const o = { names: ["P", "Q", "R", "S"] };
    const t = traceDivisor(3, [2, 2, 1, 1], "webster");
    expect(t.results).toEqual([1, 1, 1, 0]);
    expect(t.tie).toBe(true);
    expect(explainDivisor(t, 2, o)).toBe(
      "gewicht ÷ deler = 1 / 2 = 0,50 → 1 (gelijke stand met S om de laatste woning; bij gelijk gewicht gaat de eerdere plaats in de " +
        "lijst voor: die woning gaat hierheen)",
    );
    expect(explainDivisor(t, 3, o)).toBe(
      "gewicht ÷ deler = 1 / 2 = 0,50 → 0 en niet 1 (gelijke stand met R om de laatste woning; bij gelijk gewicht gaat de eerdere " +
        "plaats in de lijst voor: die woning gaat naar R)",
    );
    expect(explainDivisorChoice(t, o)).toBe(
      "Deler 2: elk gewicht gedeeld door 2 en afgerond op het dichtstbijzijnde gehele getal geeft samen 3, met een gelijke stand om de " +
        "laatste woning(en) tussen R en S; die is beslist met de regel: bij gelijk gewicht gaat de eerdere plaats in de lijst voor.",
    );
  });

  test("a tie for the last dwelling (D'Hondt): the larger weight goes first", () => {
    const t = traceDivisor(3, [2, 2, 1, 1], "dhondt");
    expect(t.results).toEqual([2, 1, 0, 0]);
    expect(explainDivisor(t, 2, { names: ["P", "Q", "R", "S"], lang: "en" })).toBe(
      "weight ÷ divisor = 1 / 1 = 1.00 → 0, not 1 (tied with P for the last dwelling; the larger weight goes first: that dwelling goes " +
        "to P)",
    );
  });

  test("total 0: nothing to share", () => {
    const t = traceDivisor(0, [1, 2], "webster");
    expect(t.results).toEqual([0, 0]);
    expect(explainDivisor(t, 0)).toBe("er is niets te verdelen (totaal 0) = 0");
  });
});

describe("C/D/E: a share of the lettings", () => {
  test("Apeldoorn C, with down and up", () => {
    expect(explainShare({ share: 0.3, lettings: 1184, rounding: "round" })).toBe("30% × 1.184 mutaties = 355,2 → 355 (half naar boven)");
    expect(explainShare({ share: 0.3, lettings: 1184, rounding: "down" })).toBe("30% × 1.184 mutaties = 355,2 → 355 (naar beneden)");
    expect(explainShare({ share: 0.3, lettings: 1184, rounding: "up" })).toBe("30% × 1.184 mutaties = 355,2 → 356 (naar boven)");
    expect(explainShare({ share: 0.3, lettings: 1184, rounding: "round" }, { lang: "en" })).toBe(
      "30% × 1,184 lettings = 355.2 → 355 (half up)",
    );
  });

  test("D and E for Apeldoorn, a half for Hattem, a whole product, unknown lettings", () => {
    expect(explainShare({ share: 0.3, lettings: 684, rounding: "round", lettingsKind: "cheap" })).toBe(
      "30% × 684 mutaties tot 1e aftoppingsgrens = 205,2 → 205 (half naar boven)",
    );
    expect(explainShare({ share: 0.15, lettings: 1184, rounding: "round" })).toBe("15% × 1.184 mutaties = 177,6 → 178 (half naar boven)");
    expect(explainShare({ share: 0.3, lettings: 85, rounding: "round" })).toBe("30% × 85 mutaties = 25,5 → 26 (half naar boven)");
    expect(explainShare({ share: 0.15, lettings: 100, rounding: "down" })).toBe("15% × 100 mutaties = 15");
    // a share is read as the decimal typed (design §2): "down" never gives more than the exact share
    expect(explainShare({ share: 0.299999, lettings: 10, rounding: "down" })).toBe("29,9999% × 10 mutaties = 2,99999 → 2 (naar beneden)");
    expect(explainShare({ share: 0.2999995, lettings: 10, rounding: "down" })).toBe(
      "29,99995% × 10 mutaties = 2,999995 → 2 (naar beneden)",
    );
    expect(explainShare({ share: 0.29, lettings: 50, rounding: "round" })).toBe("29% × 50 mutaties = 14,5 → 15 (half naar boven)");
    expect(explainShare({ share: 0.3, lettings: null, rounding: "round", lettingsKind: "cheap" })).toBe(
      "mutaties tot 1e aftoppingsgrens onbekend → leeg",
    );
  });

  test("the texts reproduce the seed's columns C, D and E", () => {
    const last = (text: string) => Number(/(\d+)(?: \([^)]*\))?$/.exec(text)?.[1]);
    names.forEach((_, i) => {
      expect(last(explainShare({ share: 0.3, lettings: L.social[i], rounding: "round" }))).toBe(P.max30Social[i]);
      expect(last(explainShare({ share: 0.3, lettings: L.cheap[i], rounding: "round", lettingsKind: "cheap" }))).toBe(P.max30Cheap[i]);
      expect(last(explainShare({ share: 0.15, lettings: L.social[i], rounding: "round" }))).toBe(P.min15[i]);
    });
  });
});

describe("solidarity and niet geplaatst (seed: A within cap C)", () => {
  const trace = traceSolidarity(A, C);

  test("agrees with REDISTRIBUTE", () => {
    expect(trace.results).toEqual(redistributeCounts(A, C));
    expect(trace.totalSurplus).toBe(225);
    expect(trace.totalSpare).toBe(11);
    expect(trace.unplaced).toBe(214);
  });

  test("Apeldoorn passes on its surplus, Deventer takes over all its room", () => {
    expect(explainSolidarity(trace, 0, { names })).toBe(
      "opgave 422, ruimte 355 → zelf 355 geplaatst; 67 gaat naar de regio (samen 225 over, vrije ruimte elders 11: 11 elders geplaatst, " +
        "214 niet geplaatst) = 355",
    );
    expect(explainSolidarity(trace, 2, { names })).toBe(
      "opgave 259, ruimte 270 → zelf 259 geplaatst; uit het overschot van anderen (225) komen er 11 bij: de hele vrije ruimte, want er " +
        "is meer overschot dan vrije ruimte (11) = 270",
    );
    expect(explainSolidarity(trace, 2, { lang: "en" })).toBe(
      "need 259, room 270 → 259 placed itself; from the others' surplus (225) 11 come in: all its spare room, as the surplus exceeds " +
        "all spare room (11) = 270",
    );
  });

  test("a proportional share of the surplus, rounded by largest remainder", () => {
    const t = traceSolidarity([10, 2, 2], [4, 6, 8]);
    expect(t.results).toEqual([4, 4, 6]);
    expect(explainSolidarity(t, 2)).toBe(
      "opgave 2, ruimte 8 → zelf 2 geplaatst; uit het overschot van anderen (6) komen er 4 bij: aandeel naar verhouding van de vrije " +
        "ruimte 6 × 6 / 10 = 3,60 → 4 (grootste rest) = 6",
    );
    expect(explainSolidarity(traceSolidarity([3, 3], [3, 5]), 1)).toBe(
      "opgave 3, ruimte 5 → zelf 3 geplaatst; 2 vrije ruimte, maar niemand heeft een overschot = 3",
    );
    expect(explainSolidarity(traceSolidarity([3, 3], [3, 5]), 0)).toBe(
      "opgave 3, ruimte 3 → zelf 3 geplaatst; niets over en geen ruimte over = 3",
    );
  });

  test("niet geplaatst for C: what is left and where", () => {
    expect(explainNotPlaced({ need: 1170, demand: A, supply: C }, { names })).toBe(
      "Niet geplaatst = opgave 1.170 − geplaatst 956 = 214. Tekort per gemeente (opgave min deze kolom): Apeldoorn 67, Lochem 42, Epe " +
        "30, Voorst 29, Zutphen 28, Heerde 18, Hattem 6, Brummen 5. Boven de eigen opgave: Deventer +11.",
    );
    expect(explainNotPlaced({ need: 1170, demand: A, supply: C, mode: "local" }, { names })).toBe(
      "Niet geplaatst zonder solidariteit = som van de tekorten per gemeente = 225. Tekort per gemeente (opgave min deze kolom): " +
        "Apeldoorn 67, Lochem 42, Epe 30, Voorst 29, Zutphen 28, Heerde 18, Hattem 6, Brummen 5.",
    );
    expect(explainNotPlaced({ need: 1170, demand: A, supply: A }, { lang: "en" })).toBe(
      "Not placed: 0 — this column places 1,170, the need is 1,170.",
    );
  });
});

describe("method sensitivity and paradoxes", () => {
  test("range over the three methods", () => {
    const r = methodRange(43, ALABAMA);
    expect(r.map((x) => [x.low, x.high])).toEqual([
      [24, 24],
      [10, 11],
      [4, 4],
      [3, 4],
      [1, 1],
    ]);
    expect(explainMethodRange(r[1])).toBe(
      "10 tot 11 over de drie methoden: Hamilton (grootste rest) 10, Sainte-Laguë (Webster) 10, D'Hondt (Jefferson) 11",
    );
    expect(explainMethodRange(r[0], { lang: "en" })).toBe("24 under all three methods");
    expect(methodRange(1170, A).every((x) => x.low === x.high)).toBe(true);
  });

  test("the Alabama example: 43 → 44 costs the 4th municipality a dwelling", () => {
    const p = alabamaParadox(43, ALABAMA);
    expect(p.affected).toEqual([{ index: 3, before: 4, after: 3 }]);
    expect(p.gainers).toEqual([
      { index: 1, before: 10, after: 11 },
      { index: 2, before: 4, after: 5 },
    ]);
    expect(p.suggested).toBe("webster");
    expect(p.immune).toEqual(["webster", "dhondt"]);
    const o = { names: ["Apeldoorn", "Deventer", "Zutphen", "Lochem", "Hattem"] };
    expect(explainAlabama(p, o)).toBe(
      "Alabama-paradox bij Hamilton: met 44 in plaats van 43 woningen krijgt Lochem er één minder (4 → 3). Sainte-Laguë (Webster) kan " +
        "dit niet laten zien.",
    );
    expect(explainAlabama(p, { ...o, lang: "en" })).toBe(
      "Alabama paradox under Hamilton: with 44 instead of 43 dwellings, Lochem would get one fewer (4 → 3). Sainte-Laguë (Webster) " +
        "cannot show this.",
    );
  });

  test("silent where Hamilton is safe", () => {
    expect(alabamaParadox(1170, A).affected).toEqual([]);
    expect(explainAlabama(alabamaParadox(1170, A))).toBeNull();
    expect(explainAlabamaCheck(alabamaParadox(1170, A))).toBe(
      "Geen Alabama-paradox: met 1.171 in plaats van 1.170 woningen krijgt geen enkele gemeente er minder.",
    );
  });

  test("the population paradox between two years", () => {
    const p = populationParadox(10, [968, 616, 544], [1012, 616, 572]);
    expect(p.pairs.map((x) => [x.loser, x.gainer, x.loserSeats, x.gainerSeats])).toEqual([[2, 0, [3, 2], [4, 5]]]);
    expect(p.affected).toEqual([2]);
    expect(explainPopulation(p, { names: ["Deventer", "Zutphen", "Epe"] })).toBe(
      "Populatieparadox bij Hamilton: Epe groeide relatief sneller (+5,15%) dan Deventer (+4,55%), maar gaat van 3 naar 2 terwijl " +
        "Deventer van 4 naar 5 gaat. Sainte-Laguë (Webster) kan dit niet laten zien.",
    );
    expect(explainPopulation(populationParadox(1170, A, A))).toBeNull();
  });

  test("methods in words", () => {
    expect(describeMethod("hamilton")).toMatch(/^Grootste-restmethode \(Hamilton\): /);
    expect(describeMethod("dhondt", { lang: "en" })).toMatch(/^D'Hondt \(Jefferson\): .*rounded down/);
  });
});

describe("row-based helpers for the pane (blanks take no part)", () => {
  test("explainFairShare and explainSolidarityAt", () => {
    const weights = [422, null, 259];
    const o = { names: ["Apeldoorn", "Brummen", "Deventer"] };
    expect(explainFairShare({ total: 681, weights, method: "hamilton" }, 1, o)).toBeNull();
    expect(explainFairShare({ total: 681, weights, method: "hamilton" }, 2, o)).toBe(
      "quotum = 681 × 259 / 681 = 259,00 → 259 heel; er blijven geen woningen over = 259",
    );
    expect(explainFairShare({ total: 3, weights: [2, 2, null, 1, 1], method: "webster" }, 4, { names: ["P", "Q", "x", "R", "S"] })).toBe(
      "gewicht ÷ deler = 1 / 2 = 0,50 → 0 en niet 1 (gelijke stand met R om de laatste woning; bij gelijk gewicht gaat de eerdere " +
        "plaats in de lijst voor: die woning gaat naar R)",
    );
    expect(explainSolidarityAt({ need: [10, null, 2, 2], room: [4, 5, 6, 8] }, 1)).toBeNull();
    expect(explainSolidarityAt({ need: [10, null, 2, 2], room: [4, 5, 6, 8] }, 3)).toBe(
      "opgave 2, ruimte 8 → zelf 2 geplaatst; uit het overschot van anderen (6) komen er 4 bij: aandeel naar verhouding van de vrije " +
        "ruimte 6 × 6 / 10 = 3,60 → 4 (grootste rest) = 6",
    );
  });
});
