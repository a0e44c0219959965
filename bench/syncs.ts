/** context.sync calls per wizard step, at 9 and at 400 municipalities, counted by the fake Excel. */
import { STEDENDRIEHOEK_2024 } from "../src/data";
import type { RegionDataset } from "../src/data";
import { DEFAULT_SETTINGS } from "../src/scenario";
import { createExcelGateway } from "../src/excel/gateway";
import { installFakeExcel } from "../test/fake-excel/fakeExcel";
import { WorkbookModel } from "../test/fake-excel/model";
import { Row } from "./measure";

/** The embedded region at 9, else n synthetic municipalities (the benchmarks' region of 400). */
export function region(n: number): RegionDataset {
  if (n === STEDENDRIEHOEK_2024.municipalities.length) return STEDENDRIEHOEK_2024;
  return {
    ...STEDENDRIEHOEK_2024,
    municipalities: Array.from({ length: n }, (_, i) => ({
      name: `Gemeente ${i + 1}`,
      population: 1000 + i,
      lettingsSocial: 100 + (i % 40),
      lettingsCheap: 30,
      realised: 9,
      origin: null,
      stock: null,
    })),
  };
}

export async function syncBenchmarks(): Promise<{ title: string; rows: Row[] }[]> {
  const rows: Row[] = [];
  for (const n of [9, 400]) {
    const model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
    const gateway = createExcelGateway();
    const request = {
      sheetName: "Verdeling 2024",
      tableName: "Gemeenten",
      settings: DEFAULT_SETTINGS,
      region: "R",
      year: 2024,
      sources: STEDENDRIEHOEK_2024.sources,
      replaceOwnSheet: true,
      language: "nl" as const,
    };
    const monitorRequest = {
      sheetName: "Monitor",
      region: "R",
      target: { kind: "scenario" as const, sheetName: "Verdeling 2024" },
      startYear: 2024,
      endYear: 2035,
      allowCredit: false,
      thresholds: { onTrack: 0.9, behind: 0.75 },
      language: "nl" as const,
      replaceOwnSheet: false,
    };
    const steps: [string, () => Promise<unknown>][] = [
      ["read tables (Tabel inlezen)", () => gateway.readWorkbookTables()],
      ["open on the workbook's tables", () => gateway.findOpeningTables()],
      ["write table", () => gateway.writeMunicipalityTable(region(n))],
      ["sheet status", () => gateway.sheetStatus("Verdeling 2024", "scenario")],
      ["write scenario sheet", () => gateway.writeScenarioSheet(request)],
      ["update scenario sheet", () => gateway.writeScenarioSheet(request)],
      ["go to cell", () => gateway.select("Verdeling 2024", "A1")],
      [
        "values copy (Kopie met waarden)",
        () => gateway.writeValuesCopy({ sheetName: "Verdeling 2024", date: "26-11-2026", language: "nl" }),
      ],
      [
        "record a correction (creates Correcties)",
        () => gateway.appendCorrections([{ name: "Gemeente 1", amount: -2, reason: "r", decidedBy: "d", date: "26-11-2026" }]),
      ],
      [
        "record a correction (appends)",
        () => gateway.appendCorrections([{ name: "Gemeente 1", amount: 2, reason: "r", decidedBy: "d", date: "26-11-2026" }]),
      ],
      ["read corrections", () => gateway.readCorrections()],
      [
        "update scenario sheet with blended key and 'Na correcties'",
        () =>
          gateway.writeScenarioSheet({
            ...request,
            settings: {
              ...DEFAULT_SETTINGS,
              key: { columns: ["population", "lettingsSocial"], factors: [0.5, 0.5] },
              adjust: { base: "A" },
            },
          }),
      ],
      // the pane's click: is the sheet ours? then write (sheetStatus + writeMonitorSheet)
      [
        "Monitor: create monitor (pane click)",
        async () => (await gateway.sheetStatus("Monitor", "monitor"), gateway.writeMonitorSheet(monitorRequest)),
      ],
      [
        "Monitor: enter one year (pasted names)",
        () =>
          gateway.enterRealisation({ sheetName: "Monitor", year: 2025, pairs: region(n).municipalities.map((m, i) => [m.name, i % 30]) }),
      ],
      ["Monitor: read summary", () => gateway.readMonitor("Monitor")],
      [
        "Monitor: update monitor (keeps realised)",
        () => gateway.writeMonitorSheet({ ...monitorRequest, replaceOwnSheet: true, endYear: 2036 }),
      ],
      ["Monitor: go to a status cell", () => gateway.select("Monitor", "B9")],
    ];
    for (const [name, step] of steps) {
      const before = model.syncCount;
      await step();
      const syncs = model.syncCount - before;
      rows.push({ name: `${n} municipalities: ${name}`, value: `${syncs} sync`, ratio: syncs / 3, target: { max: 1, label: "≤ 3 syncs" } });
    }
  }
  return [{ title: "Excel round trips per user step (ratio = syncs / 3)", rows }];
}
