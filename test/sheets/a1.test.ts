/**
 * Column names as Excel writes them (A … Z, AA … XFD), the same on the first call and on every
 * later one (columnName keeps the names it has built), and columnIndex its inverse.
 */
import fc from "fast-check";
import { address, columnIndex, columnName } from "../../src/sheets/a1";
import { cases } from "../cases";

const KNOWN: [number, string][] = [
  [0, "A"],
  [25, "Z"],
  [26, "AA"],
  [51, "AZ"],
  [52, "BA"],
  [701, "ZZ"],
  [702, "AAA"],
  [16_383, "XFD"],
];

test("known columns, asked twice", () => {
  for (const [index, name] of KNOWN) {
    expect(columnName(index)).toBe(name);
    expect(columnName(index)).toBe(name);
    expect(columnIndex(name)).toBe(index);
  }
  expect(columnName(16_384)).toBe("XFE"); // past Excel's last column still named, not kept
  expect(address(12, 27, 9, 1, true)).toBe("$AB$13:$AB$21");
});

test("columnIndex(columnName(i)) = i, and names grow in length with the index", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 20_000 }), (i) => {
      const name = columnName(i);
      expect(/^[A-Z]+$/.test(name)).toBe(true);
      expect(columnIndex(name)).toBe(i);
      expect(columnName(i)).toBe(name);
      const length = i < 26 ? 1 : i < 702 ? 2 : i < 18_278 ? 3 : 4;
      expect(name).toHaveLength(length);
    }),
    cases(500, 20261130),
  );
});
