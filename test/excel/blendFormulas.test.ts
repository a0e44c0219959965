/**
 * The blended FAIRSHARE and ADJUST as formulas, computed by HyperFormula with the test plugin
 * (same wrappers as the custom functions): arity 4 for FAIRSHARE, the spill of a blended key
 * is one column, ADJUST spills in the shape of the allocation.
 */
import { HyperFormula } from "hyperformula";
import "./hyperformulaThuis";

test("=THUIS.FAIRSHARE(total; keys; ; factors) spills one column; =THUIS.ADJUST spills beside it", () => {
  const hf = HyperFormula.buildFromArray(
    [
      [600, 100, null, 0.5, 0.5, "=THUIS.FAIRSHARE(100,A1:B3,,D1:E1)", -5, "=THUIS.ADJUST(F1:F3,G1:G3)", "=THUIS.FAIRSHARE(100,A1:A3)"],
      [300, 300, null, null, null, null, null, null, null],
      [100, 100, null, null, null, null, null, null, null],
    ],
    { licenseKey: "gpl-v3", useArrayArithmetic: true },
  );
  const v = (row: number, col: number) => hf.getCellValue({ sheet: 0, row, col });
  expect([v(0, 5), v(1, 5), v(2, 5)]).toEqual([40, 45, 15]);
  expect([v(0, 6), v(0, 7), v(1, 7), v(2, 7)]).toEqual([-5, 35, 49, 16]); // 5 over 45 : 15 → 3.75, 1.25 → 4, 1
  expect([v(0, 8), v(1, 8), v(2, 8)]).toEqual([60, 30, 10]);
  hf.destroy();
});
