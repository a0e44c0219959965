/**
 * The preview's grid draws text as Excel does: text runs on over the empty cells to its right
 * (the scenario sheet's title over B1, C1, …) and stops at the next cell with something in it;
 * a number never runs on, nor does a merged block or text beside one. A formula that gives ""
 * is not empty (in Excel it stops the text too).
 */
import { runsOn, mergedCells } from "../../src/preview/WorkbookView";
import { workbookValuesOf } from "../../src/preview/calculation";
import { WorkbookModel } from "../fake-excel/model";

function sheetWith(cells: Record<string, { value?: string | number; formula?: string }>, merges: string[] = []) {
  const model = new WorkbookModel(["Blad1"]);
  const sheet = model.sheets[0];
  for (const [key, cell] of Object.entries(cells)) {
    const [row, column] = key.split(",").map(Number);
    sheet.set(row, column, { value: cell.value ?? "", formula: cell.formula });
  }
  sheet.merges = merges;
  const values = workbookValuesOf(model);
  return (row: number, column: number) => runsOn(sheet, values, mergedCells(sheet), { row, column });
}

test("text runs on over an empty neighbour, and past the last column", () => {
  const at = sheetWith({
    "0,0": { value: "Verdeling urgente aandachtsgroepen — Regio Stedendriehoek 2024" },
    "1,0": { value: "x" },
    "1,3": { value: 1 },
  });
  expect(at(0, 0)).toBe(true); // B1 is empty
  expect(at(1, 0)).toBe(true); // B2 is empty, D2 further on does not matter
});

test('a neighbour with a value, a formula (even one giving ""), or a number cell: no running on', () => {
  const at = sheetWith({
    "0,0": { value: "Regionale opgave (huishoudens per jaar)" },
    "0,1": { value: 1170 },
    "1,0": { value: "Opgave" },
    "1,1": { formula: '=IF(1=1,"","x")' },
    "2,0": { value: 1170 },
  });
  expect(at(0, 0)).toBe(false);
  expect(at(1, 0)).toBe(false);
  expect(at(2, 0)).toBe(false); // a number shows in its own cell
  expect(at(0, 1)).toBe(false);
});

test("merged blocks: neither the block's text nor text beside a block runs on", () => {
  const at = sheetWith({ "0,0": { value: "Kop" }, "1,0": { value: "Naast" } }, ["A1:C1", "B2:C2"]);
  expect(at(0, 0)).toBe(false); // the block itself is wide
  expect(at(1, 0)).toBe(false); // B2 starts a merged block
});
