/**
 * "Nothing lost" (issue 17): every write path of the adapter × every kind of sheet already at the
 * name it writes to (none, a user's sheet, the add-in's scenario, Verantwoording, Monitor,
 * Correcties, values copy). Each write is either refused with a message naming that sheet, or
 * every cell a user typed — realised years on a monitor, correction lines, notes — is identical
 * afterwards.
 */
import { rejection, scenarioRequest } from "./gatewayFixtures";
import { STEDENDRIEHOEK_2024 } from "../../src/data";
import { DEFAULT_SETTINGS } from "../../src/scenario";
import { parseAddress } from "../../src/sheets/a1";
import { SETTINGS_KEY, parseRecord } from "../../src/excel/ownership";
import { AdapterError, MonitorSheetRequest } from "../../src/excel/types";
import type { WorkbookGateway } from "../../src/excel/gateway";
import { installFakeExcel } from "../fake-excel/fakeExcel";
import { WorkbookModel } from "../fake-excel/model";

let model: WorkbookModel;
let gateway: WorkbookGateway;

const NAMES = STEDENDRIEHOEK_2024.municipalities.map((m) => m.name);
const CORRECTION = { name: "Apeldoorn", amount: -20, reason: "Tijdelijke opvang", decidedBy: "PHO Wonen", date: "12-03-2026" };
const NOTE = "eigen notitie, met de hand getypt";

const monitorRequest = (sheetName: string, over: Partial<MonitorSheetRequest> = {}): MonitorSheetRequest => ({
  sheetName,
  region: STEDENDRIEHOEK_2024.region,
  target: { kind: "fixed", names: NAMES, values: NAMES.map(() => 20) },
  startYear: 2025,
  endYear: 2027,
  allowCredit: false,
  thresholds: { onTrack: 0.9, behind: 0.75 },
  language: "nl",
  replaceOwnSheet: false,
  ...over,
});

const KINDS = ["none", "user", "scenario", "scenarioGroups", "justification", "monitor", "corrections", "valuesCopy"] as const;
type Existing = (typeof KINDS)[number];

/** Moves a sheet the add-in wrote to `to` (as a workbook of an earlier version, or a rename by hand, could hold it). */
function moveSheet(from: string, to: string): void {
  if (from === to) return;
  model.sheet(from)!.name = to;
  for (const t of model.tables) if (t.sheet === from) t.sheet = to;
  const record = JSON.parse(JSON.stringify(model.settings.get(SETTINGS_KEY)));
  record.sheets[to] = record.sheets[from];
  delete record.sheets[from];
  for (const s of Object.values(record.sheets) as { justification?: string }[]) if (s.justification === from) s.justification = to;
  model.settings.set(SETTINGS_KEY, record);
}

/** Puts a sheet of `kind` at `name`, with what a user types there: realised years, correction lines, a note beside. */
async function plant(kind: Existing, name: string): Promise<void> {
  if (kind === "none") return;
  if (kind === "user") return model.put(name, "A1", [["Mijn eigen blad"], [NOTE]]);
  const written = await plantAt(kind);
  // a side product of planting (a Verantwoording) holds the name
  if (written !== name && model.sheet(name)) moveSheet(name, `${name} opzij`);
  moveSheet(written, name);
  model.put(name, "Z90", [[NOTE]]);
  model.sheet(name)!.charts.push({ name: USER_CHART, type: "Pie", source: `'${name}'!Z90:Z90`, seriesBy: "Columns", title: NOTE });
}

/** A chart the user added to a sheet the add-in owns: no write removes it. */
const USER_CHART = "Mijn grafiek";

/** Every sheet's charts by name: each name once (a rewrite replaces its charts, never adds a second). */
function chartNames(): Map<string, string[]> {
  return new Map(model.sheets.map((s) => [s.name, s.charts.map((c) => c.name)]));
}

/** Writes a sheet of `kind` through the gateway, with its user-typed cells; returns its name. */
async function plantAt(kind: Exclude<Existing, "none" | "user">): Promise<string> {
  if (kind === "monitor") {
    await gateway.writeMonitorSheet(monitorRequest("Plant"));
    await gateway.enterRealisation({ sheetName: "Plant", year: 2025, pairs: NAMES.map((n, i) => [n, 10 + i]) });
    return "Plant";
  }
  if (kind === "corrections") {
    await gateway.appendCorrections([CORRECTION, { ...CORRECTION, name: "Epe", amount: 5 }]);
    return "Correcties";
  }
  if (kind === "scenarioGroups") {
    await gateway.writeScenarioSheet(scenarioRequest({ sheetName: "Plant", settings: WITH_GROUPS }));
    return "Plant";
  }
  const scenario = await gateway.writeScenarioSheet(scenarioRequest({ sheetName: "Plant" }));
  if (kind === "scenario") return "Plant";
  if (kind === "justification") return scenario.justificationSheet;
  return (await gateway.writeValuesCopy({ sheetName: "Plant", date: "1 januari 2026", language: "nl" })).sheetName;
}

