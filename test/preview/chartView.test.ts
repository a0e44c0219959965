/**
 * The preview draws the bar charts the scenario sheet places (issue 19: the group block's
 * stacked bars): the data it draws are the chart's source block as computed — categories from
 * the first column, series named by the writer or by the header row, a blank or text as 0 — and
 * after a real write they are the group block's matrix.
 */
import { chartData } from "../../src/preview/ChartView";
import { evaluateWorkbook } from "../../src/preview/formulas";
import { STEDENDRIEHOEK_2024 } from "../../src/data";
import { DEFAULT_SETTINGS } from "../../src/scenario";
import { installFakeExcel } from "../fake-excel/fakeExcel";
import { WorkbookModel } from "../fake-excel/model";
import { scenarioRequest } from "../excel/gatewayFixtures";

test("chartData: a header row names the series; computed values, a blank or text as 0", () => {
  const model = new WorkbookModel(["Blad"]);
  model.put("Blad", "A1", [
    ["Gemeente", "A", "B"],
    ["Epe", 3, ""],
    ["Heerde", "n.b.", 4],
  ]);
  model.sheet("Blad")!.set(1, 2, { value: 0, formula: "=1+1" });
  const data = chartData(
    { name: "c", type: "BarClustered", source: "Blad!A1:C3", seriesBy: "Columns", title: "t" },
    evaluateWorkbook(model),
  );
  expect(data).toEqual({
    categories: ["Epe", "Heerde"],
    series: [
      { name: "A", values: [3, 0] },
      { name: "B", values: [2, 4] },
    ],
  });
});

test("chartData of the group block's stacked chart after a write: the GROUPSHARE matrix, one series per group", async () => {
  const model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
  const { createExcelGateway } = await import("../../src/excel/gateway");
  const gateway = createExcelGateway();
  await gateway.writeMunicipalityTable(STEDENDRIEHOEK_2024);
  const groups = STEDENDRIEHOEK_2024.groups!.groups.map((g, j) => ({ ...g, need: j === 0 ? 700 : j === 1 ? 470 : null }));
  await gateway.writeScenarioSheet(
    scenarioRequest({ sheetName: "Doel", settings: { ...DEFAULT_SETTINGS, groups: { groups, honour: "A", method: "webster" } } }),
  );
  const chart = model.sheet("Doel")!.charts.find((c) => c.type === "BarStacked")!;
  const data = chartData(chart, evaluateWorkbook(model));
  expect(data.categories).toEqual(STEDENDRIEHOEK_2024.municipalities.map((m) => m.name));
  expect(data.series.map((s) => s.name)).toEqual([groups[0].name, groups[1].name]);
  expect(data.series.map((s) => s.values.reduce((a, b) => a + b, 0))).toEqual([700, 470]);
  // each municipality's stacked bar is its total of column A
  expect(data.categories.map((_, i) => data.series[0].values[i] + data.series[1].values[i])).toEqual([
    422, 53, 259, 87, 63, 122, 84, 32, 48,
  ]);
});
