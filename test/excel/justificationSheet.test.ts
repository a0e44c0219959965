/**
 * The Verantwoording sheet through the gateway into the strict fake Excel: written with the
 * scenario in the same Excel.run (still ≤ 3 syncs), owned and recorded, print-ready (page
 * layout, merges, wraps, row heights), updated in place on a re-run, never over the user's own
 * sheet or cells; and the pane following Excel's selection on the scenario sheet.
 */
import { scenarioRequest } from "./gatewayFixtures";
import { STEDENDRIEHOEK_2024 } from "../../src/data";
import { DEFAULT_SETTINGS } from "../../src/scenario";
import { AdapterError, ScenarioSheetRequest } from "../../src/excel/types";
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

const request = (over: Partial<ScenarioSheetRequest> = {}): ScenarioSheetRequest => scenarioRequest({ date: "2026-11-26", ...over });

const text = (sheet: string) => [...model.sheet(sheet)!.cells.values()].map((c) => c.formula ?? String(c.value));

describe("written with the scenario", () => {
  test("one step, at most 3 syncs; the sheet, its record and the scenario's link to it", async () => {
    const before = model.syncCount;
    const result = await gateway.writeScenarioSheet(request());
    expect(model.syncCount - before).toBeLessThanOrEqual(3);
    expect(result.justificationSheet).toBe("Verantwoording");
    expect(model.activeSheet).toBe("Verdeling 2024");
    const sheet = model.sheet("Verantwoording")!;
    expect(sheet.get(0, 0)?.value).toBe("Verantwoording verdeling urgente aandachtsgroepen — Regio Stedendriehoek 2024");
    expect(sheet.get(1, 0)?.value).toBe("Opgesteld op 26-11-2026 met Verdeelwijzer 0.1.0, bij scenarioblad 'Verdeling 2024'");
    const all = text("Verantwoording");
    expect(all).toContain("THUIS.FAIRSHARE($B$3;Gemeenten[Inwonertal];$B$8)"); // as Dutch Excel shows it
    expect(all).toContain("THUIS.REDISTRIBUTE(B13:B21;D13:D21)");
    expect(all.some((t) => t.startsWith("=SUM("))).toBe(true);
    // 17.16: the default's weights are column A, and the sheet says so
    expect(all).toContain("Gewicht: gepubliceerde fair share (kolom A)");
    const record = model.settings.get("Verdeelwijzer") as {
      sheets: Record<string, { kind: string; justification?: string; municipalities?: string; blocks: string[] }>;
    };
    expect(record.sheets["Verdeling 2024"]).toMatchObject({ kind: "scenario", justification: "Verantwoording", municipalities: "A13:A21" });
    expect(record.sheets["Verantwoording"]).toMatchObject({ kind: "justification", blocks: [expect.stringMatching(/^A1:J\d+$/)] });
  });

  test("print-ready: landscape, one page wide, print area, title row, header and footer, merges, wraps, row heights", async () => {
    await gateway.writeScenarioSheet(request());
    const sheet = model.sheet("Verantwoording")!;
    const block = (model.settings.get("Verdeelwijzer") as { sheets: Record<string, { blocks: string[] }> }).sheets["Verantwoording"]
      .blocks[0];
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHorizontally: true,
      printArea: block,
      printTitleRows: expect.stringMatching(/^\$\d+:\$\d+$/),
      "defaultForAllPages.centerHeader": "Verantwoording verdeling urgente aandachtsgroepen — Regio Stedendriehoek 2024",
      "defaultForAllPages.leftFooter": "Verdeelwijzer 0.1.0 · 26-11-2026",
      "defaultForAllPages.rightFooter": "Pagina &P van &N",
    });
    expect(sheet.merges.length).toBeGreaterThan(9);
    expect(sheet.formats.filter((f) => f.wrapText).length).toBeGreaterThan(9);
    expect(sheet.formats.filter((f) => f.rowHeight !== undefined).length).toBeGreaterThan(9);
    expect(sheet.formats.some((f) => f.border?.EdgeBottom === "Continuous")).toBe(true);
    expect(sheet.formats.some((f) => f.columnWidth === 280)).toBe(true);
  });

  test("a re-run updates it in place (merges redone, not doubled); a second scenario gets its own", async () => {
    await gateway.writeScenarioSheet(request());
    const merges = model.sheet("Verantwoording")!.merges.length;
    const again = await gateway.writeScenarioSheet(
      request({ replaceOwnSheet: true, settings: { ...DEFAULT_SETTINGS, method: "webster", need: { kind: "number", value: 1171 } } }),
    );
    expect(again.justificationSheet).toBe("Verantwoording");
    expect(model.sheets.map((s) => s.name)).toEqual(["Blad1", "Gemeenten", "Verdeling 2024", "Verantwoording"]);
    expect(model.sheet("Verantwoording")!.merges.length).toBeGreaterThanOrEqual(merges);
    expect(text("Verantwoording")).toContain("Sainte-Laguë (Webster)");
    const second = await gateway.writeScenarioSheet(request({ sheetName: "Verdeling 2024 (2)" }));
    expect(second.justificationSheet).toBe("Verantwoording (2)");
  });

  test("English: 'Justification'", async () => {
    const result = await gateway.writeScenarioSheet(request({ language: "en", sheetName: "Allocation 2024" }));
    expect(result.justificationSheet).toBe("Justification");
    expect(model.sheet("Justification")!.get(1, 0)?.value).toBe(
      "Prepared on 2026-11-26 with Verdeelwijzer 0.1.0, for scenario sheet 'Allocation 2024'",
    );
  });
});

