/**
 * The `Aandachtsgroepen` table (issue 19) against the fake Excel: written as the add-in's own
 * table on a sheet of its own (names as text), read back by header with THE reader
 * (readGroupTable: problems named per row, nothing guessed), a region's own table read and never
 * written, an update that would run into a user's cell refused with nothing changed.
 */
import { rejection, syncsOf as countSyncs } from "./gatewayFixtures";
import { STEDENDRIEHOEK_2024 } from "../../src/data";
import { readGroupTable } from "../../src/data/readers";
import type { TargetGroup } from "../../src/data/region";
import type { WorkbookGateway } from "../../src/excel/gateway";
import { installFakeExcel } from "../fake-excel/fakeExcel";
import { WorkbookModel } from "../fake-excel/model";

let model: WorkbookModel;
let gateway: WorkbookGateway;

beforeEach(async () => {
  model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
  const { createExcelGateway } = await import("../../src/excel/gateway");
  gateway = createExcelGateway();
});

/**
 * The workbook's Aandachtsgroepen table as the pane reads it — the same, whether it opens on the
 * workbook (the two named tables alone) or the user reads its tables (every table loaded).
 */
async function readGroups() {
  const opening = await gateway.findOpeningTables();
  expect((await gateway.readWorkbookTables()).groups).toEqual(opening.groups);
  return opening.groups;
}

const GROUPS: TargetGroup[] = [
  { name: "=Mantelzorg", need: 180, key: "population" },
  { name: "-Uitstroom opvang", need: null, key: "origin" },
  { name: "Beschermd wonen", need: 0, key: "blend" },
];
const NOTE = { nl: "Behoefte: eigen cijfers van de regio.", en: "Need: the region's own figures." };

test("19 group table: written on a sheet of its own, names as text, read back as written (own)", async () => {
  const result = await gateway.writeGroupTable(GROUPS, NOTE);
  expect(result).toEqual({ tableName: "Aandachtsgroepen", sheetName: "Aandachtsgroepen", updated: false });
  expect(model.tableValues("Aandachtsgroepen")).toEqual([
    ["Aandachtsgroep", "Behoefte per jaar", "Sleutel"],
    ["=Mantelzorg", 180, "inwonertal"],
    ["-Uitstroom opvang", "", "herkomst"],
    ["Beschermd wonen", 0, "gemengde sleutel"],
  ]);
  // user text is never a formula
  expect(model.sheet("Aandachtsgroepen")!.get(1, 0)?.formula).toBeUndefined();
  expect(model.sheet("Aandachtsgroepen")!.get(5, 0)?.value).toBe(NOTE.nl);
  const read = (await readGroups())!;
  expect(read.ours).toBe(true);
  expect(read.missing).toEqual([]);
  expect(read.rowAddresses[0]).toBe("Aandachtsgroepen!A2");
  const { groups, problems } = readGroupTable(read.rows);
  expect(problems).toEqual([]);
  expect(groups).toEqual(GROUPS);
});

test("19 group table in English Office: its prompt and note are English; headers and key words as the reader takes them", async () => {
  await gateway.writeGroupTable(GROUPS, NOTE, { language: "en" });
  expect(model.tableValues("Aandachtsgroepen")[0]).toEqual(["Aandachtsgroep", "Behoefte per jaar", "Sleutel"]);
  expect(model.sheet("Aandachtsgroepen")!.get(5, 0)?.value).toBe(NOTE.en);
  const need = model.sheet("Aandachtsgroepen")!.validations.find((v) => v.address.endsWith("!B2:B4"))!;
  expect(need.prompt).toMatchObject({
    title: "Need per year",
    message: expect.stringMatching(/^The number of households of this group per year/),
  });
  // Dutch, by default
  await gateway.writeGroupTable(GROUPS, NOTE);
  expect(model.sheet("Aandachtsgroepen")!.get(5, 0)?.value).toBe(NOTE.nl);
  expect(model.sheet("Aandachtsgroepen")!.validations.find((v) => v.address.endsWith("!B2:B4"))!.prompt).toMatchObject({
    title: "Behoefte per jaar",
  });
  const { groups, problems } = readGroupTable((await readGroups())!.rows);
  expect({ groups, problems }).toEqual({ groups: GROUPS, problems: [] });
});