/** Every non-empty cell a user typed: notes (the NOTE text), each monitor's realised block, the Correcties table's body. */
function userTyped(): Map<string, unknown> {
  const typed = new Map<string, unknown>();
  for (const sheet of model.sheets)
    for (const [key, cell] of sheet.cells)
      if (cell.value === NOTE || cell.value === "Mijn eigen blad") typed.set(`${sheet.name}!${key}`, cell.value);
  const record = parseRecord(model.settings.get(SETTINGS_KEY));
  for (const [name, own] of Object.entries(record.sheets)) {
    if (own.kind !== "monitor" || !own.monitor) continue;
    const b = parseAddress(own.monitor.realised);
    for (let r = 0; r < b.rows; r++)
      for (let c = 0; c < b.columns; c++) {
        const cell = model.sheet(name)?.get(b.row + r, b.column + c);
        if (cell && cell.value !== "") typed.set(`${name}!${b.row + r},${b.column + c}`, cell.value);
      }
  }
  const table = model.table("Correcties");
  if (table)
    for (let r = 1; r < table.rows; r++)
      for (let c = 0; c < table.columns; c++) {
        const cell = model.sheet(table.sheet)!.get(table.row + r, table.column + c);
        if (cell) typed.set(`${table.sheet}!${table.row + r},${table.column + c}`, cell.value);
      }
  return typed;
}

/** What a write path does, and the sheet name it writes to. */
interface WritePath {
  name: string;
  target: string;
  /** Run before the existing sheet is planted (e.g. the scenario a values copy is made of). */
  before?: () => Promise<unknown>;
  /** Run after it is planted (e.g. the add-in's table removed, so that the table is written anew). */
  afterPlant?: () => void;
  write: () => Promise<unknown>;
}

/** No municipality table any more: the next table write creates one, on a sheet of its own. */
function removeTable(): void {
  model.tables = model.tables.filter((t) => t.name !== "Gemeenten");
  model.sheets = model.sheets.filter((s) => s.name !== "Tabel");
  const record = JSON.parse(JSON.stringify(model.settings.get(SETTINGS_KEY)));
  delete record.table;
  model.settings.set(SETTINGS_KEY, record);
}

/** The scenario with its per-group block (issue 19): the default's ten groups with needs adding up to 1170, one named like a formula. */
const WITH_GROUPS = {
  ...DEFAULT_SETTINGS,
  groups: {
    groups: STEDENDRIEHOEK_2024.groups!.groups.map((g, j) => ({ ...g, name: j === 0 ? "=Mantelzorg" : g.name, need: j === 0 ? 180 : 110 })),
    honour: "A" as const,
    method: "webster" as const,
  },
};

/** The add-in's own Aandachtsgroepen table moved to another sheet: "Aandachtsgroepen" is then a name any kind of sheet may hold. */
async function ownGroupTableAside(): Promise<void> {
  await gateway.writeGroupTable(WITH_GROUPS.groups.groups, null);
  model.sheet("Aandachtsgroepen")!.name = "Groepentabel";
  model.tables.forEach((t) => t.name === "Aandachtsgroepen" && (t.sheet = "Groepentabel"));
  const record = JSON.parse(JSON.stringify(model.settings.get(SETTINGS_KEY)));
  record.groupTable.sheet = "Groepentabel";
  model.settings.set(SETTINGS_KEY, record);
}

