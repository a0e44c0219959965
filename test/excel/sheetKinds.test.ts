/**
 * Issue 17 case 1: every sheet the add-in owns carries a typed kind, and a write of one kind never
 * replaces a sheet of another kind (or a user's sheet). Old records without a kind are read by
 * their fields; a kind that cannot be told is replaced by nothing.
 */
import { monitorRequest, rejection, scenarioRequest } from "./gatewayFixtures";
import { STEDENDRIEHOEK_2024 } from "../../src/data";
import { inferKind, parseRecord, sheetStatusOf } from "../../src/excel/ownership";
import type { WorkbookGateway } from "../../src/excel/gateway";
import { installFakeExcel } from "../fake-excel/fakeExcel";
import { WorkbookModel } from "../fake-excel/model";

let model: WorkbookModel;
let gateway: WorkbookGateway;

beforeEach(async () => {
  model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
  const { createExcelGateway } = await import("../../src/excel/gateway");
  gateway = createExcelGateway();
  await gateway.writeMunicipalityTable(STEDENDRIEHOEK_2024);
});

const CORRECTION = { name: "Apeldoorn", amount: -20, reason: "Tijdelijke opvang", decidedBy: "PHO Wonen", date: "12-03-2026" };

describe("17.1 a scenario sheet named after another kind's sheet is refused, naming the sheet and a free name", () => {
  test("17.1 Correcties: the corrections table stays, the status is otherKind, the message names it", async () => {
    await gateway.appendCorrections([CORRECTION]);
    expect(await gateway.sheetStatus("Correcties", "scenario")).toBe("otherKind");
    expect(await gateway.sheetStatus("Correcties", "corrections")).toBe("ours");
    const before = model.snapshot();
    const e = await rejection(gateway.writeScenarioSheet(scenarioRequest({ sheetName: "Correcties", replaceOwnSheet: true })));
    expect(e.info.kind).toBe("otherKind");
    expect(e.info.sheet).toBe("Correcties");
    expect(e.info.suggestedName).toBe("Correcties (2)");
    expect(e.info.nl).toBe(
      "Het blad 'Correcties' is de correctietabel (het verslag van de besluiten) van Verdeelwijzer. Een scenarioblad mag het " +
        "niet vervangen; er is niets gewijzigd. Kies een andere naam, bijvoorbeeld 'Correcties (2)'.",
    );
    expect(e.info.en).toMatch(
      /^The sheet 'Correcties' is the corrections table .* A scenario sheet may not replace it; nothing was changed/,
    );
    expect(model.snapshot()).toEqual(before);
    expect(await gateway.readCorrections()).toEqual([CORRECTION]);
  });

  test("17.1 Monitor: the monitor with its realised years stays; any case of the name is refused alike", async () => {
    await gateway.writeScenarioSheet(scenarioRequest());
    await gateway.writeMonitorSheet(monitorRequest());
    await gateway.enterRealisation({ sheetName: "Monitor", year: 2024, pairs: [["Apeldoorn", 300]] });
    const before = model.snapshot();
    for (const sheetName of ["Monitor", "MONITOR"]) {
      expect(await gateway.sheetStatus(sheetName, "scenario")).toBe("otherKind");
      const e = await rejection(gateway.writeScenarioSheet(scenarioRequest({ sheetName, replaceOwnSheet: true })));
      expect(e.info.kind).toBe("otherKind");
      expect(e.info.nl).toMatch(new RegExp(`^Het blad '${sheetName}' is het monitorblad met de ingevulde realisatie van Verdeelwijzer`));
      expect(e.info.suggestedName).toBe(`${sheetName} (2)`);
    }
    expect(model.snapshot()).toEqual(before);
    expect((await gateway.readMonitor("Monitor")).monitor.rows[0].years[0].realised).toBe(300);
  });

  test("17.1 the names Correcties and Monitor are kept for their kinds even before those sheets exist", async () => {
    const before = model.snapshot();
    for (const sheetName of ["Correcties", "Monitor"]) {
      expect(await gateway.sheetStatus(sheetName, "scenario")).toBe("otherKind");
      const e = await rejection(gateway.writeScenarioSheet(scenarioRequest({ sheetName })));
      expect(e.info.kind).toBe("otherKind");
      expect(e.info.nl).toMatch(new RegExp(`^De naam '${sheetName}' is bestemd voor .* Een scenarioblad kan die naam niet krijgen`));
      expect(e.info.suggestedName).toBe(`${sheetName} (2)`);
    }
    expect(model.snapshot()).toEqual(before);
    expect(await gateway.sheetStatus("Monitor", "monitor")).toBe("free");
    expect(await gateway.sheetStatus("Correcties", "corrections")).toBe("free");
  });

  test(
    "17.1 a monitor is not written over a scenario sheet or the corrections; corrections not over a scenario named " + "Correcties",
    async () => {
      await gateway.writeScenarioSheet(scenarioRequest());
      await gateway.appendCorrections([CORRECTION]);
      const before = model.snapshot();
      for (const sheetName of ["Verdeling 2024", "Correcties", "Verantwoording"]) {
        expect(await gateway.sheetStatus(sheetName, "monitor")).toBe("otherKind");
        const e = await rejection(gateway.writeMonitorSheet(monitorRequest({ sheetName, replaceOwnSheet: true })));
        expect(e.info.kind).toBe("otherKind");
        expect(e.info.nl).toMatch(new RegExp(`^Het blad '${sheetName}' is .* Een monitorblad mag het niet vervangen`));
      }
      expect(model.snapshot()).toEqual(before);
    },
  );

  test(
    "17.1 sheetStatus answers per kind: the add-in's own sheet of that kind is 'ours', of another kind 'otherKind', a user's " + "'user'",
    async () => {
      await gateway.writeScenarioSheet(scenarioRequest());
      model.put("Eigen", "A1", [["notitie"]]);
      expect(await gateway.sheetStatus("Verdeling 2024", "scenario")).toBe("ours");
      expect(await gateway.sheetStatus("Verdeling 2024", "monitor")).toBe("otherKind");
      expect(await gateway.sheetStatus("Verantwoording", "justification")).toBe("ours");
      expect(await gateway.sheetStatus("Verantwoording", "scenario")).toBe("otherKind");
      expect(await gateway.sheetStatus("Eigen", "scenario")).toBe("user");
      expect(await gateway.sheetStatus("Nieuw", "scenario")).toBe("free");
    },
  );
});

