/**
 * The state functions step 2 shows its lists from: where a problem's cell is in the workbook
 * (the value's own cell, else the municipality's name cell; a quoted sheet name unquoted), and
 * which cells are read as another number than their text says.
 */
import { initialState, reducer, type WizardState } from "../../src/taskpane/state/wizard";
import { cellOfIssue, locatedData } from "../../src/taskpane/state/link";
import { readingsOf } from "../../src/taskpane/state/derive";

/** The embedded data as if read back from a table on the sheet 'Mijn gegevens' (names in A, population in C). */
function fromTable(): WizardState {
  const s = initialState();
  const rowAddresses = s.rows.map((_, i) => `'Mijn gegevens'!A${i + 2}`);
  const population = s.rows.map((_, i) => `'Mijn gegevens'!C${i + 2}`);
  return { ...s, table: { name: "Gemeenten", rowAddresses, cellAddresses: { name: rowAddresses, population } } as WizardState["table"] };
}

test("data typed in the pane have no cells to go to", () => {
  const s = initialState();
  expect(locatedData(s)).toBeNull();
  expect(cellOfIssue(s, 1, "population")).toBeNull();
});

test("a problem goes to its value's cell, else to the municipality's name cell, on the unquoted sheet", () => {
  const s = fromTable();
  expect(cellOfIssue(s, 3, "population")).toEqual({ sheetName: "Mijn gegevens", address: "C4" });
  expect(cellOfIssue(s, 3, "realised")).toEqual({ sheetName: "Mijn gegevens", address: "A4" });
  expect(cellOfIssue(s, 3)).toEqual({ sheetName: "Mijn gegevens", address: "A4" });
  expect(cellOfIssue(s, s.rows.length + 1, "population")).toBeNull();
});

test("readings: only cells whose text is read as another number, with their 1-based row", () => {
  let s = initialState();
  expect(readingsOf(s)).toEqual([]);
  s = reducer(s, { type: "editCell", row: 1, column: "population", text: "1.170" });
  s = reducer(s, { type: "editCell", row: 2, column: "realised", text: "12" });
  expect(readingsOf(s)).toEqual([{ row: 2, column: "population", value: 1170 }]);
});
