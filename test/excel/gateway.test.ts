/**
 * The Excel adapter against the fake Excel: the municipality table, the scenario sheet with
 * live THUIS formulas and a chart, safe re-runs, every refusal with its message (and nothing
 * changed), and the bound of 3 context.sync per user step at 9 and at 400 municipalities.
 */
import { rejection, scenarioRequest, syncsOf as countSyncs } from "./gatewayFixtures";
import { STEDENDRIEHOEK_2024 } from "../../src/data";
import { TABLE_COLUMNS } from "../../src/sheets/tableColumns";
import type { RegionDataset } from "../../src/data";
import { DEFAULT_SETTINGS } from "../../src/scenario";
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

const request = scenarioRequest;

const syncsOf = (step: () => Promise<unknown>) => countSyncs(() => model, step);

function bigRegion(n: number): RegionDataset {
  return {
    ...STEDENDRIEHOEK_2024,
    region: "Testregio",
    need: 40_000,
    municipalities: Array.from({ length: n }, (_, i) => ({
      name: `Gemeente ${i + 1}`,
      population: 1000 + i * 37,
      lettingsSocial: 100 + (i % 50),
      lettingsCheap: 40 + (i % 20),
      realised: 10 + (i % 9),
      origin: null,
      stock: null,
    })),
  };
}