test("nothing lost: a need or name changed in Excel in the own table is not replaced unasked (tableEdited, nothing changed)", async () => {
  await gateway.writeGroupTable(GROUPS, NOTE);
  await gateway.writeGroupTable(GROUPS, NOTE); // unchanged since written: no question
  model.put("Aandachtsgroepen", "B2", [[200]]);
  const before = model.snapshot();
  const refused = await rejection(gateway.writeGroupTable(GROUPS, NOTE));
  expect(refused.info.kind).toBe("tableEdited");
  expect(refused.info.nl).toMatch(/^In de tabel 'Aandachtsgroepen' op blad 'Aandachtsgroepen' zijn cijfers veranderd/);
  expect(model.snapshot()).toEqual(before);
  await gateway.writeGroupTable(GROUPS, NOTE, { replaceEdited: true });
  expect(model.tableValues("Aandachtsgroepen")[1]).toEqual(["=Mantelzorg", 180, "inwonertal"]);
  // a need changed in Excel and written back as it is (the pane read it): nothing lost, no question
  model.put("Aandachtsgroepen", "B2", [[200]]);
  await gateway.writeGroupTable(
    GROUPS.map((g, i) => (i === 0 ? { ...g, need: 200 } : g)),
    NOTE,
  );
  expect(model.tableValues("Aandachtsgroepen")[1]).toEqual(["=Mantelzorg", 200, "inwonertal"]);
});

test("19 group table: the own table is updated in place (fewer groups, then more) in ≤ 3 syncs, a note beside it kept", async () => {
  await gateway.writeGroupTable(GROUPS, NOTE);
  model.put("Aandachtsgroepen", "F2", [["mijn notitie"]]);
  const syncs = await countSyncs(
    () => model,
    () => gateway.writeGroupTable(GROUPS.slice(0, 1), null),
  );
  expect(syncs).toBeLessThanOrEqual(3);
  expect(model.tableValues("Aandachtsgroepen")).toEqual([
    ["Aandachtsgroep", "Behoefte per jaar", "Sleutel"],
    ["=Mantelzorg", 180, "inwonertal"],
  ]);
  // nothing of the rows the table lost is left beside it
  expect(model.sheet("Aandachtsgroepen")!.get(2, 0)).toBeUndefined();
  const result = await gateway.writeGroupTable(GROUPS, NOTE);
  expect(result.updated).toBe(true);
  expect(model.tableValues("Aandachtsgroepen")).toHaveLength(4);
  expect(model.sheet("Aandachtsgroepen")!.get(1, 5)?.value).toBe("mijn notitie");
  expect(model.sheets.filter((s) => s.name.startsWith("Aandachtsgroepen"))).toHaveLength(1);
});

test("19 group table: an update that would grow into a cell the user typed is refused, nothing changed", async () => {
  await gateway.writeGroupTable(GROUPS.slice(0, 1), null);
  model.put("Aandachtsgroepen", "A4", [["eigen regel"]]);
  const before = model.snapshot();
  const e = await rejection(gateway.writeGroupTable(GROUPS, null));
  expect(e.info.kind).toBe("userContent");
  expect(e.info.nl).toContain("'Aandachtsgroepen'");
  expect(e.info.nl).toContain("A4");
  expect(model.snapshot()).toEqual(before);
});

test("19 group table: a sheet named Aandachtsgroepen that is the user's is left alone (the table goes to a free name)", async () => {
  model.put("Aandachtsgroepen", "A1", [["Mijn eigen blad"]]);
  const result = await gateway.writeGroupTable(GROUPS, null);
  expect(result.sheetName).toBe("Aandachtsgroepen (2)");
  expect(model.sheet("Aandachtsgroepen")!.get(0, 0)?.value).toBe("Mijn eigen blad");
});

/** A region's own table: English headers in another order, a need typed as text, a bad need and an unknown key. */
function userTable(): void {
  model.put("Eigen", "B2", [
    ["Key", "Group", "Need per year"],
    ["herkomst", "Uitstroom opvang", "1170"],
    ["", "Mantelzorg", 2.5],
    ["postcode", "Jeugdhulp", 12],
    ["mutaties", "", 4],
  ]);
  model.tables.push({ name: "Aandachtsgroepen", sheet: "Eigen", row: 1, column: 1, rows: 5, columns: 3 });
}

