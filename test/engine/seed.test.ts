/**
 * The seed's table ("Theorie vs praktijk", Regio Stedendriehoek 2024) reproduced by the engine,
 * and the reason its shown totals differ from the sums of its cells.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fairShare, quota, shortfall } from "../../src/engine";
import { STEDENDRIEHOEK_2024_LETTINGS as L, STEDENDRIEHOEK_2024_PUBLISHED as P } from "../../src/data";

const sum = (xs: readonly (number | null)[]) => xs.reduce<number>((s, x) => s + (x ?? 0), 0);

describe("seed columns reproduced exactly", () => {
  test("A: FAIRSHARE(1170, published weights) is column A", () => {
    expect(fairShare(1170, [...P.fairShare])).toEqual([...P.fairShare]);
  });
  test("C: CAP30 of the reconstructed social lettings is column C", () => {
    expect(quota([...L.social], 0.3)).toEqual([...P.max30Social]);
  });
  test("D: CAP30 of the reconstructed cheapest lettings is column D", () => {
    expect(quota([...L.cheap], 0.3)).toEqual([...P.max30Cheap]);
  });
  test("E: MIN15 of the reconstructed social lettings is column E", () => {
    expect(quota([...L.social], 0.15)).toEqual([...P.min15]);
  });
  test("'niet geplaatst' is exact: 375 for B, 214 for C (slide: 215), 699 for D, 691 for E", () => {
    const A = [...P.fairShare];
    expect(shortfall(A, A)).toBe(0);
    expect(shortfall(A, [...P.realised])).toBe(375);
    expect(shortfall(A, [...P.max30Social])).toBe(214);
    expect(shortfall(A, [...P.max30Cheap])).toBe(699);
    expect(shortfall(A, [...P.min15])).toBe(691);
  });
});

describe("why the slide's totals differ from the sums of its cells", () => {
  // The source sheet held fractional dwellings (share × lettings, unrounded) displayed with
  // zero decimals: cells were rounded for display, totals are rounded sums of unrounded values.
  const display = (x: number) => Math.floor(x + 0.5);
  const lettingsSocial = sum(L.social);
  const lettingsCheap = sum(L.cheap);

  test("lettings totals are 3185 and 1572", () => {
    expect([lettingsSocial, lettingsCheap]).toEqual([3185, 1572]);
  });
  test("D: unrounded 0.3 × 1572 = 471.6 displays 472, the whole cells add up to 471", () => {
    expect((3 * lettingsCheap) / 10).toBeCloseTo(471.6, 10);
    expect(display((3 * lettingsCheap) / 10)).toBe(P.totalsShown.D);
    expect(sum(P.max30Cheap)).toBe(471);
  });
  test("E: unrounded 0.15 × 3185 = 477.75 displays 478, the whole cells add up to 479", () => {
    expect(display((15 * lettingsSocial) / 100)).toBe(P.totalsShown.E);
    expect(sum(P.min15)).toBe(479);
  });
  test("C: 1170 − 955.5 = 214.5 displays 215, while 1170 − 956 = 214", () => {
    expect((3 * lettingsSocial) / 10).toBe(955.5);
    expect(display(1170 - (3 * lettingsSocial) / 10)).toBe(P.notPlacedShown.C);
    expect(display((3 * lettingsSocial) / 10)).toBe(P.totalsShown.C);
    expect(1170 - sum(P.max30Social)).toBe(214);
  });
  test("D and E 'niet geplaatst' on the slide (698, 692) are likewise 1170 minus the unrounded totals", () => {
    expect(display(1170 - (3 * lettingsCheap) / 10)).toBe(P.notPlacedShown.D);
    expect(display(1170 - (15 * lettingsSocial) / 100)).toBe(P.notPlacedShown.E);
  });
});

describe("embedded data matches ../shared/data/stedendriehoek-2024.csv", () => {
  const csv = join(__dirname, "..", "..", "..", "shared", "data", "stedendriehoek-2024.csv");
  const present = existsSync(csv);
  (present ? test : test.skip)("every published and reconstructed column is equal", () => {
    const rows = readFileSync(csv, "utf8")
      .split("\n")
      .filter((l) => l && !l.startsWith("#") && !l.startsWith("municipality"))
      .map((l) => l.split(","));
    expect(rows.map((r) => r[0])).toEqual([...P.municipalities]);
    const col = (k: number) => rows.map((r) => Number(r[k]));
    expect(col(1)).toEqual([...P.fairShare]);
    expect(col(2)).toEqual([...P.realised]);
    expect(col(3)).toEqual([...P.max30Social]);
    expect(col(4)).toEqual([...P.max30Cheap]);
    expect(col(5)).toEqual([...P.min15]);
    expect(col(6)).toEqual([...L.social]);
    expect(col(7)).toEqual([...L.cheap]);
  });
});