describe("municipality table", () => {
  test("is an Excel table with Dutch headers, the data, blank kept blank, and whole-number validation", async () => {
    const result = await gateway.writeMunicipalityTable(STEDENDRIEHOEK_2024);
    expect(result).toEqual({ tableName: "Gemeenten", sheetName: "Gemeenten", updated: false });
    const values = model.tableValues("Gemeenten");
    expect(values[0]).toEqual([
      "Gemeente",
      "Inwonertal",
      "Mutaties sociale huur",
      "Mutaties tot 1e aftoppingsgrens",
      "Realisatie",
      "Herkomst",
      "Woningvoorraad",
    ]);
    expect(values[1]).toEqual(["Apeldoorn", 422, 1184, 684, 305, "", ""]);
    expect(values).toHaveLength(10);
    const validation = model.sheet("Gemeenten")!.validations[0];
    expect(validation.rule).toEqual({ wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } });
    expect((validation.errorAlert as { message: string }).message).toMatch(/Alleen hele aantallen van 0 of meer/);
    expect(model.sheet("Gemeenten")!.grid({ row: 11, column: 0, rows: 1, columns: 1 })[0][0]).toMatch(
      /^Bronnen Regio Stedendriehoek, peiljaar 2024/,
    );
  });

  test("in English Office the prompts, the alert and the sources below are English; the headers stay (formulas name them)", async () => {
    await gateway.writeMunicipalityTable(STEDENDRIEHOEK_2024, { language: "en" });
    expect(model.tableValues("Gemeenten")[0][0]).toBe("Gemeente");
    const validation = model.sheet("Gemeenten")!.validations[0];
    expect(validation.prompt).toMatchObject({
      title: "Whole numbers",
      message: expect.stringMatching(/^Enter a whole number of 0 or more/),
    });
    expect(validation.errorAlert).toMatchObject({ title: "Not a valid number", message: expect.stringMatching(/^Only whole numbers/) });
    const sources = model
      .sheet("Gemeenten")!
      .grid({ row: 11, column: 0, rows: 7, columns: 1 })
      .map((r) => String(r[0]));
    expect(sources[0]).toBe("Sources Regio Stedendriehoek, reference year 2024:");
    const expected = TABLE_COLUMNS.filter((c) => c.key !== "name").map((c) => {
      const source = STEDENDRIEHOEK_2024.sources[c.key as Exclude<typeof c.key, "name">];
      return `${c.header}: ${source.en}${source.reconstructed ? " [reconstructed]" : ""}`;
    });
    expect(sources.slice(1)).toEqual(expected);
  });

  test("a figure changed in Excel in the own table is not replaced unasked: refused, nothing changed; replaced when agreed", async () => {
    await gateway.writeMunicipalityTable(STEDENDRIEHOEK_2024);
    // unchanged since written: written again without a question
    await gateway.writeMunicipalityTable(STEDENDRIEHOEK_2024);
    model.put("Gemeenten", "B2", [[165_000]]); // Apeldoorn's population, typed in Excel
    const before = model.snapshot();
    const refused = await rejection(gateway.writeMunicipalityTable(STEDENDRIEHOEK_2024));
    expect(refused.info.kind).toBe("tableEdited");
    expect(refused.info.nl).toMatch(/^In de tabel 'Gemeenten' op blad 'Gemeenten' zijn cijfers veranderd sinds Verdeelwijzer ze schreef/);
    expect(refused.info.en).toMatch(/^Figures in the table 'Gemeenten' on sheet 'Gemeenten' were changed/);
    expect(model.snapshot()).toEqual(before);
    // a blank typed where a figure was counts too
    model.put("Gemeenten", "B2", [[""]]);
    expect((await rejection(gateway.writeMunicipalityTable(STEDENDRIEHOEK_2024))).info.kind).toBe("tableEdited");
    // agreed: replaced, and what is there now is what was written
    await gateway.writeMunicipalityTable(STEDENDRIEHOEK_2024, { replaceEdited: true });
    expect(model.tableValues("Gemeenten")[1]).toEqual(["Apeldoorn", 422, 1184, 684, 305, "", ""]);
    await gateway.writeMunicipalityTable({ ...STEDENDRIEHOEK_2024, region: "Nieuw" });
  });

  test("a figure changed in Excel and written back as it is (the pane read it) loses nothing: written without a question", async () => {
    await gateway.writeMunicipalityTable(STEDENDRIEHOEK_2024);
    model.put("Gemeenten", "B2", [[165_000]]); // Apeldoorn's population, typed in Excel
    const read = STEDENDRIEHOEK_2024.municipalities.map((m, i) => (i === 0 ? { ...m, population: 165_000 } : m));
    await gateway.writeMunicipalityTable({ ...STEDENDRIEHOEK_2024, municipalities: read });
    expect(model.tableValues("Gemeenten")[1][1]).toBe(165_000);
    // and recorded as what the add-in wrote last: a next write from the pane replaces it without a question
    await gateway.writeMunicipalityTable(STEDENDRIEHOEK_2024);
    expect(model.tableValues("Gemeenten")[1][1]).toBe(422);
  });

  test("a table recorded before figures were fingerprinted is written as before (nothing to compare with)", async () => {
    await gateway.writeMunicipalityTable(STEDENDRIEHOEK_2024);
    const key = [...model.settings.keys()][0];
    const record = JSON.parse(JSON.stringify(model.settings.get(key))) as { table: { written?: string } };
    delete record.table.written;
    model.settings.set(key, record);
    model.put("Gemeenten", "B2", [[165_000]]);
    await gateway.writeMunicipalityTable(STEDENDRIEHOEK_2024);
    expect(model.tableValues("Gemeenten")[1][1]).toBe(422);
  });

  test("re-running updates the same table in place, also when the region changes size", async () => {
    await gateway.writeMunicipalityTable(STEDENDRIEHOEK_2024);
    const smaller = { ...STEDENDRIEHOEK_2024, municipalities: STEDENDRIEHOEK_2024.municipalities.slice(0, 4) };
    const result = await gateway.writeMunicipalityTable(smaller);
    expect(result.updated).toBe(true);
    expect(model.tables).toHaveLength(1);
    expect(model.tableValues("Gemeenten")).toHaveLength(5);
    expect(model.sheets.map((s) => s.name)).toEqual(["Blad1", "Gemeenten"]);
  });

  test("reads a user's table back: any column order, English headers, extra columns, blanks as null", async () => {
    model.put("Data", "B2", [
      ["Notes", "Population", "Municipality", "Social lettings", "Realised", "Cheap lettings"],
      ["x", 100, "Aa", 50, 5, null],
      ["y", 300, "Bb", 70, 9, 20],
    ]);
    model.tables.push({ name: "MyTable", sheet: "Data", row: 1, column: 1, rows: 3, columns: 6 });
    const read = await gateway.readWorkbookTables().then((t) => t.municipalities);
    expect(read).not.toBeNull();
    expect(read!.tableName).toBe("MyTable");
    expect(read!.rows).toEqual([
      { name: "Aa", population: 100, lettingsSocial: 50, realised: 5, lettingsCheap: null },
      { name: "Bb", population: 300, lettingsSocial: 70, realised: 9, lettingsCheap: 20 },
    ]);
    expect(read!.rowAddresses).toEqual(["Data!D3", "Data!D4"]);
  });

  test("no table at all gives null", async () => {
    expect(await gateway.readWorkbookTables().then((t) => t.municipalities)).toBeNull();
  });

  test("a table whose header row is hidden is passed over, by the opening read and by Tabel inlezen alike", async () => {
    model.put("Data", "A1", [
      ["Aa", 100],
      ["Bb", 200],
    ]);
    model.tables.push({ name: "Kaal", sheet: "Data", row: 0, column: 0, rows: 2, columns: 2, showHeaders: false });
    expect(await gateway.findOpeningTables()).toEqual({ municipalities: null, groups: null, offered: null });
    expect(await gateway.readWorkbookTables()).toEqual({ municipalities: null, groups: null });
    model.put("Data", "D1", [
      ["Gemeente", "Inwonertal"],
      ["Aa", 100],
    ]);
    model.tables.push({ name: "Gemeenten", sheet: "Data", row: 0, column: 3, rows: 2, columns: 2 });
    expect((await gateway.findOpeningTables()).municipalities).toMatchObject({ tableName: "Gemeenten", rows: [{ name: "Aa" }] });
    expect((await gateway.readWorkbookTables()).municipalities).toMatchObject({ tableName: "Gemeenten" });
  });

  test("what the pane opens on: the Gemeenten and Aandachtsgroepen tables alone (any case), read as Tabel inlezen reads them", async () => {
    const opening = async () => (await gateway.findOpeningTables()).municipalities;
    const municipalities = [
      ["Gemeente", "Inwonertal"],
      ["Aa", 100],
    ];
    model.put("Data", "A1", municipalities);
    model.tables.push({ name: "Eigen", sheet: "Data", row: 0, column: 0, rows: 2, columns: 2 });
    expect(await gateway.readWorkbookTables().then((t) => t.municipalities)).not.toBeNull();
    // another name: offered, read on request
    expect(await gateway.findOpeningTables()).toEqual({ municipalities: null, groups: null, offered: "Eigen" });
    model.put("Data", "D1", [
      ["Gemeente", "Opmerking"],
      ["Aa", "x"],
    ]);
    model.tables.push({ name: "gemeenten", sheet: "Data", row: 0, column: 3, rows: 2, columns: 2 });
    expect(await opening()).toBeNull(); // no figure to read: the other table is offered
    expect((await gateway.findOpeningTables()).offered).toBe("Eigen");
    model.put("Data", "E1", [["Inwonertal"], [250]]);
    const read = await opening();
    expect(read).toMatchObject({ tableName: "gemeenten", sheetName: "Data", rows: [{ name: "Aa", population: 250 }] });
    // with its group table: both in one Excel.run of two round trips
    model.put("Groepen", "A1", [
      ["Aandachtsgroep", "Behoefte per jaar"],
      ["Mantelzorg", 12],
    ]);
    model.tables.push({ name: "AANDACHTSGROEPEN", sheet: "Groepen", row: 0, column: 0, rows: 2, columns: 2 });
    const both = await gateway.findOpeningTables();
    expect(both.municipalities).toEqual(read);
    expect(both.offered).toBeNull(); // opened on Gemeenten: nothing else to offer
    expect(both.groups).toMatchObject({ tableName: "AANDACHTSGROEPEN", rows: [{ name: "Mantelzorg", need: 12 }], ours: false });
    expect(await syncsOf(() => gateway.findOpeningTables())).toBe(2);
    // what Tabel inlezen reads: every table loaded, the same two in one Excel.run of two round trips
    expect(await gateway.readWorkbookTables()).toEqual({ municipalities: read, groups: both.groups });
    expect(await syncsOf(() => gateway.readWorkbookTables())).toBe(2);
  });
});