describe("17.1 old records without a kind are read by their fields; an unknown kind is replaced by nothing", () => {
  const old = {
    sheets: {
      "Verdeling 2024": { blocks: ["A1:J30"], chart: "VerdeelwijzerScenarios", justification: "Verantwoording", municipalities: "A13:A21" },
      Verantwoording: { blocks: ["A1:F40"], chart: null },
      Monitor: { blocks: ["A1:N62"], chart: "VerdeelwijzerMonitor", monitor: { region: "R" } },
      Correcties: { blocks: ["A1:E3"], chart: null },
      "Verdeling 2024 (waarden)": { blocks: ["A1:J30"], chart: null },
      Blad7: { blocks: ["A1:B2"], chart: null },
      Vreemd: { blocks: ["A1:B2"], chart: null, kind: "iets anders" },
    },
  };

  test("17.1 inferKind: monitor, scenario, justification, corrections, values copy; anything else unknown", () => {
    const record = parseRecord(old);
    expect(Object.fromEntries(Object.entries(record.sheets).map(([n, s]) => [n, s.kind]))).toEqual({
      "Verdeling 2024": "scenario",
      Verantwoording: "justification",
      Monitor: "monitor",
      Correcties: "corrections",
      "Verdeling 2024 (waarden)": "valuesCopy",
      Blad7: "unknown",
      Vreemd: "unknown",
    });
    expect(inferKind("X", { kind: "monitor", blocks: [] }, {})).toBe("monitor");
  });

  test("17.1 an unknown kind is 'otherKind' for every write: never replaceable", () => {
    const record = parseRecord(old);
    for (const kind of ["scenario", "justification", "monitor", "corrections", "valuesCopy"] as const) {
      expect(sheetStatusOf(record, ["Blad7", "Vreemd"], "Blad7", kind)).toBe("otherKind");
      expect(sheetStatusOf(record, ["Blad7", "Vreemd"], "Vreemd", kind)).toBe("otherKind");
    }
  });

  test("17.1 a scenario write over an old unknown-kind record is refused through the gateway, nothing changed", async () => {
    model.put("Blad7", "A1", [["oud", 1]]);
    model.settings.set("Verdeelwijzer", { ...(model.settings.get("Verdeelwijzer") as object), sheets: { Blad7: old.sheets.Blad7 } });
    const before = model.snapshot();
    const e = await rejection(gateway.writeScenarioSheet(scenarioRequest({ sheetName: "Blad7", replaceOwnSheet: true })));
    expect(e.info.kind).toBe("otherKind");
    expect(e.info.nl).toMatch(/^Het blad 'Blad7' is een blad \(van onbekende soort\) van Verdeelwijzer/);
    expect(model.snapshot()).toEqual(before);
  });
});
