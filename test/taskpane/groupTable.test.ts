/**
 * The pane and the `Aandachtsgroepen` table (issue 19): groups read from a region's own table
 * (rows that cannot be read named, a bad need kept under its field), the row each need refers to,
 * and the pane's write step: the add-in's own table written with the pane's groups, the scenario
 * sheet's needs formulas on it; a region's own table referred to, never written.
 */
import { STEDENDRIEHOEK_2024 } from "../../src/data";
import type { WorkbookGateway } from "../../src/excel/gateway";
import type { GroupTableRead } from "../../src/excel/types";
import { writeScenario } from "../../src/taskpane/state/actions";
import { groupReadings } from "../../src/taskpane/state/groupNeeds";
import { Action, WizardState, initialState, reducer } from "../../src/taskpane/state/wizard";
import { installFakeExcel } from "../fake-excel/fakeExcel";
import { WorkbookModel } from "../fake-excel/model";

const userRead: GroupTableRead = {
  tableName: "Aandachtsgroepen",
  sheetName: "Eigen",
  rows: [
    { name: "Mantelzorg", need: 700, key: "inwonertal" },
    { name: "", need: 3, key: "" },
    { name: "Opvang", need: "2,5", key: "mutaties" },
    { name: "Jeugdhulp", need: 470, key: "postcode" },
    { name: "Detentie", need: null, key: null },
  ],
  rowAddresses: [],
  missing: [],
  ours: false,
};

test("19 pane: a region's own table gives the groups it can read; a row without a name or with a bad key is named", () => {
  const state = reducer(initialState(), { type: "groupTableRead", read: userRead });
  expect(state.groups.map((g) => [g.name, g.need, g.key])).toEqual([
    ["Mantelzorg", "700", "population"],
    ["Opvang", "2,5", "lettingsSocial"],
    ["Detentie", "", "population"],
  ]);
  expect(state.groupTable!.problems.map((p) => p.nl)).toEqual([
    "rij 2 (): de naam van de groep is leeg",
    expect.stringContaining("rij 4 (Jeugdhulp): 'postcode' is geen sleutel"),
  ]);
  // the need that cannot be read stays as typed, named under its field, and takes no part
  const { groups, problems } = groupReadings(state);
  expect(problems[1]?.nl).toContain("2,5");
  expect(groups.map((g) => [g.need, g.row])).toEqual([
    [700, 1],
    [null, 3],
    [null, 5],
  ]);
});

test("19 pane: a need changed in the pane no longer refers to the region's table; in the add-in's own each group has its row", () => {
  let state = reducer(initialState(), { type: "groupTableRead", read: userRead });
  state = reducer(state, { type: "setGroupNeed", index: 0, text: "699" });
  expect(groupReadings(state).groups[0]).toEqual({ name: "Mantelzorg", need: 699, key: "population" });
  const own = reducer(initialState(), { type: "groupTableRead", read: { ...userRead, ours: true } });
  expect(groupReadings(own).groups.map((g) => g.row)).toEqual([1, 2, 3]);
});

/** Runs the pane's write step against the fake Excel; returns the state's write status. */
async function write(state: WizardState, gateway: WorkbookGateway): Promise<WizardState> {
  let now = state;
  const dispatch = (a: Action) => (now = reducer(now, a));
  await writeScenario(gateway, state, dispatch, "nl");
  return now;
}