describe("scenario sheet", () => {
  beforeEach(async () => {
    await gateway.writeMunicipalityTable(STEDENDRIEHOEK_2024);
  });

  test("live THUIS formulas referring to the table, totals as SUM, SHORTFALL row, growth block, chart, sources", async () => {
    const result = await gateway.writeScenarioSheet(request());
    expect(result.sheetName).toBe("Verdeling 2024");
    const sheet = model.sheet("Verdeling 2024")!;
    const f = (a1: string) => sheet.formulas({ row: Number(a1.slice(1)) - 1, column: a1.charCodeAt(0) - 65, rows: 1, columns: 1 })[0][0];
    expect(f("B3")).toBe(1170);
    expect(f("A13")).toBe("=Gemeenten[Gemeente]");
    expect(f("B13")).toBe("=THUIS.FAIRSHARE($B$3,Gemeenten[Inwonertal],$B$8)");
    expect(f("C13")).toBe('=IF(Gemeenten[Realisatie]="","",Gemeenten[Realisatie])'); // a blank (unknown) realisation stays blank, not 0
    expect(f("D13")).toBe("=THUIS.CAP30(Gemeenten[Mutaties sociale huur],$B$5,$B$7)");
    expect(f("E13")).toBe("=THUIS.CAP30(Gemeenten[Mutaties tot 1e aftoppingsgrens],$B$5,$B$7)");
    expect(f("F13")).toBe("=THUIS.MIN15(Gemeenten[Mutaties sociale huur],$B$6,$B$7)");
    expect(f("G13")).toBe("=THUIS.REDISTRIBUTE(B13:B21,D13:D21)");
    expect(f("A22")).toBe("Regio totaal");
    expect(f("D22")).toBe("=SUM(D13:D21)");
    expect(f("A23")).toBe("Niet geplaatst");
    expect(f("D23")).toBe("=THUIS.SHORTFALL($B$13:$B$21,D13:D21)");
    expect(f("B27")).toBe("=THUIS.GROWTHPATH(C13:C21,B13:B21,$B$9,$B$10)");
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({ type: "BarClustered", source: "'Verdeling 2024'!A12:F21", seriesBy: "Columns" });
    expect(sheet.frozenRows).toBe(12);
    const text = [...sheet.cells.values()].map((c) => String(c.value));
    expect(text.some((t) => t.includes("[gereconstrueerd]"))).toBe(true);
    expect(model.settings.get("Verdeelwijzer")).toMatchObject({ sheets: { "Verdeling 2024": { charts: ["VerdeelwijzerScenarios"] } } });
  });

  test("re-running asks first, then updates in place: one sheet, one chart", async () => {
    await gateway.writeScenarioSheet(request());
    expect(await gateway.sheetStatus("Verdeling 2024", "scenario")).toBe("ours");
    const ask = await rejection(gateway.writeScenarioSheet(request()));
    expect(ask.info.kind).toBe("confirmReplace");
    const again = await gateway.writeScenarioSheet(
      request({ replaceOwnSheet: true, settings: { ...DEFAULT_SETTINGS, solidarity: false } }),
    );
    expect(again.updated).toBe(true);
    expect(model.sheets.filter((s) => s.name.startsWith("Verdeling"))).toHaveLength(1);
    expect(model.sheet("Verdeling 2024")!.charts).toHaveLength(1);
    // the solidarity column is gone, not left behind
    expect(model.sheet("Verdeling 2024")!.get(12, 6)).toBeUndefined();
  });

  /** The default's ten groups with needs adding up to column A's 1170. */
  const withGroups = {
    ...DEFAULT_SETTINGS,
    groups: {
      groups: STEDENDRIEHOEK_2024.groups!.groups.map((g, j) => ({ ...g, need: j === 0 ? 180 : 110 })),
      honour: "A" as const,
      method: "webster" as const,
    },
  };
  const chartsOf = () => model.sheet("Verdeling 2024")!.charts;

  test("19 the group block's stacked bars: names × matrix, one series per group, owned beside the scenario chart", async () => {
    await gateway.writeScenarioSheet(request({ settings: withGroups }));
    const [scenario, groups] = chartsOf();
    expect(scenario).toMatchObject({ name: "VerdeelwijzerScenarios", type: "BarClustered" });
    const block = model.sheet("Verdeling 2024")!;
    const matrix = block
      .formulas({ row: 0, column: 0, rows: 200, columns: 14 })
      .findIndex((r) => String(r[1]).startsWith("=THUIS.GROUPSHARE"));
    expect(groups).toMatchObject({
      name: "VerdeelwijzerGroepen",
      type: "BarStacked",
      seriesBy: "Columns",
      source: `'Verdeling 2024'!A${matrix + 1}:K${matrix + 9}`,
      seriesNames: withGroups.groups.groups.map((g) => g.name),
      title: "Per aandachtsgroep per gemeente — Regio Stedendriehoek 2024",
    });
    expect(model.settings.get("Verdeelwijzer")).toMatchObject({
      sheets: { "Verdeling 2024": { charts: ["VerdeelwijzerScenarios", "VerdeelwijzerGroepen"] } },
    });
    // the two charts do not overlap: the group chart starts below the scenario chart's last row
    const rowOf = (a1: string) => Number(a1.replace(/^[A-Z]+/, ""));
    expect(rowOf(groups.position![0])).toBeGreaterThan(rowOf(scenario.position![1]));
  });

  test("19 rewrites replace both charts and never duplicate them; without groups the group chart goes, a user's chart stays", async () => {
    await gateway.writeScenarioSheet(request({ settings: withGroups }));
    chartsOf().push({ name: "Mijn grafiek", type: "Pie", source: "'Verdeling 2024'!A1:A2", seriesBy: "Columns", title: "eigen" });
    await gateway.writeScenarioSheet(request({ settings: withGroups, replaceOwnSheet: true }));
    await gateway.writeScenarioSheet(request({ settings: withGroups, replaceOwnSheet: true }));
    expect(
      chartsOf()
        .map((c) => c.name)
        .sort(),
    ).toEqual(["Mijn grafiek", "VerdeelwijzerGroepen", "VerdeelwijzerScenarios"]);
    await gateway.writeScenarioSheet(request({ replaceOwnSheet: true }));
    expect(
      chartsOf()
        .map((c) => c.name)
        .sort(),
    ).toEqual(["Mijn grafiek", "VerdeelwijzerScenarios"]);
    expect(model.settings.get("Verdeelwijzer")).toMatchObject({ sheets: { "Verdeling 2024": { charts: ["VerdeelwijzerScenarios"] } } });
  });

  test("19 a record of an earlier version ({chart}) is read as its one chart: the update replaces it, no duplicate", async () => {
    await gateway.writeScenarioSheet(request());
    const record = JSON.parse(JSON.stringify(model.settings.get("Verdeelwijzer")));
    const own = record.sheets["Verdeling 2024"];
    own.chart = own.charts[0];
    delete own.charts;
    model.settings.set("Verdeelwijzer", record);
    await gateway.writeScenarioSheet(request({ settings: withGroups, replaceOwnSheet: true }));
    expect(chartsOf().map((c) => c.name)).toEqual(["VerdeelwijzerScenarios", "VerdeelwijzerGroepen"]);
  });
});

