/**
 * 21.1: the cells of a Gemeenten table linked to a region's own range read the user's cells as
 * the pane's reader does (readSourceValue): the same figure, or blank where the pane reads
 * unknown or refuses. A differential over random cells — numbers, negatives, fractions, digits
 * typed as text (with spaces and non-breaking spaces), "1.234", "n.b.", words, booleans, blanks —
 * computed by the preview's evaluator and by HyperFormula.
 */
import fc from "fast-check";
import { readSourceValue, sourceValueFormula } from "../../src/data/source";
import { evaluateWorkbook } from "../../src/preview/formulas";
import { WorkbookModel } from "../fake-excel/model";
import { evaluateWorkbook as evaluateWithHyperFormula } from "../excel/hyperformulaThuis";
import { cases } from "../cases";

const cell = fc.oneof(
  fc.integer({ min: -50, max: 100_000 }),
  fc.double({ min: -10, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: 0, max: 99_999 }).map(String),
  fc
    .tuple(fc.constantFrom("", " ", "\u00a0", "  "), fc.integer({ min: 0, max: 9999 }), fc.constantFrom("", " ", "\u00a0"))
    .map(([a, n, b]) => `${a}${n}${b}`),
  fc.constantFrom("0123", "1.234", "1,234", "12,5", "-5", "1 234", "n.b.", "-", "–", "x", "onbekend", "veel", "", " ", "1e3", "+7"),
  fc.boolean(),
  fc.constant(null),
);

/** What the pane reads: the figure, or blank for unknown and refused. */
const paneReads = (v: unknown) => {
  const read = readSourceValue(v);
  return read.kind === "number" ? read.value : null;
};

test("21.1 a linked cell shows exactly what the pane reads (preview evaluator and HyperFormula), blanks included", () => {
  fc.assert(
    fc.property(fc.array(cell, { minLength: 1, maxLength: 30 }), (cells) => {
      const model = new WorkbookModel(["Bron", "Gemeenten"]);
      model.put(
        "Bron",
        "A1",
        cells.map((v) => [v]),
      );
      const table = model.sheet("Gemeenten")!;
      cells.forEach((_, i) => table.set(i, 0, { value: "", formula: `=${sourceValueFormula(`Bron!A${i + 1}`)}` }));
      const ours = evaluateWorkbook(model);
      const hf = evaluateWithHyperFormula(model, { excelBlanks: true });
      const blank = (v: unknown) => (v === "" || v === undefined ? null : v);
      const expected = cells.map(paneReads);
      expect(cells.map((_, i) => blank(ours.get("Gemeenten", i, 0)))).toEqual(expected);
      expect(cells.map((_, i) => blank(hf.value("Gemeenten", i, 0)))).toEqual(expected);
    }),
    cases(60, 2101),
  );
});

test("21.1 digits typed as text count, as the pane reads them; ambiguous text and fractions stay blank", () => {
  expect(paneReads(" 1234\u00a0")).toBe(1234);
  expect(paneReads("1.234")).toBeNull();
  const model = new WorkbookModel(["Bron", "Gemeenten"]);
  model.put("Bron", "A1", [[" 1234\u00a0"], ["1.234"], [12.5], ["n.b."], [-3]]);
  for (let i = 0; i < 5; i++) model.sheet("Gemeenten")!.set(i, 0, { value: "", formula: `=${sourceValueFormula(`Bron!A${i + 1}`)}` });
  const ours = evaluateWorkbook(model);
  expect([0, 1, 2, 3, 4].map((i) => ours.get("Gemeenten", i, 0))).toEqual([1234, "", "", "", ""]);
});
