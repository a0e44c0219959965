import { tokens } from "@fluentui/react-components";
import { parseAddress } from "../sheets/a1";
import type { WorkbookValues } from "./formulas";
import type { ChartModel } from "./workbookModel";

/** Series colours, in order (as Excel's default palette cycles them). */
const COLOURS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47", "#264478", "#9E480E", "#636363", "#997300"];
const BAR = 12;
const GAP = 6;
const LABEL = 96;
const WIDTH = 420;

/** A chart's data as the preview draws it: categories (first column), series names and values (0 where not a number). */
export interface ChartData {
  categories: string[];
  series: { name: string; values: number[] }[];
}

/**
 * The data of a bar chart over its source block, read from the computed values: the first
 * column names the categories; the series are the other columns, named by the writer
 * (`seriesNames`, data without a header) or by the block's first row.
 *
 * @example
 *   chartData({ source: "Blad!A1:C3", seriesNames: ["x", "y"], … }, values); // categories A1:A3; series x = B1:B3, y = C1:C3
 */
export function chartData(chart: ChartModel, values: WorkbookValues): ChartData {
  const bang = chart.source.lastIndexOf("!");
  const sheet = chart.source
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  const b = parseAddress(chart.source.slice(bang + 1));
  const get = (r: number, c: number) => values.get(sheet, b.row + r, b.column + c);
  const header = chart.seriesNames ? null : 0;
  const first = header === null ? 0 : 1;
  const rows = Array.from({ length: b.rows - first }, (_, k) => first + k);
  const series = Array.from({ length: b.columns - 1 }, (_, s) => ({
    name: chart.seriesNames?.[s] ?? String(get(0, s + 1) ?? ""),
    values: rows.map((r) => {
      const v = get(r, s + 1);
      return typeof v === "number" && v > 0 ? v : 0;
    }),
  }));
  return { categories: rows.map((r) => String(get(r, 0) ?? "")), series };
}

/**
 * A bar chart of the simulated workbook drawn as Excel would show it (bars per category,
 * stacked or side by side, with a legend), so the preview shows the chart the writer placed.
 */
export function ChartView({ chart, values }: { chart: ChartModel; values: WorkbookValues }) {
  const data = chartData(chart, values);
  const stacked = chart.type === "BarStacked";
  // side by side, a category's bars share about two bar heights (thin bars, as Excel's clustered bars)
  const thin = Math.max(3, Math.floor((2 * BAR) / Math.max(1, data.series.length)));
  const perCategory = stacked ? BAR : thin * Math.max(1, data.series.length);
  const totals = data.categories.map((_, i) =>
    stacked ? data.series.reduce((s, x) => s + x.values[i], 0) : Math.max(0, ...data.series.map((x) => x.values[i])),
  );
  const scale = (WIDTH - LABEL - 8) / Math.max(1, ...totals);
  const height = data.categories.length * (perCategory + GAP);
  return (
    <figure style={{ margin: 0 }}>
      <figcaption style={{ fontSize: "12px", fontWeight: 600 }}>{chart.title}</figcaption>
      <svg width={WIDTH} height={height} role="img" aria-label={chart.title}>
        {data.categories.map((name, i) => {
          const y = i * (perCategory + GAP);
          let x = LABEL;
          return (
            <g key={i}>
              <text x={LABEL - 4} y={y + perCategory / 2 + 4} textAnchor="end" fontSize="11" fill={tokens.colorNeutralForeground1}>
                {name}
              </text>
              {data.series.map((s, k) => {
                const w = s.values[i] * scale;
                const bar = stacked ? { x, y } : { x: LABEL, y: y + k * thin };
                if (stacked) x += w;
                const h = stacked ? BAR - 1 : thin;
                return <rect key={k} x={bar.x} y={bar.y} width={w} height={h} fill={COLOURS[k % COLOURS.length]} />;
              })}
            </g>
          );
        })}
      </svg>
      <ul
        style={{
          display: "flex",
          flexWrap: "wrap",
          gap: "2px 10px",
          margin: 0,
          padding: 0,
          listStyle: "none",
          fontSize: "11px",
          maxWidth: WIDTH,
        }}
      >
        {data.series.map((s, k) => (
          <li key={k} style={{ display: "flex", alignItems: "center", gap: "4px", maxWidth: WIDTH / 2, overflow: "hidden" }}>
            <span style={{ width: 10, height: 10, flex: "none", background: COLOURS[k % COLOURS.length] }} />
            <span style={{ whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" }}>{s.name}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