describe("never over the user's work", () => {
  test("a user's own sheet named Verantwoording is left alone: the justification takes a free name", async () => {
    model.put("Verantwoording", "A1", [["mijn eigen verantwoording"]]);
    const before = model.snapshot()["Verantwoording"];
    const result = await gateway.writeScenarioSheet(request());
    expect(result.justificationSheet).toBe("Verantwoording (2)");
    expect(model.snapshot()["Verantwoording"]).toEqual(before);
  });

  test("the user's cell where the updated Verantwoording would now write: a new sheet, the old one untouched", async () => {
    await gateway.writeScenarioSheet(request());
    model.put("Verantwoording", "K5", [["eigen opmerking"]]); // D'Hondt adds a column (weight ÷ divisor): A:J becomes A:K
    const before = model.snapshot()["Verantwoording"];
    const result = await gateway.writeScenarioSheet(
      request({ replaceOwnSheet: true, settings: { ...DEFAULT_SETTINGS, method: "dhondt" } }),
    );
    expect(result.justificationSheet).toBe("Verantwoording (2)");
    expect(model.snapshot()["Verantwoording"]).toEqual(before);
  });

  test("a protected Verantwoording: sheetProtected, nothing changed on any sheet", async () => {
    await gateway.writeScenarioSheet(request());
    model.sheet("Verantwoording")!.protected = true;
    const before = model.snapshot();
    const e = await gateway.writeScenarioSheet(request({ replaceOwnSheet: true })).then(
      () => null,
      (x: AdapterError) => x,
    );
    expect(e?.info.kind).toBe("sheetProtected");
    expect(e?.info.sheet).toBe("Verantwoording");
    expect(model.snapshot()).toEqual(before);
  });

  test("the user deleted it: written again under the recorded name", async () => {
    await gateway.writeScenarioSheet(request());
    model.sheets = model.sheets.filter((s) => s.name !== "Verantwoording");
    const result = await gateway.writeScenarioSheet(request({ replaceOwnSheet: true }));
    expect(result.justificationSheet).toBe("Verantwoording");
    expect(model.sheet("Verantwoording")!.get(0, 0)?.value).toMatch(/^Verantwoording verdeling/);
  });
});

describe("the pane follows Excel's selection on the scenario sheet", () => {
  test("selectedMunicipality: the selected row's municipality; null elsewhere", async () => {
    await gateway.writeScenarioSheet(request());
    await model.selectCells("Verdeling 2024", "D15");
    const before = model.syncCount;
    expect(await gateway.selectedMunicipality("Verdeling 2024")).toBe(2);
    expect(model.syncCount - before).toBe(1);
    await model.selectCells("Verdeling 2024", "B3");
    expect(await gateway.selectedMunicipality("Verdeling 2024")).toBeNull();
    await model.selectCells("Verantwoording", "B15");
    expect(await gateway.selectedMunicipality("Verdeling 2024")).toBeNull();
    expect(await gateway.selectedMunicipality("Blad1")).toBeNull(); // not a scenario sheet
  });

  test("onSelectionChanged: each selection in a municipality row reports it; stop removes the handler", async () => {
    await gateway.writeScenarioSheet(request());
    const seen: (number | null)[] = [];
    const stop = await gateway.onSelectionChanged("Verdeling 2024", (m) => seen.push(m));
    expect(model.selectionHandlers).toHaveLength(1);
    await model.selectCells("Verdeling 2024", "B13");
    await model.selectCells("Verdeling 2024", "G21:H21");
    await model.selectCells("Verdeling 2024", "A22");
    await model.selectCells("Verdeling 2024", "C:C");
    await model.selectCells("Gemeenten", "A2"); // another sheet: not this handler
    expect(seen).toEqual([0, 8, null, null]);
    await stop();
    expect(model.selectionHandlers).toHaveLength(0);
    await model.selectCells("Verdeling 2024", "B14");
    expect(seen).toHaveLength(4);
  });
});

test("the fake's page layout is strict: a property it does not implement throws", async () => {
  await expect(
    (globalThis as unknown as { Excel: { run: (b: (c: unknown) => Promise<void>) => Promise<void> } }).Excel.run(async (context) => {
      const sheet = (
        context as { workbook: { worksheets: { getItem: (n: string) => { pageLayout: Record<string, unknown> } } } }
      ).workbook.worksheets.getItem("Blad1");
      sheet.pageLayout.printGridlines = true;
    }),
  ).rejects.toThrow(TypeError);
});
