/**
 * Reading numbers as typed (exact.ts) and quoting them in messages (errors.ts): worked
 * examples, including the edges a real workbook reaches (1e-7, 5e-324, 1e21, -0), and the
 * guarantee that whole-number weights keep the fast path untouched.
 */
import { decimalOf, decimalPlaces, integerWeights, readShare, toMicros } from "../../src/engine";
import fc from "fast-check";
import { formatNumber } from "../../src/i18n";
import { cases } from "../cases";

describe("decimalOf: the decimal String(x) shows, exactly", () => {
  test.each([
    [0.3, 3n, 1],
    [0.29, 29n, 2],
    [0.2999995, 2999995n, 7],
    [0.1234567, 1234567n, 7],
    [1e-7, 1n, 7],
    [4.5e-7, 45n, 8],
    [1234.5, 12345n, 1],
    [5e-324, 5n, 324],
    [1e21, 10n ** 21n, 0],
    [1.5e22, 15n * 10n ** 21n, 0],
    [0, 0n, 0],
    [-0, 0n, 0],
    [-2.5, -25n, 1],
    [0.1 + 0.2, 30000000000000004n, 17],
  ])("%p", (x, digits, scale) => {
    expect(decimalOf(x)).toEqual({ digits, scale });
    expect(decimalPlaces(x)).toBe(scale);
  });

  test("toMicros still rounds to millionths where asked (half away from zero)", () => {
    expect(toMicros(0.07)).toBe(70000n);
    expect(toMicros(0.0000005)).toBe(1n);
    expect(toMicros(-0.0000005)).toBe(-1n);
    expect(toMicros(1e-7)).toBe(0n);
  });
});

describe("integerWeights: exactly proportional integers, same interface for hamilton/divisor", () => {
  test("whole weights take the fast path unchanged (the very same array)", () => {
    const w = [422, 53, 259];
    const r = integerWeights(w);
    expect(r).toEqual({ kind: "number", values: w, total: 734, max: 422 });
    expect(r.values).toBe(w);
  });

  test("fractional weights are scaled by one power of ten from their decimals", () => {
    expect(integerWeights([0.5, 0.25])).toEqual({ kind: "number", values: [50, 25], total: 75, max: 50 });
    expect(integerWeights([1e-7, 1e-7])).toEqual({ kind: "number", values: [1, 1], total: 2, max: 1 });
    expect(integerWeights([4e-7, 6e-7, 0])).toEqual({ kind: "number", values: [4, 6, 0], total: 10, max: 6 });
    expect(integerWeights([0.29, 3])).toEqual({ kind: "number", values: [29, 300], total: 329, max: 300 });
  });

  test("bigints when the scaled sum passes 2^53, or the decimals are many", () => {
    expect(integerWeights([1e12, 0.001])).toEqual({ kind: "number", values: [1e15, 1], total: 1e15 + 1, max: 1e15 });
    expect(integerWeights([1e12, 0.0001])).toEqual({ kind: "bigint", values: [10n ** 16n, 1n], total: 10n ** 16n + 1n });
    const r = integerWeights([1, 1e-300]);
    expect(r.kind).toBe("bigint");
    expect(r.values).toEqual([10n ** 300n, 1n]);
    expect(integerWeights([2 ** 53, 2 ** 53]).kind).toBe("bigint");
  });
});

describe("readShare: exactly as typed, number or text", () => {
  const value = (s: { digits: bigint; scale: number }) => `${s.digits}/10^${s.scale}`;
  test.each([
    [0.3, "3/10^1"],
    [0.2999995, "2999995/10^7"],
    ["30%", "30/10^2"],
    ["29,99995%", "2999995/10^7"],
    ["0,2999995", "2999995/10^7"],
    [" .5 ", "5/10^1"],
    ["100%", "100/10^2"],
    [1, "1/10^0"],
    [null, "15/10^2"],
  ])("%p", (cell, expected) => {
    expect(value(readShare(cell, 0.15))).toBe(expected);
  });
});

describe("formatNumber: the value as typed, never rounded, grouped", () => {
  test.each([
    [1e12, "1.000.000.000.000", "1,000,000,000,000"],
    [10.5, "10,5", "10.5"],
    [-1e-7, "-0,0000001", "-0.0000001"],
    [0.2999995, "0,2999995", "0.2999995"],
    [1234567.125, "1.234.567,125", "1,234,567.125"],
    [1e-40, "1e-40", "1e-40"],
    [2.5e21, "2,5e+21", "2.5e+21"],
    [-0, "0", "0"],
    [NaN, "NaN", "NaN"],
  ])("%p", (x, nl, en) => {
    expect(formatNumber(x, "nl")).toBe(nl);
    expect(formatNumber(x, "en")).toBe(en);
  });
  test("years without grouping", () => expect(formatNumber(2035, "nl", false)).toBe("2035"));
});

/** The decimals String(x) shows, read off the string itself (the definition decimalPlaces must meet without building it). */
function stringDecimals(x: number): number {
  const [mantissa, exponent = "0"] = String(x).split("e");
  const decimals = mantissa.includes(".") ? mantissa.split(".")[1].length : 0;
  return Math.max(0, decimals - Number(exponent));
}

test("decimalPlaces (its fast path without a string) counts what String(x) shows, for any double and for typed decimals", () => {
  const typed = fc
    .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 17 }))
    .map(([digits, scale]) => Number(`${digits}e-${scale}`));
  const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
  const fixed = fc
    .tuple(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 15 }))
    .map(([x, d]) => Number(x.toFixed(d)));
  fc.assert(
    fc.property(fc.oneof(typed, anyDouble, fixed), (x) => expect(decimalPlaces(x)).toBe(stringDecimals(x))),
    cases(20_000, 20261130),
  );
});
