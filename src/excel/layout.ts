import type { ScenarioSettings } from "../engine/scenario";
import type { ColumnSource } from "../data/region";
import { address } from "./a1";
import { columnRef } from "./tableColumns";

/**
 * The scenario sheet as a plan: every cell (value or formula) of the block the add-in owns,
 * number formats, widths and the chart — computed without Office, so the Excel gateway, the
 * sample workbook (exceljs) and the formula tests (HyperFormula) all write the same sheet.
 *
 * The scenario columns are a plain range, not a table: dynamic arrays do not spill inside
 * tables. Each THUIS formula sits in the first data row and spills down over the municipalities;
 * totals are SUM of the cells shown; "niet geplaatst" is THUIS.SHORTFALL against column A.
 * Ranges are written out (B13:B21) rather than spill references (B13#) so that other formula
 * engines read them too; a re-run of the wizard rewrites them when the region changes size.
 *
 * @example
 *   const plan = planScenarioSheet({ municipalities: 9, tableName: "Gemeenten", ... });
 *   plan.cells[plan.dataRow][1]; // "=THUIS.FAIRSHARE($B$3,Gemeenten[Inwonertal],$B$8)"
 */
export interface LayoutRequest {
  municipalities: number;
  tableName: string;
  settings: ScenarioSettings;
  /** Regional need in households (already resolved from a share, if given as one). */
  need: number;
  region: string;
  year: number;
  sources: Record<string, ColumnSource>;
  /** Include column F (origin has data). */
  withOrigin: boolean;
}

export type CellValue = string | number;

export interface FormatSpec {
  address: string;
  numberFormat?: string;
  bold?: boolean;
  fill?: string;
  fontColor?: string;
  italic?: boolean;
}

export interface ScenarioPlan {
  /** Every cell of the owned block, starting at A1: formulas start with "=". */
  cells: CellValue[][];
  /** The owned block, e.g. "A1:P40". */
  address: string;
  formats: FormatSpec[];
  columnWidths: { column: number; width: number }[];
  /** Rows to freeze (through the header of the scenario table). */
  freezeRows: number;
  /** Chart data: names + scenario columns, header row included. */
  chart: { dataAddress: string; title: string };
  /** Useful positions for tests and the pane. */
  headerRow: number;
  dataRow: number;
  totalsRow: number;
  notPlacedRow: number;
  scenarioColumns: { key: string; column: number; label: string }[];
  growth: { headerRow: number; firstRow: number; totalsRow: number; years: number[] } | null;
}

export const SCENARIO_LABELS: Record<string, string> = {
  A: "A · Verdeling naar inwonertal",
  B: "B · Realisatie",
  C: "C · Max. 30% van de mutaties sociale huur",
  D: "D · Max. 30% van mutaties tot 1e aftoppingsgrens",
  E: "E · Min. 15% uit Wet regie",
  F: "F · Verdeling naar herkomst gemeente",
  S: "Solidariteit (A binnen plafond C)",
};

const P = { need: 2, share: 3, cap: 4, min: 5, rounding: 6, method: 7, from: 8, to: 9 } as const; // parameter rows (0-based)

