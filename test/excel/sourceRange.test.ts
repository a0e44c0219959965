/**
 * Issue 21.1 at the adapter: a region's own range read as it is (selection, sheet, table) with its
 * merged cells; the Gemeenten table linked to it by formulas; the user's cells never changed; the
 * mapping remembered in the workbook.
 */
import { installFakeExcel } from "../fake-excel/fakeExcel";
import { sourceValueFormula } from "../../src/data/source";
import { WorkbookModel } from "../fake-excel/model";
import { createExcelGateway } from "../../src/excel/gateway";
import { computeLikeExcel } from "../../src/preview/calculation";
import { evaluateWorkbook } from "../../src/preview/formulas";
import { initialState, reducer } from "../../src/taskpane/state/wizard";
import { writeScenario } from "../../src/taskpane/state/actions";
import { datasetOf } from "../../src/taskpane/state/derive";
import { CBS_POPULATION_2019, CORPORATION_EXPORT, EXPORT_ADDRESS, EXPORT_MERGES, EXPORT_SHEET } from "../fixtures/corporationExport";
import { STEDENDRIEHOEK_2024_LETTINGS as L, STEDENDRIEHOEK_2024_PUBLISHED as P } from "../../src/data/stedendriehoek2024";
import type { Action } from "../../src/taskpane/state/wizard";

function workbook(): WorkbookModel {
  const model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel([EXPORT_SHEET]));
  model.put(EXPORT_SHEET, "A1", CORPORATION_EXPORT);
  model.sheet(EXPORT_SHEET)!.merges.push(...EXPORT_MERGES);
  computeLikeExcel(model);
  return model;
}

test("the selection, a sheet's used range: values as shown, merged areas relative to the range, two round trips", async () => {
  const model = workbook();
  await model.selectCells(EXPORT_SHEET, "A3:E14");
  const gateway = createExcelGateway();
  const before = model.syncCount;
  const selection = await gateway.readSourceRange({ kind: "selection" });
  expect(model.syncCount - before).toBe(2);
  expect(selection).toMatchObject({ sheetName: EXPORT_SHEET, address: "Verhuringen!A3:E14", row: 2, column: 0, remembered: null });
  expect(selection.merged).toEqual([{ row: 0, column: 1, columnCount: 2 }]); // B3:C3; A1:E1 lies outside the selection
  const sheet = await gateway.readSourceRange({ kind: "sheet", name: EXPORT_SHEET });
  expect(sheet.address).toBe(`Verhuringen!${EXPORT_ADDRESS}`);
  expect(sheet.values[4]).toEqual(["Apeldoorn", 1184, 684, 162445, 305]);
  expect(sheet.merged).toEqual([
    { row: 0, column: 0, columnCount: 5 },
    { row: 2, column: 1, columnCount: 2 },
  ]);
  expect(await gateway.listSources()).toEqual({ sheets: [EXPORT_SHEET], tables: [] });
  await expect(gateway.readSourceRange({ kind: "sheet", name: "Leeg" })).rejects.toMatchObject({ info: { kind: "unknown" } });
});

test("mapped by the suggestions alone, written as a Gemeenten table of formulas: the user's cells are never changed", async () => {
  const model = workbook();
  const gateway = createExcelGateway();
  let state = reducer(initialState(), { type: "chooseSource", source: "workbook" });
  state = reducer(state, {
    type: "sourceRead",
    choice: { kind: "sheet", name: EXPORT_SHEET },
    read: await gateway.readSourceRange({ kind: "sheet", name: EXPORT_SHEET }),
  });
  const dataset = datasetOf(state)!;
  expect(dataset.municipalities.map((m) => m.name)).toEqual([...P.municipalities]);
  expect(dataset.municipalities.map((m) => m.population)).toEqual(CBS_POPULATION_2019);
  expect(dataset.municipalities.map((m) => m.lettingsSocial)).toEqual([...L.social]);
  // "n.b." is unknown, never 0
  expect(dataset.municipalities.map((m) => m.lettingsCheap)).toEqual(L.cheap.map((v) => (v === 0 ? null : v)));
  expect(dataset.municipalities.map((m) => m.realised)).toEqual([...P.realised]);

  const before = model.snapshot()[EXPORT_SHEET];
  const mergesBefore = [...model.sheet(EXPORT_SHEET)!.merges];
  const actions: Action[] = [];
  await writeScenario(gateway, state, (a) => actions.push(a), "nl");
  expect(actions.at(-1)).toMatchObject({ type: "write", status: { kind: "done" } });
  expect(model.snapshot()[EXPORT_SHEET]).toEqual(before);
  expect(model.sheet(EXPORT_SHEET)!.merges).toEqual(mergesBefore);
  expect(model.sheet(EXPORT_SHEET)!.formats).toEqual([]);

  // the table's cells refer to the user's cells; what they show is what the pane read
  const table = model.table("Gemeenten")!;
  const formulas = model.sheet(table.sheet)!.formulas({ row: table.row + 1, column: 0, rows: 1, columns: 7 })[0];
  expect(formulas).toEqual([
    "=Verhuringen!A5",
    `=${sourceValueFormula("Verhuringen!D5")}`,
    `=${sourceValueFormula("Verhuringen!B5")}`,
    `=${sourceValueFormula("Verhuringen!C5")}`,
    `=${sourceValueFormula("Verhuringen!E5")}`,
    "",
    "",
  ]);
  const values = evaluateWorkbook(model);
  const shown = P.municipalities.map((_, i) => [0, 1, 2, 3].map((c) => values.get(table.sheet, table.row + 1 + i, c)));
  expect(shown.map((r) => r[0])).toEqual([...P.municipalities]);
  expect(shown.map((r) => r[1])).toEqual(CBS_POPULATION_2019);
  expect(shown.map((r) => r[3])).toEqual(L.cheap.map((v) => (v === 0 ? "" : v)));
});

test("the mapping is remembered in the workbook: a changed choice comes back on the next read", async () => {
  workbook();
  const gateway = createExcelGateway();
  const choice = { kind: "sheet", name: EXPORT_SHEET } as const;
  let state = reducer(initialState(), { type: "chooseSource", source: "workbook" });
  state = reducer(state, { type: "sourceRead", choice, read: await gateway.readSourceRange(choice) });
  // the user says the realisation is not in this sheet
  state = reducer(state, { type: "setMapping", column: "realised", index: null });
  await writeScenario(gateway, state, () => undefined, "nl");
  const again = await gateway.readSourceRange(choice);
  expect(again.remembered).toMatchObject({ name: 0, population: 3, lettingsSocial: 1, lettingsCheap: 2, realised: null });
  const reread = reducer(reducer(initialState(), { type: "chooseSource", source: "workbook" }), {
    type: "sourceRead",
    choice,
    read: again,
  });
  expect(datasetOf(reread)!.municipalities.every((m) => m.realised === null)).toBe(true);
});
