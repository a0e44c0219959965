import { address } from "./a1";
import { CHART, Ctx, FIRST_YEAR_COLUMN, KEY } from "./monitorGeometry";
import type { DataValidationSpec, LineChartSpec } from "./monitorTypes";

/** The chart spans 18 rows and 8 columns from its top-left cell, right of the years. */
const CHART_ROWS = 18;
const CHART_COLUMNS = 8;

/** The line chart of the region's target and realised per year, from the chart's data rows. */
export function chartOf(ctx: Ctx): LineChartSpec {
  const years = ctx.years.length;
  const anchorColumn = Math.max(ctx.lastYc + 2, 6);
  const values = (row: number) => address(row, FIRST_YEAR_COLUMN, 1, years);
  return {
    type: "line",
    title: `${ctx.text.chartTitle} — ${ctx.req.region}`,
    dataAddress: address(CHART.header, KEY, 3, years + 1),
    seriesBy: "rows",
    categoriesAddress: values(CHART.header),
    series: [
      { name: ctx.text.series[0], valuesAddress: values(CHART.target) },
      { name: ctx.text.series[1], valuesAddress: values(CHART.realised) },
    ],
    anchor: address(0, anchorColumn),
    bottomRight: address(CHART_ROWS - 1, anchorColumn + CHART_COLUMNS - 1),
  };
}

/** Whole numbers of 0 or more (or blank) in the realised cells, with a prompt and a stop alert. */
export function validationOf(ctx: Ctx, realised: string): DataValidationSpec {
  const [title, prompt, error] = ctx.text.validation;
  return {
    address: realised,
    rule: { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
    ignoreBlanks: true,
    prompt: { showPrompt: true, title, message: prompt },
    errorAlert: { showAlert: true, style: "Stop", title, message: error },
  };
}