export function planScenarioSheet(req: LayoutRequest): ScenarioPlan {
  const n = req.municipalities;
  const t = req.tableName;
  const s = req.settings;
  const param = (row: number) => address(row, 1, 1, 1, true); // $B$3 …
  const keys = ["A", "B", "C", "D", "E", ...(req.withOrigin ? ["F"] : []), ...(s.solidarity ? ["S"] : [])];
  const headerRow = 11;
  const dataRow = headerRow + 1;
  const totalsRow = dataRow + n;
  const notPlacedRow = totalsRow + 1;
  const col = (key: string) => 1 + keys.indexOf(key);
  const span = (key: string) => address(dataRow, col(key), n, 1);
  const absSpan = (key: string) => address(dataRow, col(key), n, 1, true);

  const formulaOf: Record<string, string> = {
    A: `=THUIS.FAIRSHARE(${param(P.need)},${columnRef(t, "population")},${param(P.method)})`,
    B: `=${columnRef(t, "realised")}`,
    C: `=THUIS.CAP30(${columnRef(t, "lettingsSocial")},${param(P.cap)},${param(P.rounding)})`,
    D: `=THUIS.CAP30(${columnRef(t, "lettingsCheap")},${param(P.cap)},${param(P.rounding)})`,
    E: `=THUIS.MIN15(${columnRef(t, "lettingsSocial")},${param(P.min)},${param(P.rounding)})`,
    F: `=THUIS.FAIRSHARE(${param(P.need)},${columnRef(t, "origin")},${param(P.method)})`,
    S: `=THUIS.REDISTRIBUTE(${span("A")},${span("C")})`,
  };

  const years = s.growth ? range(s.growth.startYear, s.growth.endYear) : [];
  const growthHeader = notPlacedRow + 3;
  const growthFirst = growthHeader + 1;
  const growthTotals = growthFirst + n;
  const sourcesRow = (s.growth ? growthTotals : notPlacedRow) + 2;
  const sourceLines = sourceText(req);
  const width = Math.max(keys.length + 1, years.length + 1, 2);
  const height = sourcesRow + sourceLines.length;
  const cells: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(""));
  const put = (row: number, column: number, value: CellValue) => (cells[row][column] = value);

  put(0, 0, `Verdeling urgente aandachtsgroepen — ${req.region} ${req.year}`);
  const params: [number, string, CellValue][] = [
    [P.need, "Regionale opgave (huishoudens per jaar)", req.need],
    [P.share, "Opgave als aandeel van de mutaties sociale huur", `=IF(SUM(${columnRef(t, "lettingsSocial")})=0,"",${param(P.need)}/SUM(${columnRef(t, "lettingsSocial")}))`],
    [P.cap, "Maximaal aandeel (C, D)", s.capShare],
    [P.min, "Minimaal aandeel (E, Wet regie)", s.minShare],
    [P.rounding, "Afronding (round, down, up)", s.rounding],
    [P.method, "Verdeelmethode (hamilton, webster, dhondt)", s.method],
    [P.from, "Groeipad: beginjaar", s.growth ? s.growth.startYear : ""],
    [P.to, "Groeipad: eindjaar", s.growth ? s.growth.endYear : ""],
  ];
  for (const [row, label, value] of params) {
    put(row, 0, label);
    put(row, 1, value);
  }

  put(headerRow, 0, "Gemeente");
  put(dataRow, 0, `=${columnRef(t, "name")}`);
  put(totalsRow, 0, "Regio totaal");
  put(notPlacedRow, 0, "Niet geplaatst");
  for (const key of keys) {
    put(headerRow, col(key), SCENARIO_LABELS[key]);
    put(dataRow, col(key), formulaOf[key]);
    put(totalsRow, col(key), `=SUM(${span(key)})`);
    put(notPlacedRow, col(key), `=THUIS.SHORTFALL(${absSpan("A")},${span(key)})`);
  }

  if (s.growth) {
    put(growthHeader - 1, 0, "Groeipad van realisatie (B) naar fair share (A)");
    put(growthHeader, 0, "Gemeente");
    years.forEach((y, k) => put(growthHeader, 1 + k, y));
    put(growthFirst, 0, `=${columnRef(t, "name")}`);
    put(growthFirst, 1, `=THUIS.GROWTHPATH(${span("B")},${span("A")},${param(P.from)},${param(P.to)})`);
    put(growthTotals, 0, "Regio totaal");
    years.forEach((_, k) => put(growthTotals, 1 + k, `=SUM(${address(growthFirst, 1 + k, n, 1)})`));
  }
  sourceLines.forEach((line, k) => put(sourcesRow + k, 0, line));

  const lastScenario = keys.length;
  const formats: FormatSpec[] = [
    { address: "A1", bold: true },
    { address: address(P.share, 1), numberFormat: "0%" },
    { address: address(P.cap, 1, 2, 1), numberFormat: "0%" },
    { address: address(P.need, 1), numberFormat: "0" },
    { address: address(headerRow, 0, 1, lastScenario + 1), bold: true, fill: "#DCE9F7" },
    { address: address(dataRow, 1, n + 2, lastScenario), numberFormat: "0" },
    { address: address(totalsRow, 0, 1, lastScenario + 1), bold: true },
    { address: address(notPlacedRow, 0, 1, lastScenario + 1), bold: true, fontColor: "#A4262C" },
    { address: address(sourcesRow, 0, sourceLines.length, 1), italic: true, fontColor: "#605E5C" },
  ];
  if (s.growth) {
    formats.push({ address: address(growthHeader - 1, 0), bold: true });
    formats.push({ address: address(growthHeader, 0, 1, years.length + 1), bold: true, fill: "#DCE9F7" });
    formats.push({ address: address(growthFirst, 1, n + 1, years.length), numberFormat: "0" });
    formats.push({ address: address(growthTotals, 0, 1, years.length + 1), bold: true });
  }
  return {
    cells,
    address: address(0, 0, height, width),
    formats,
    columnWidths: [{ column: 0, width: 230 }, ...Array.from({ length: width - 1 }, (_, k) => ({ column: k + 1, width: 120 }))],
    freezeRows: headerRow + 1,
    chart: {
      dataAddress: address(headerRow, 0, n + 1, Math.min(lastScenario, col("E")) + 1),
      title: `Scenario's per gemeente — ${req.region} ${req.year}`,
    },
    headerRow,
    dataRow,
    totalsRow,
    notPlacedRow,
    scenarioColumns: keys.map((key) => ({ key, column: col(key), label: SCENARIO_LABELS[key] })),
    growth: s.growth ? { headerRow: growthHeader, firstRow: growthFirst, totalsRow: growthTotals, years } : null,
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

function sourceText(req: LayoutRequest): string[] {
  const lines = [`Bronnen (peiljaar ${req.year}):`];
  for (const source of Object.values(req.sources)) lines.push(`• ${source.nl}${source.reconstructed ? " [gereconstrueerd]" : ""}`);
  lines.push("Alle uitkomsten zijn hele woningen; elk totaal is de som van de getoonde cellen. Gemaakt met Verdeelwijzer (THUIS-functies).");
  return lines;
}

