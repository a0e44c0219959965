/**
 * The preview computes its simulated workbook again after every change (src/preview/calculation.ts),
 * so a region of 400 municipalities must stay quick to click through. This times one full
 * computation by the preview's evaluator of the workbook the wizard leaves — Gemeenten, the
 * scenario sheet and the Monitor with one year entered — against HyperFormula (a dev-only formula
 * engine, the test oracle) computing the same cells in the same run. Both give the same Monitor
 * status (checked first).
 *
 * `npx tsx bench/preview.ts` prints this table alone.
 */
import { createExcelGateway } from "../src/excel/gateway";
import { evaluateWorkbook } from "../src/preview/formulas";
import { monitorRequest, scenarioRequest } from "../test/excel/gatewayFixtures";
import { evaluateWorkbook as evaluateWithHyperFormula } from "../test/excel/hyperformulaThuis";
import { installFakeExcel } from "../test/fake-excel/fakeExcel";
import { WorkbookModel } from "../test/fake-excel/model";
import { Row, printTable, time } from "./measure";
import { region } from "./syncs";

/** The workbook the wizard leaves for a region of n municipalities, written through the adapter. */
async function wizardWorkbook(n: number): Promise<WorkbookModel> {
  const model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
  const gateway = createExcelGateway();
  const municipalities = region(n);
  await gateway.writeMunicipalityTable(municipalities);
  await gateway.writeScenarioSheet(scenarioRequest());
  await gateway.writeMonitorSheet(monitorRequest());
  const pairs = municipalities.municipalities.map((m, i): [string, number] => [m.name, i % 40]);
  await gateway.enterRealisation({ sheetName: "Monitor", year: 2025, pairs });
  return model;
}

/** Nanoseconds of one call (HyperFormula takes seconds at 400 municipalities: one call is a sample). */
function once(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) * 1e6;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

const formulaCells = (model: WorkbookModel) => model.sheets.reduce((k, s) => k + [...s.cells.values()].filter((c) => c.formula).length, 0);

export async function previewBenchmarks(): Promise<{ title: string; rows: Row[] }[]> {
  const rows: Row[] = [];
  for (const n of [9, 400]) {
    const model = await wizardWorkbook(n);
    // the region's status (B9 of the Monitor) as each engine computes it: the same, or the timing means nothing
    const ours = evaluateWorkbook(model).get("Monitor", 8, 1);
    const theirs = evaluateWithHyperFormula(model).value("Monitor", 8, 1);
    if (ours !== theirs) throw new Error(`preview and HyperFormula differ at ${n} municipalities: ${ours} ≠ ${theirs}`);
    // alternately, so a change in the machine's speed hits both
    const preview: number[] = [];
    const peer: number[] = [];
    for (let round = 0; round < 3; round++) {
      preview.push(time(() => evaluateWorkbook(model), { samples: 3, minMs: 20 }).nsPerCall);
      peer.push(once(() => evaluateWithHyperFormula(model)));
    }
    rows.push({
      name: `${n} municipalities (${formulaCells(model)} formula cells)`,
      value: `${(median(preview) / 1e6).toFixed(1)} ms`,
      ratio: median(preview) / median(peer),
      target: { max: 1, label: "< HyperFormula", strict: true },
      note: `HyperFormula ${(median(peer) / 1e6).toFixed(1)} ms`,
    });
  }
  return [{ title: "Preview: one full computation of the wizard's workbook (ratio = preview / HyperFormula, same run)", rows }];
}

if (require.main === module) void previewBenchmarks().then((tables) => tables.forEach((t) => printTable(t.title, t.rows)));