const PATHS: WritePath[] = [
  {
    name: "write group table",
    target: "Aandachtsgroepen",
    write: () => gateway.writeGroupTable(WITH_GROUPS.groups.groups, STEDENDRIEHOEK_2024.groups!.source),
  },
  {
    name: "update group table",
    target: "Aandachtsgroepen",
    before: ownGroupTableAside,
    write: () => gateway.writeGroupTable(WITH_GROUPS.groups.groups.slice(0, 4), STEDENDRIEHOEK_2024.groups!.source),
  },
  {
    name: "write table",
    target: "Gemeenten",
    afterPlant: removeTable,
    write: () => gateway.writeMunicipalityTable({ ...STEDENDRIEHOEK_2024, region: "Nieuw" }),
  },
  { name: "update table", target: "Gemeenten", write: () => gateway.writeMunicipalityTable({ ...STEDENDRIEHOEK_2024, region: "Nieuw" }) },
  { name: "write scenario", target: "Doel", write: () => gateway.writeScenarioSheet(scenarioRequest({ sheetName: "Doel" })) },
  {
    name: "update scenario",
    target: "Doel",
    write: () => gateway.writeScenarioSheet(scenarioRequest({ sheetName: "Doel", replaceOwnSheet: true })),
  },
  {
    name: "write scenario with groups",
    target: "Doel",
    write: () => gateway.writeScenarioSheet(scenarioRequest({ sheetName: "Doel", settings: WITH_GROUPS })),
  },
  {
    name: "update scenario with groups",
    target: "Doel",
    write: () => gateway.writeScenarioSheet(scenarioRequest({ sheetName: "Doel", settings: WITH_GROUPS, replaceOwnSheet: true })),
  },
  {
    name: "Verantwoording",
    target: "Verantwoording",
    write: () => gateway.writeScenarioSheet(scenarioRequest({ sheetName: "Nieuw scenario", replaceOwnSheet: true })),
  },
  {
    name: "values copy",
    target: "Bron (waarden)",
    before: () => gateway.writeScenarioSheet(scenarioRequest({ sheetName: "Bron" })),
    write: () => gateway.writeValuesCopy({ sheetName: "Bron", date: "2 januari 2026", language: "nl" }),
  },
  { name: "create monitor", target: "Doel", write: () => gateway.writeMonitorSheet(monitorRequest("Doel")) },
  { name: "update monitor", target: "Doel", write: () => gateway.writeMonitorSheet(monitorRequest("Doel", { replaceOwnSheet: true })) },
  {
    name: "enter a year",
    target: "Doel",
    write: () => gateway.enterRealisation({ sheetName: "Doel", year: 2025, pairs: NAMES.map((n) => [n, 99]) }),
  },
  {
    name: "add a correction",
    target: "Correcties",
    write: () => gateway.appendCorrections([{ ...CORRECTION, name: "Lochem", amount: 3 }]),
  },
  {
    name: "withdraw",
    target: "Correcties",
    write: () => gateway.appendCorrections([{ ...CORRECTION, amount: 20, reason: "Intrekking van: Tijdelijke opvang (12-03-2026)" }]),
  },
];

beforeEach(async () => {
  model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
  const { createExcelGateway } = await import("../../src/excel/gateway");
  gateway = createExcelGateway();
  await gateway.writeMunicipalityTable(STEDENDRIEHOEK_2024);
  // the table's own sheet out of the way: "Gemeenten" is a name any kind of sheet may hold
  model.sheet("Gemeenten")!.name = "Tabel";
  model.tables.forEach((t) => (t.sheet = "Tabel"));
  const record = JSON.parse(JSON.stringify(model.settings.get(SETTINGS_KEY)));
  record.table.sheet = "Tabel";
  model.settings.set(SETTINGS_KEY, record);
});

const cases = PATHS.flatMap((path) => KINDS.map((kind) => [path.name, kind] as const));

describe("17 nothing lost: every write path × every kind of sheet at its target name", () => {
  test.each(cases)("17 nothing lost: %s over %s", async (pathName, kind) => {
    const path = PATHS.find((p) => p.name === pathName)!;
    await path.before?.();
    await plant(kind, path.target);
    path.afterPlant?.();
    const typed = userTyped();
    const userCharts = [...chartNames()].filter(([, names]) => names.includes(USER_CHART)).map(([sheet]) => sheet);
    const before = model.snapshot();
    let refused: AdapterError | null = null;
    try {
      await path.write();
    } catch (e) {
      if (!(e instanceof AdapterError)) throw e;
      refused = e;
    }
    if (refused) {
      // refused: the message names the sheet, and nothing at all changed
      expect(refused.info.nl).toContain(`'${path.target}'`);
      expect(refused.info.en).toContain(`'${path.target}'`);
      expect(model.snapshot()).toEqual(before);
    }
    const after = userTyped();
    for (const [at, value] of typed) expect([at, after.get(at)]).toEqual([at, value]);
    for (const sheet of userCharts) expect(chartNames().get(sheet)).toContain(USER_CHART);
    for (const [sheet, names] of chartNames()) expect([sheet, names]).toEqual([sheet, [...new Set(names)]]);
    // the record owns exactly the add-in's charts on each of its sheets
    for (const [sheet, own] of Object.entries(parseRecord(model.settings.get(SETTINGS_KEY)).sheets))
      expect([
        sheet,
        chartNames()
          .get(sheet)
          ?.filter((c) => c !== USER_CHART) ?? [],
      ]).toEqual([sheet, model.sheet(sheet) ? own.charts : []]);
  });
});

test("17 nothing lost: the refusals name the sheet at the target", async () => {
  await plant("monitor", "Doel");
  const e = await rejection(gateway.writeScenarioSheet(scenarioRequest({ sheetName: "Doel", replaceOwnSheet: true })));
  expect(e.info.sheet).toBe("Doel");
  expect(e.info.nl).toMatch(/^Het blad 'Doel' is het monitorblad/);
  await plant("user", "Correcties");
  const c = await rejection(gateway.appendCorrections([CORRECTION]));
  expect(c.info.nl).toMatch(/'Correcties'/);
});