describe("refusals lose nothing", () => {
  beforeEach(async () => {
    await gateway.writeMunicipalityTable(STEDENDRIEHOEK_2024);
  });

  test("a sheet name taken by the user: nameTaken with a free name, nothing changed", async () => {
    model.put("Verdeling 2024", "A1", [["mijn notities"]]);
    const before = model.snapshot();
    const e = await rejection(gateway.writeScenarioSheet(request()));
    expect(e.info.kind).toBe("nameTaken");
    expect(e.info.suggestedName).toBe("Verdeling 2024 (2)");
    expect(e.info.nl).toMatch(/De naam 'Verdeling 2024' is al in gebruik voor uw eigen gegevens/);
    expect(model.snapshot()).toEqual(before);
    expect(await gateway.sheetStatus("Verdeling 2024", "scenario")).toBe("user");
  });

  test("a user's note elsewhere on the sheet does not block an update and stays", async () => {
    await gateway.writeScenarioSheet(request());
    model.put("Verdeling 2024", "Z60", [["eigen berekening"]]);
    await gateway.writeScenarioSheet(request({ replaceOwnSheet: true, settings: { ...DEFAULT_SETTINGS, capShare: 0.25 } }));
    expect(model.sheet("Verdeling 2024")!.get(59, 25)?.value).toBe("eigen berekening");
    expect(model.sheet("Verdeling 2024")!.get(11, 3)?.value).toBe("C · Max. 25% van de mutaties sociale huur");
  });

  test("a user's cell where the update would now write: userContent naming that cell, nothing changed", async () => {
    await gateway.writeScenarioSheet(request({ settings: { ...DEFAULT_SETTINGS, solidarity: false, growth: null } }));
    model.put("Verdeling 2024", "G14", [["eigen berekening"]]);
    const before = model.snapshot();
    const e = await rejection(gateway.writeScenarioSheet(request({ replaceOwnSheet: true })));
    expect(e.info.kind).toBe("userContent");
    expect(e.info.address).toBe("G14");
    expect(e.info.nl).toMatch(/cellen die Verdeelwijzer niet heeft geschreven \(G14\)/);
    expect(model.snapshot()).toEqual(before);
  });

  test("a protected sheet: sheetProtected, nothing changed", async () => {
    await gateway.writeScenarioSheet(request());
    model.sheet("Verdeling 2024")!.protected = true;
    const before = model.snapshot();
    const e = await rejection(gateway.writeScenarioSheet(request({ replaceOwnSheet: true })));
    expect(e.info.kind).toBe("sheetProtected");
    expect(e.info.nl).toMatch(/is beveiligd/);
    expect(model.snapshot()).toEqual(before);
  });

  test("a cell in edit mode: editMode, nothing changed", async () => {
    model.editMode = true;
    const before = model.snapshot();
    const e = await rejection(gateway.writeScenarioSheet(request()));
    expect(e.info.kind).toBe("editMode");
    expect(e.info.nl).toMatch(/bewerken van een cel/);
    model.editMode = false;
    expect(model.snapshot()).toEqual(before);
  });

  test("an Excel without the needed API set says so", async () => {
    model.apiSets.set("ExcelApi", "1.9");
    const report = await gateway.checkSupport();
    expect(report).toMatchObject({ ok: false, missing: ["ExcelApi 1.13"], problem: { kind: "unsupported" } });
    model.apiSets.set("ExcelApi", "1.17");
    expect((await gateway.checkSupport()).ok).toBe(true);
  });

  test("an Excel without the needed API set: every workbook step refuses before it queues anything", async () => {
    model.apiSets.set("ExcelApi", "1.12");
    const before = model.snapshot();
    for (const step of [
      () => gateway.readWorkbookTables().then((t) => t.municipalities),
      () => gateway.writeScenarioSheet(request()),
      () => gateway.readCorrections(),
    ]) {
      const e = await rejection(step());
      expect(e.info.kind).toBe("unsupported");
      expect(e.info.nl).toMatch(/ExcelApi 1\.13\): de wizard kan hier de werkmap niet lezen of schrijven/);
      expect(e.info.en).toMatch(/THUIS functions still work/);
    }
    expect(model.snapshot()).toEqual(before);
    model.apiSets.set("ExcelApi", "1.17");
  });

  test("a missing table: tableNotFound", async () => {
    const e = await rejection(gateway.writeScenarioSheet(request({ tableName: "Onbekend" })));
    expect(e.info.kind).toBe("tableNotFound");
    expect(e.info.nl).toBe("De tabel 'Onbekend' met gemeentegegevens is niet gevonden in deze werkmap.");
  });
});

describe("speed: at most 3 context.sync per user step", () => {
  test.each([9, 400])("%i municipalities", async (n) => {
    const region = n === 9 ? STEDENDRIEHOEK_2024 : bigRegion(n);
    const counts = {
      writeTable: await syncsOf(() => gateway.writeMunicipalityTable(region)),
      updateTable: await syncsOf(() => gateway.writeMunicipalityTable(region)),
      findTable: await syncsOf(() => gateway.readWorkbookTables().then((t) => t.municipalities)),
      sheetStatus: await syncsOf(() => gateway.sheetStatus("Verdeling 2024", "scenario")),
      writeScenario: await syncsOf(() => gateway.writeScenarioSheet(request())),
      updateScenario: await syncsOf(() => gateway.writeScenarioSheet(request({ replaceOwnSheet: true }))),
      select: await syncsOf(() => gateway.select("Verdeling 2024", "A1")),
    };
    console.log(`syncs per step at ${n} municipalities: ${JSON.stringify(counts)}`);
    for (const count of Object.values(counts)) expect(count).toBeLessThanOrEqual(3);
    expect(model.tableValues("Gemeenten")).toHaveLength(n + 1);
  });
});