test("19 pane: writing the sheet writes the add-in's Aandachtsgroepen table first; the block's needs refer to it", async () => {
  const model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
  const { createExcelGateway } = await import("../../src/excel/gateway");
  let state = initialState(STEDENDRIEHOEK_2024);
  [300, 400, 470].forEach((need, index) => (state = reducer(state, { type: "setGroupNeed", index, text: String(need) })));
  state = reducer(state, { type: "setGroupKey", index: 1, key: "lettingsSocial" });
  state = reducer(state, { type: "setGroupMethod", value: "dhondt" });
  const done = await write(state, createExcelGateway());
  expect(done.write.kind).toBe("done");
  expect(model.tableValues("Aandachtsgroepen").slice(0, 4)).toEqual([
    ["Aandachtsgroep", "Behoefte per jaar", "Sleutel"],
    [STEDENDRIEHOEK_2024.groups!.groups[0].name, 300, "inwonertal"],
    [STEDENDRIEHOEK_2024.groups!.groups[1].name, 400, "mutaties"],
    [STEDENDRIEHOEK_2024.groups!.groups[2].name, 470, "inwonertal"],
  ]);
  const formulas = [...model.sheet("Verdeling 2024")!.cells.values()].map((c) => c.formula ?? "");
  expect(formulas.filter((f) => f.startsWith("=INDEX(Aandachtsgroepen"))).toEqual(
    [1, 2, 3].map((k) => `=INDEX(Aandachtsgroepen[Behoefte per jaar],${k})`),
  );
  expect(formulas.some((f) => f.startsWith("=THUIS.GROUPSHARE("))).toBe(true);
  // the key and the method chosen in the pane: the weights column, the method cell, the Verantwoording
  expect(formulas).toContain('=IF(Gemeenten[Mutaties sociale huur]="","",Gemeenten[Mutaties sociale huur])');
  const shown = (sheet: string) => [...model.sheet(sheet)!.cells.values()].map((c) => String(c.value));
  expect(shown("Verdeling 2024")).toContain("D'Hondt");
  expect(shown("Verantwoording").join(" ")).toMatch(/D'Hondt/);
  expect(shown("Verantwoording")).toContain("mutaties");
});

/** The sheet written with three groups' needs, then the second group's need typed in Excel into the add-in's Aandachtsgroepen table. */
async function groupTableEditedInExcel() {
  const model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
  const { createExcelGateway } = await import("../../src/excel/gateway");
  const gateway = createExcelGateway();
  let state = initialState(STEDENDRIEHOEK_2024);
  [300, 400, 470].forEach((need, index) => (state = reducer(state, { type: "setGroupNeed", index, text: String(need) })));
  expect((await write(state, gateway)).write.kind).toBe("done");
  model.put("Aandachtsgroepen", "B3", [[450]]);
  return { model, gateway, state };
}

/** The pane's scenario write of `state` with the sheet agreed to and these tables: the write status it ends in. */
async function writeAgreeing(gateway: WorkbookGateway, state: WizardState, tables: string[]): Promise<WizardState["write"]> {
  let now = state;
  await writeScenario(gateway, state, (a) => (now = reducer(now, a)), "nl", { sheet: true, tables });
  return now.write;
}

test("nothing lost: a need changed in Excel in the add-in's own Aandachtsgroepen table is asked about, kept until agreed", async () => {
  const { model, gateway, state } = await groupTableEditedInExcel();
  const before = model.snapshot();
  // the sheet is the add-in's own: agreed to; the table is asked about, nothing written yet
  expect(await writeAgreeing(gateway, state, [])).toEqual({ kind: "confirm", editedTable: "Aandachtsgroepen", agreed: [] });
  expect(model.snapshot()).toEqual(before);
  // agreed to another table only: still asked
  expect(await writeAgreeing(gateway, state, ["Gemeenten"])).toMatchObject({ kind: "confirm", editedTable: "Aandachtsgroepen" });
  expect(model.tableValues("Aandachtsgroepen")[2][1]).toBe(450);
  // agreed: the pane's groups are written
  expect((await writeAgreeing(gateway, state, ["Aandachtsgroepen"])).kind).toBe("done");
  expect(model.tableValues("Aandachtsgroepen")[2][1]).toBe(400);
});

test("nothing written before every question: a changed group table is asked before Gemeenten takes the pane's figures", async () => {
  const edited = await groupTableEditedInExcel();
  const { model, gateway } = edited;
  let state = edited.state;
  // in the pane, a figure changed: writing would put it into the Gemeenten table, which the scenario sheet computes from
  state = reducer(state, { type: "editCell", row: 0, column: "realised", text: "310" });
  const before = model.snapshot();
  expect(await writeAgreeing(gateway, state, [])).toEqual({ kind: "confirm", editedTable: "Aandachtsgroepen", agreed: [] });
  // the user may still say no: nothing was written, the sheet still shows what it showed
  expect(model.snapshot()).toEqual(before);
  expect((await writeAgreeing(gateway, state, ["Aandachtsgroepen"])).kind).toBe("done");
  expect(model.tableValues("Gemeenten")[1][4]).toBe(310);
  expect(model.tableValues("Aandachtsgroepen")[2][1]).toBe(400);
});

test("19 pane: with a region's own Aandachtsgroepen table, the sheet refers to it and the table is not written", async () => {
  const model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
  model.put("Eigen", "A1", [
    ["Groep", "Behoefte", "Sleutel"],
    ["Mantelzorg", 700, ""],
    ["Opvang", 470, "inwonertal"],
  ]);
  model.tables.push({ name: "Aandachtsgroepen", sheet: "Eigen", row: 0, column: 0, rows: 3, columns: 3 });
  const { createExcelGateway } = await import("../../src/excel/gateway");
  const gateway = createExcelGateway();
  const state = reducer(initialState(STEDENDRIEHOEK_2024), { type: "groupTableRead", read: (await gateway.findOpeningTables()).groups! });
  const before = JSON.stringify(model.tableValues("Aandachtsgroepen"));
  const done = await write(state, gateway);
  expect(done.write.kind).toBe("done");
  expect(JSON.stringify(model.tableValues("Aandachtsgroepen"))).toBe(before);
  expect(model.sheet("Aandachtsgroepen")).toBeUndefined();
  const formulas = [...model.sheet("Verdeling 2024")!.cells.values()].map((c) => c.formula ?? "");
  expect(formulas.filter((f) => f.startsWith("=INDEX(Aandachtsgroepen"))).toHaveLength(2);
});