test("19 group table: a region's own table is read by header, each problem named by row, and never written", async () => {
  userTable();
  const read = (await readGroups())!;
  expect(read.ours).toBe(false);
  expect(read.rowAddresses).toEqual(["Eigen!C3", "Eigen!C4", "Eigen!C5", "Eigen!C6"]);
  const { groups, problems } = readGroupTable(read.rows);
  expect(groups).toEqual([{ name: "Uitstroom opvang", need: 1170, key: "origin" }]);
  expect(problems.map((p) => [p.row, p.column])).toEqual([
    [2, "need"],
    [3, "key"],
    [4, "name"],
  ]);
  expect(problems[1].problem.nl).toContain("'postcode' is geen sleutel");
  const before = model.snapshot();
  const e = await rejection(gateway.writeGroupTable(GROUPS, null));
  expect(e.info.kind).toBe("tableTaken");
  expect(e.info.nl).toContain("'Aandachtsgroepen'");
  expect(model.snapshot()).toEqual(before);
});

test("19 group table: a table without a need column reads nothing and names the column", async () => {
  model.put("Eigen", "A1", [
    ["Groep", "Sleutel"],
    ["Mantelzorg", "inwonertal"],
  ]);
  model.tables.push({ name: "Aandachtsgroepen", sheet: "Eigen", row: 0, column: 0, rows: 2, columns: 2 });
  const read = (await readGroups())!;
  expect(read.missing).toEqual(["Behoefte per jaar"]);
  expect(read.rows).toEqual([]);
  expect(await (async () => ((model.tables.length = 0), readGroups()))()).toBeNull();
});

test("19 group table: the sheet's needs are formulas on the table; a need edited in the table is what the sheet uses", async () => {
  const { scenarioRequest } = await import("./gatewayFixtures");
  const { DEFAULT_SETTINGS } = await import("../../src/scenario");
  await gateway.writeMunicipalityTable(STEDENDRIEHOEK_2024);
  const needs = [1000, 40, 70]; // 1110: not column A's 1170 until the table says 100 for the second group
  const groups = GROUPS.map((g, i) => ({ name: g.name, key: "population" as const, need: needs[i], row: i + 1 }));
  await gateway.writeGroupTable(groups, null);
  // the region typed another need in its table since the pane read it: the sheet is planned from the table
  model.sheet("Aandachtsgroepen")!.set(2, 1, { value: 100 });
  const settings = { ...DEFAULT_SETTINGS, groups: { groups, honour: "A" as const, method: "webster" as const } };
  await gateway.writeScenarioSheet(scenarioRequest({ sheetName: "Doel", settings, groupTable: "Aandachtsgroepen" }));
  const formulas = [...model.sheet("Doel")!.cells.values()].map((c) => c.formula ?? "");
  expect(formulas.filter((f) => f.startsWith("=INDEX(Aandachtsgroepen"))).toEqual(
    [1, 2, 3].map((k) => `=INDEX(Aandachtsgroepen[Behoefte per jaar],${k})`),
  );
  // 1000 + 100 + 70 = 1170: the block is planned (not refused) because the needs were read from the table
  expect(formulas.some((f) => f.startsWith("=THUIS.GROUPSHARE("))).toBe(true);
});

test("19 group table checked before any write: a changed row refuses (tableEdited), agreed or unchanged passes, none written", async () => {
  const check = (options?: { replaceEdited?: boolean }) => gateway.checkGroupTable(GROUPS, options);
  await check(); // no table yet: nothing to check
  await gateway.writeGroupTable(GROUPS, NOTE);
  await check(); // as written
  model.put("Aandachtsgroepen", "B2", [[181]]); // a need typed in Excel
  const before = model.snapshot();
  expect((await rejection(check())).info.kind).toBe("tableEdited");
  await check({ replaceEdited: true });
  expect(model.snapshot()).toEqual(before);
  expect(
    await countSyncs(
      () => model,
      () => check({ replaceEdited: true }),
    ),
  ).toBeLessThanOrEqual(3);
  // a region's own table of that name is never written: nothing to check, nothing refused
  model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
  model.put("Eigen", "A1", [
    ["Aandachtsgroep", "Behoefte per jaar"],
    ["Mantelzorg", 5],
  ]);
  model.tables.push({ name: "Aandachtsgroepen", sheet: "Eigen", row: 0, column: 0, rows: 2, columns: 2 });
  await check();
});
