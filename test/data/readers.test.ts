/**
 * The one reader per kind of user input (src/data/readers.ts): each case of issue 17 that is
 * about reading what a person typed or pasted, read as a person reads it or named in a message.
 */
import fc from "fast-check";
import {
  implausible,
  readAmount,
  readCountText,
  readDate,
  readDateCell,
  readPastedBlock,
  sameName,
  sheetNameKey,
} from "../../src/data/readers";
import { checkPaste } from "../../src/taskpane/state/monitor";
import { correctionProblems } from "../../src/scenario/corrections";
import { cases } from "../cases";

const NAMES = ["Apeldoorn", "Epe", "Hattem", "Lochem"];

test("17.4 a correction amount: whole numbers only; blank, text, a number as text, TRUE and fractions are refused, never 0", () => {
  expect(readAmount(-20)).toEqual({ ok: true, value: -20 });
  expect(readAmount(0)).toEqual({ ok: true, value: 0 });
  expect(Object.is((readAmount(-0) as { value: number }).value, 0)).toBe(true);
  expect(readAmount(null)).toEqual({ ok: false, problem: { nl: "het bedrag is leeg", en: "the amount is blank" } });
  expect(readAmount("")).toMatchObject({ ok: false });
  expect(readAmount("zeven")).toEqual({ ok: false, problem: { nl: "'zeven' is geen getal", en: "'zeven' is not a number" } });
  expect(readAmount("12")).toMatchObject({ ok: false }); // SUMIF and SUMPRODUCT skip a number stored as text
  expect(readAmount(true)).toMatchObject({ ok: false });
  expect(readAmount(2.5)).toEqual({
    ok: false,
    problem: { nl: "2.5 is geen heel aantal woningen", en: "2.5 is not a whole number of dwellings" },
  });
});

test('17.5 names compare as TRIM(SUBSTITUTE(…,CHAR(160)," ")) and = do: outer and doubled spaces, NBSP and case do not count', () => {
  expect(sameName("Apeldoorn ", "apeldoorn")).toBe(true);
  expect(sameName("\u00a0Apeldoorn\u00a0", "APELDOORN")).toBe(true);
  expect(sameName("Oude  IJsselstreek", "oude ijsselstreek")).toBe(true);
  expect(sameName("Apel doorn", "Apeldoorn")).toBe(false);
  expect(sameName("Epe\t", "Epe")).toBe(false); // TRIM leaves a tab, so the sheet would not match it either
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom("a", "B", " ", "\u00a0", "é")).map((cs) => cs.join("")),
      (s) => {
        const key = sheetNameKey(s);
        expect(key).toBe(key.trim());
        expect(key).not.toMatch(/ {2}|\u00a0/);
        expect(sheetNameKey(` ${s.toUpperCase()}\u00a0`)).toBe(key);
      },
    ),
    cases(100, 20261202),
  );
});

test("17.8 a pasted block with CR-only line breaks is read as separate lines", () => {
  expect(readPastedBlock("Epe\t12\rHattem\t5").lines.map((l) => [l.row, l.name, l.value])).toEqual([
    [1, "Epe", 12],
    [2, "Hattem", 5],
  ]);
  expect(readPastedBlock("Epe\t12\r\n\r\nHattem\t5\n").lines.map((l) => [l.row, l.name, l.value])).toEqual([
    [1, "Epe", 12],
    [3, "Hattem", 5],
  ]);
  const check = checkPaste("Epe\t12\rHattem\t5", NAMES);
  expect(check.problems).toEqual([]);
  expect(check.pairs).toEqual([
    ["Epe", 12],
    ["Hattem", 5],
  ]);
});

test("17.9 '12,000', '1,000' and '1.234' are asked about with the line named, never read as 12, 1 or 1234 in silence", () => {
  for (const text of ["12,000", "1,000", "1.234"]) {
    const r = readCountText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.nl).toContain("dubbelzinnig");
  }
  expect(readCountText("1.234.567")).toEqual({ ok: true, value: 1234567 }); // several groups: only one reading
  expect(readCountText("12")).toEqual({ ok: true, value: 12 });
  expect(readCountText("12,5")).toMatchObject({ ok: false }); // a decimal, not a count
  const check = checkPaste("Epe\t12,000\nHattem\t1,000", NAMES);
  expect(check.problems.map((p) => p.nl)).toEqual([
    "rij 1 (Epe): '12,000' is dubbelzinnig: bedoelt u 12000 of 12,000? Typ het getal zonder punt of komma.",
    "rij 2 (Hattem): '1,000' is dubbelzinnig: bedoelt u 1000 of 1,000? Typ het getal zonder punt of komma.",
  ]);
  expect(check.pairs.every(([, v]) => v === null)).toBe(true);
});

test("17.10 two counts on a line are asked about; an empty trailing column is ignored; a name without a count is missing", () => {
  const two = checkPaste("Epe\t12\t15", NAMES);
  expect(two.problems.map((p) => p.en)).toEqual(["row 1 (Epe): more than one number (12, 15); which one do you mean? Leave one."]);
  const trailing = checkPaste("Epe\t12\t\nHattem\t\t", NAMES);
  expect(trailing.problems).toEqual([]);
  expect(trailing.pairs).toEqual([
    ["Epe", 12],
    ["Hattem", null],
  ]);
  expect(trailing.missing).toEqual(["Apeldoorn", "Hattem", "Lochem"]);
});

test("17.11 a count far above the year's target gets a plausibility note before it is entered", () => {
  const targets = [410, 12, 6, 42];
  const check = checkPaste("Lochem\t1234\nEpe\t13", NAMES, (i) => targets[i]);
  expect(check.problems).toEqual([]);
  expect(check.notes).toEqual([
    {
      nl: "Lochem: 1234 is veel meer dan de jaaropgave (42); klopt dat?",
      en: "Lochem: 1234 is far more than the yearly target (42); is that right?",
    },
  ]);
  expect(checkPaste("Lochem 1.234", NAMES, (i) => targets[i]).problems).toHaveLength(1); // asked about first
  expect(implausible(60, 42, "Lochem")).toBeNull();
  expect(implausible(9, 1, "Hattem")).toBeNull(); // small numbers: a few more is no surprise
});

test("17.12 an impossible decision date is refused with a message and never stored", () => {
  expect(readDate("31-02-2026")).toEqual({
    ok: false,
    problem: { nl: "31-02-2026 bestaat niet (die maand heeft geen dag 31)", en: "31-02-2026 does not exist (that month has no day 31)" },
  });
  expect(readDate("29-02-2028")).toEqual({ ok: true, value: "29-02-2028" });
  expect(readDate("29-02-2026")).toMatchObject({ ok: false });
  expect(readDate("1/2/2026")).toEqual({ ok: true, value: "01-02-2026" });
  expect(readDate("2026-11-26")).toEqual({ ok: true, value: "26-11-2026" });
  expect(readDate("26-11-26")).toMatchObject({ ok: false }); // which century: not guessed
  expect(readDate("morgen")).toMatchObject({ ok: false });
  expect(readDateCell(46352)).toEqual({ ok: true, value: "26-11-2026" }); // Excel turned the text into a date serial
  const draft = { name: "Epe", amount: "-2", reason: "besluit", decidedBy: "PHO", date: "31-02-2026" };
  expect(correctionProblems(draft, NAMES).date?.nl).toBe("31-02-2026 bestaat niet (die maand heeft geen dag 31).");
  expect(correctionProblems({ ...draft, date: "28-02-2026" }, NAMES)).toEqual({});
});
