/**
 * Matching a pasted (name, value) column to the region's municipalities: tolerant of case,
 * accents, spaces, punctuation and a "Gemeente" prefix; never guessing between two names;
 * a report of what did not match and what was not provided.
 */
import fc from "fast-check";
import { matchNames, matchProblems, nameKey, STEDENDRIEHOEK_2024 } from "../../src/data";
import { cases } from "../cases";

const region = STEDENDRIEHOEK_2024.municipalities.map((m) => m.name);

test("the region's own names, in any order and spelling, all match", () => {
  const pasted: [string, number][] = region.map((name, i) => [`  gemeente ${name.toUpperCase()} `, i]);
  const r = matchNames([...pasted].reverse(), region);
  expect(r.values).toEqual(region.map((_, i) => i));
  expect(r).toMatchObject({ ok: true, unmatched: [], missing: [], ambiguous: [], duplicates: [] });
});

test("case, accents, spaces, punctuation and prefixes are ignored", () => {
  expect(nameKey("Gemeente  's-Hertogenbosch")).toBe(nameKey("s Hertogenbosch"));
  expect(nameKey("Súdwest-Fryslân")).toBe(nameKey("sudwest fryslan"));
  expect(nameKey("Gem. Epe")).toBe("epe");
  expect(nameKey("Municipality of Epe")).toBe("epe");
  expect(nameKey("Gemeentestad")).toBe("gemeentestad"); // a name that merely starts with the word
});

test("a report of names not in the region and region names not provided; a header row is skipped", () => {
  const r = matchNames<unknown>(
    [
      ["Gemeente", "Realisatie 2025"],
      ["Apeldoorn", 40],
      ["Appeldoorn", 1],
      ["", null],
      ["Epe", 3],
      ["", 7],
    ],
    region,
  );
  expect(r.skippedHeader).toBe(true);
  expect(r.values[region.indexOf("Apeldoorn")]).toBe(40);
  expect(r.values[region.indexOf("Epe")]).toBe(3);
  expect(r.unmatched).toEqual([
    { row: 3, given: "Appeldoorn", value: 1, suggestion: "Apeldoorn" },
    { row: 6, given: "", value: 7, suggestion: null },
  ]);
  expect(r.missing).toEqual(region.filter((n) => n !== "Apeldoorn" && n !== "Epe"));
  expect(r.ok).toBe(false);
  expect(matchProblems(r).map((e) => e.messages.nl)).toEqual([
    'rij 3: gemeente "Appeldoorn" hoort niet bij de regio',
    'rij 6: gemeente "" hoort niet bij de regio',
  ]);
  expect(matchProblems(r)[0].messages.en).toBe('row 3: municipality "Appeldoorn" is not in the region');
});

test("a first row with a count typed as text is data, not a header; suggestions only when unique", () => {
  const r = matchNames<unknown>(
    [
      ["Appeldoorn", "12"],
      ["Epe", 3],
    ],
    region,
  );
  expect(r.skippedHeader).toBe(false);
  expect(r.unmatched).toEqual([{ row: 1, given: "Appeldoorn", value: "12", suggestion: "Apeldoorn" }]);
  // "Bergen" and "Bergen (L.)" both within two
  expect(matchNames([["Bergn", 1]], ["Bergen (NH.)", "Bergen (L.)", "Bergen"]).unmatched[0].suggestion).toBeNull();
  expect(matchNames([["Xyz", 1]], region).unmatched[0].suggestion).toBeNull();
});

test("never guesses between two candidates; a unique qualifier-less name matches", () => {
  const names = ["Bergen (NH.)", "Bergen (L.)", "Rijswijk (ZH.)", "Beek"];
  const r = matchNames(
    [
      ["Bergen", 1],
      ["Rijswijk", 2],
      ["bergen (l)", 3],
    ],
    names,
  );
  expect(r.ambiguous).toEqual([{ row: 1, given: "Bergen", candidates: ["Bergen (NH.)", "Bergen (L.)"] }]);
  expect(r.values).toEqual([null, 3, 2, null]);
  expect(matchProblems(r)[0].messages).toEqual({
    nl: 'rij 1: gemeente "Bergen" past bij meer dan één gemeente (Bergen (NH.), Bergen (L.)); schrijf de naam voluit',
    en: 'row 1: municipality "Bergen" fits more than one municipality (Bergen (NH.), Bergen (L.)); write the name in full',
  });
});

test("a name given twice with different values is reported and left out; the same value twice is fine", () => {
  const r = matchNames(
    [
      ["Epe", 3],
      ["EPE", 4],
      ["Voorst", 5],
      ["voorst", 5],
    ],
    region,
  );
  expect(r.duplicates).toEqual([{ name: "Epe", rows: [1, 2] }]);
  expect(r.values[region.indexOf("Epe")]).toBeNull();
  expect(r.values[region.indexOf("Voorst")]).toBe(5);
  expect(matchProblems(r).map((e) => e.messages.en)).toEqual(['row 2: municipality "Epe" occurs more than once']);
});

test("property: every pasted region name in a random spelling lands on its own municipality", () => {
  const spell = fc.record({ upper: fc.boolean(), prefix: fc.boolean(), pad: fc.boolean() });
  fc.assert(
    fc.property(
      fc.shuffledSubarray(region.map((n, i) => [n, i] as const)),
      fc.array(spell, { minLength: region.length, maxLength: region.length }),
      (subset, spellings) => {
        const pasted = subset.map(([name, i]) => {
          const s = spellings[i];
          const text = `${s.prefix ? "Gemeente " : ""}${s.upper ? name.toUpperCase() : name.toLowerCase()}`;
          return [s.pad ? `  ${text}  ` : text, i] as const;
        });
        const r = matchNames(pasted, region);
        subset.forEach(([, i]) => expect(r.values[i]).toBe(i));
        expect(r.missing.length).toBe(region.length - subset.length);
        expect(r.ok).toBe(true);
      },
    ),
    cases(100, 3),
  );
});
