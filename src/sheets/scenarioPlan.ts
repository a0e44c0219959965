import type { ColumnSource } from "../data/region";
import { address } from "./a1";
import type { CellFormat, PlanCell, SheetPlan } from "./plan";
import { PALETTE } from "./style";
import { GroupBlockPlan, planGroupBlock } from "./groupBlockPlan";
import { groupNeedRef } from "./groupTableColumns";
import { correctionsRef } from "./correctionsColumns";
import { columnRef } from "./tableColumns";
import type { FormulaRefs, ParamKey, ScenarioKey } from "../scenario/columns";
import type { ScenarioModel } from "../scenario/model";
import type { KeyColumn } from "../scenario/settings";
import { Language, percentText } from "../i18n";
import { inLanguages, message } from "../i18n/message";
import { SCENARIO_SHEET_TEXTS } from "../i18n/sheets";
import { COLUMN_NOUNS } from "../scenario/words";
import { SCENARIO_PARAMS, paramSheetLabel } from "../scenario/params";

/**
 * The scenario sheet as a plan, derived from the scenario model: every cell of the block the
 * add-in owns (formulas start with "="), the value each cell shows (the model's numbers: cached
 * results for readers without the add-in), number formats, dropdowns, widths and the chart —
 * computed without Office, so the Excel gateway, the sample workbook (exceljs), the preview and
 * the formula tests (HyperFormula) all write and check the same sheet.
 *
 * The scenario columns are a plain range, not a table: dynamic arrays do not spill inside
 * tables. Each THUIS formula sits in the first data row and spills down over the
 * municipalities; totals are SUM of the cells shown; "niet geplaatst" is THUIS.SHORTFALL
 * against column A. Ranges are written out (B13:B21) rather than spill references (B13#) so
 * that other formula engines read them too.
 *
 * @example
 *   const plan = planScenarioSheet({ model, tableName: "Gemeenten", region: "Regio X", sources, language: "nl" });
 *   plan.cells[plan.dataRow][1];  // "=THUIS.FAIRSHARE($B$3,Gemeenten[Inwonertal],$B$8)"
 *   plan.values[plan.dataRow][1]; // 422
 */
export interface SheetRequest {
  model: ScenarioModel;
  tableName: string;
  /** The `Aandachtsgroepen` table the group block's needs refer to (each group with a `row`); absent: the needs are numbers. */
  groupTable?: string;
  region: string;
  sources: Record<string, ColumnSource>;
  language: Language;
}

/** Scenario cells hold text and numbers (no booleans). */
export type CellValue = Exclude<PlanCell, boolean>;

/** A block filled by one formula's spilled result, from its anchor cell. */
export interface SpillSpec {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface ScenarioPlan extends SheetPlan<CellValue> {
  /** What each cell shows: the computed value of formulas (spilled cells included). */
  values: CellValue[][];
  /** In-cell dropdowns for option parameters. */
  validations: { address: string; choices: string[] }[];
  spills: SpillSpec[];
  /** Rows to freeze (through the header of the scenario table). */
  freezeRows: number;
  /**
   * Chart data (names + the scenario columns whose definition says `chart`, header row included) and where the chart goes: right of the
   * block.
   */
  chart: ChartPlan;
  /**
   * The stacked-bar chart of the group block (one bar per municipality, one series per group), right of the block beside its matrix;
   * null without a matrix (no group block, or its input refused). Its data are the names and the matrix without header (the needs row
   * lies between them), so the series are named from {@link GroupChartPlan.seriesNames}.
   */
  groupChart: GroupChartPlan | null;
  headerRow: number;
  dataRow: number;
  totalsRow: number;
  notPlacedRow: number;
  scenarioColumns: { key: ScenarioKey; column: number; label: string; formula: string }[];
  /** The key columns of a blended key, written beside the scenario columns. */
  keyBlock: { firstColumn: number; columns: number } | null;
  growth: { headerRow: number; firstRow: number; totalsRow: number; years: number[] } | null;
  /** The per-group block (issue 19) when a group has a need; its GROUPSHARE spills municipalities × groups. */
  groupBlock: GroupBlockPlan | null;
  /** Texts the user typed that the plan writes (group names): written as text even when they start with "=". */
  userTexts: string[];
}

/** A chart's data (A1, no sheet), its title and where it goes: its top-left and bottom-right cells. */
export interface ChartPlan {
  dataAddress: string;
  title: string;
  topLeft: string;
  bottomRight: string;
}

/** A chart whose data have no header row: its series' names, in the order of the data's columns. */
export interface GroupChartPlan extends ChartPlan {
  seriesNames: string[];
}

/** The first parameter row (0-based): the parameters follow the title in the order of their definitions (scenario/params.ts). */
const FIRST_PARAM_ROW = 2;
const PARAM_ROWS = Object.fromEntries(SCENARIO_PARAMS.map((p, k) => [p.key, FIRST_PARAM_ROW + k])) as Record<ParamKey, number>;
/** Row of the blended key's factors (B11, C11, …), just under the parameters. */
const FACTORS_ROW = FIRST_PARAM_ROW + SCENARIO_PARAMS.length;
/** The scenario table's header, just above its data. */
const HEADER_ROW = FACTORS_ROW + 1;
/** The chart spans 25 rows and 9 columns, one column right of the block. */
const CHART_ROWS = 24;
const CHART_COLUMNS = 9;

/** A grid of formulas and one of shown values, written together. */
class Grid {
  readonly cells: CellValue[][];
  readonly values: CellValue[][];
  constructor(height: number, width: number) {
    this.cells = Array.from({ length: height }, () => new Array<CellValue>(width).fill(""));
    this.values = Array.from({ length: height }, () => new Array<CellValue>(width).fill(""));
  }
  put(row: number, column: number, cell: CellValue, shown: CellValue | null = cell): void {
    this.cells[row][column] = cell;
    this.values[row][column] = shown ?? "";
  }
  /** A spilled column of values below an anchor formula. */
  spill(row: number, column: number, formula: string, shown: readonly (CellValue | null)[]): void {
    shown.forEach((v, i) => (this.values[row + i][column] = v ?? ""));
    this.cells[row][column] = formula;
  }
}

export function planScenarioSheet(req: SheetRequest): ScenarioPlan {
  const at = layoutOf(req);
  const grid = new Grid(at.height, at.width);
  writeTop(grid, req, at);
  writeScenarioColumns(grid, req, at);
  const s = req.model.settings;
  const w = WORDS[req.language];
  if (s.key)
    planKey(grid, s.key.columns, s.key.factors, {
      keyStart: at.keyStart,
      dataRow: at.dataRow,
      language: req.language,
      refs: at.refs,
      input: req.model.input,
      label: w.keyFactors,
    });
  if (at.growth) writeGrowth(grid, req, at, at.growth);
  if (at.groupBlock) copyBlock(grid, at.groupBlock);
  at.sources.forEach((line, k) => grid.put(at.sourcesRow + k, 0, line));
  return finishPlan(grid, req, at);
}

/** Where every block of the scenario sheet goes, from the number of municipalities, columns, key columns and years. */
interface Layout {
  n: number;
  dataRow: number;
  totalsRow: number;
  notPlacedRow: number;
  /** Sheet column of a scenario column. */
  col: (key: ScenarioKey) => number;
  keyColumns: readonly KeyColumn[];
  keyStart: number;
  refs: FormulaRefs;
  growth: { headerRow: number; firstRow: number; totalsRow: number; years: number[] } | null;
  groupBlock: GroupBlockPlan | null;
  sources: string[];
  sourcesRow: number;
  width: number;
  height: number;
}

function layoutOf(req: SheetRequest): Layout {
  const { model } = req;
  const n = model.input.names.length;
  const keys = model.columns.map((c) => c.key);
  const dataRow = HEADER_ROW + 1;
  const totalsRow = dataRow + n;
  const notPlacedRow = totalsRow + 1;
  const col = (key: ScenarioKey) => 1 + keys.indexOf(key);
  const keyColumns = model.settings.key?.columns ?? [];
  const keyStart = keys.length + 2; // one empty column between the scenarios and the key block
  const refs: FormulaRefs = {
    param: (key) => address(PARAM_ROWS[key], 1, 1, 1, true),
    table: (column) => columnRef(req.tableName, column),
    span: (key) => address(dataRow, col(key), n, 1),
    keyBlock: () => address(dataRow, keyStart, n, keyColumns.length),
    factors: () => address(FACTORS_ROW, 1, 1, keyColumns.length, true),
    corrections: (column) => correctionsRef(column),
    nameCell: (i) => `$A${dataRow + i + 1}`,
  };
  const growthHeader = notPlacedRow + 3;
  const growth = model.growth
    ? { headerRow: growthHeader, firstRow: growthHeader + 1, totalsRow: growthHeader + 1 + n, years: model.growth.years }
    : null;
  const sources = sourceLines(req);
  const groupTop = (growth ? growth.totalsRow : notPlacedRow) + 3;
  const groupBlock = model.groups
    ? planGroupBlock({
        groups: model.groups,
        top: groupTop,
        language: req.language,
        nameFormula: `=${refs.table("name")}`,
        totals: address(dataRow, col(model.groups.honour), n, 1, true),
        keyRef: (column) => refs.table(column),
        needRef: req.groupTable ? (row) => groupNeedRef(req.groupTable!, row) : undefined,
      })
    : null;
  const sourcesRow = groupBlock ? groupTop + groupBlock.height + 1 : (growth ? growth.totalsRow : notPlacedRow) + 2;
  const years = growth?.years.length ?? 0;
  const keyEnd = keyColumns.length ? keyStart + keyColumns.length : 0;
  const width = Math.max(keys.length + 1, years + 1, keyEnd, keyColumns.length + 1, 2, groupBlock?.width ?? 0);
  return {
    n,
    dataRow,
    totalsRow,
    notPlacedRow,
    col,
    keyColumns,
    keyStart,
    refs,
    growth,
    groupBlock,
    sources,
    sourcesRow,
    width,
    height: sourcesRow + sources.length,
  };
}

/** Title and the parameter cells: label, what the cell holds, and what it shows. */
function writeTop(grid: Grid, req: SheetRequest, at: Layout): void {
  const { model, language } = req;
  grid.put(0, 0, `${WORDS[language].title} — ${req.region} ${model.year}`);
  const context = { settings: model.settings, need: model.need, needShareOfLettings: model.needShareOfLettings, language, refs: at.refs };
  for (const p of SCENARIO_PARAMS) {
    const cell = p.cell(context);
    grid.put(PARAM_ROWS[p.key], 0, paramSheetLabel(p, language));
    grid.put(PARAM_ROWS[p.key], 1, cell, p.shown ? p.shown(context) : cell);
  }
}

/** Names, then per scenario column its header, its spilling formula (or one per row), its total and "niet geplaatst". */
function writeScenarioColumns(grid: Grid, req: SheetRequest, at: Layout): void {
  const { model, language } = req;
  const w = WORDS[language];
  grid.put(HEADER_ROW, 0, w.municipality);
  grid.spill(at.dataRow, 0, `=${at.refs.table("name")}`, model.input.names);
  grid.put(at.totalsRow, 0, w.total);
  grid.put(at.notPlacedRow, 0, w.notPlaced);
  const absA = address(at.dataRow, at.col("A"), at.n, 1, true);
  for (const c of model.columns) {
    const column = at.col(c.key);
    grid.put(HEADER_ROW, column, c.def.label(model.labels, language));
    if (c.def.rowFormula) c.values.forEach((v, i) => grid.put(at.dataRow + i, column, c.def.rowFormula!(at.refs, i), v ?? ""));
    else grid.spill(at.dataRow, column, c.def.formula(at.refs, model.settings), c.values);
    grid.put(at.totalsRow, column, `=SUM(${at.refs.span(c.key)})`, c.total);
    if (c.notPlaced !== null) grid.put(at.notPlacedRow, column, `=THUIS.SHORTFALL(${absA},${at.refs.span(c.key)})`, c.notPlaced);
  }
}

/** The per-group block's cells and shown values, at its own rows (it starts in column A). */
function copyBlock(grid: Grid, block: GroupBlockPlan): void {
  const top = block.headerRow - 2;
  block.cells.forEach((row, r) => row.forEach((cell, c) => grid.put(top + r, c, cell, block.values[r][c])));
}

/** The growth path from B to A: one THUIS.GROWTHPATH spilling over municipalities × years, and yearly totals. */
function writeGrowth(grid: Grid, req: SheetRequest, at: Layout, g: NonNullable<Layout["growth"]>): void {
  const w = WORDS[req.language];
  const path = req.model.growth!;
  grid.put(g.headerRow - 1, 0, w.growthTitle);
  grid.put(g.headerRow, 0, w.municipality);
  g.years.forEach((y, k) => grid.put(g.headerRow, 1 + k, y));
  grid.spill(g.firstRow, 0, `=${at.refs.table("name")}`, req.model.input.names);
  const r = at.refs;
  grid.put(g.firstRow, 1, `=THUIS.GROWTHPATH(${r.span("B")},${r.span("A")},${r.param("from")},${r.param("to")})`);
  path.rows.forEach((row, i) => row.forEach((v, k) => (grid.values[g.firstRow + i][1 + k] = v ?? "")));
  grid.put(g.totalsRow, 0, w.total);
  g.years.forEach((_, k) => grid.put(g.totalsRow, 1 + k, `=SUM(${address(g.firstRow, 1 + k, at.n, 1)})`, path.totals[k]));
}

/** Blocks filled by a spilled formula: names, each spilling scenario column, the key columns, the growth path. */
function spillsOf(req: SheetRequest, at: Layout): SpillSpec[] {
  const column = (row: number, c: number, columns = 1) => ({ row, column: c, rows: at.n, columns });
  const spills: SpillSpec[] = [column(at.dataRow, 0)];
  for (const c of req.model.columns) if (!c.def.rowFormula) spills.push(column(at.dataRow, at.col(c.key)));
  at.keyColumns.forEach((_, j) => spills.push(column(at.dataRow, at.keyStart + j)));
  if (at.growth) spills.push(column(at.growth.firstRow, 0), column(at.growth.firstRow, 1, at.growth.years.length));
  if (at.groupBlock) spills.push(...at.groupBlock.spills);
  return spills;
}

/** The fixed formats, each column's own number format, and the blended key's. */
function planFormats(req: SheetRequest, at: Layout): CellFormat[] {
  const g = at.growth;
  const formats = formatsOf({
    n: at.n,
    lastScenario: req.model.columns.length,
    totalsRow: at.totalsRow,
    notPlacedRow: at.notPlacedRow,
    sourcesRow: at.sourcesRow,
    sourceCount: at.sources.length,
    growth: g ? { growthHeader: g.headerRow, growthFirst: g.firstRow, growthTotals: g.totalsRow, years: g.years.length } : null,
  });
  for (const c of req.model.columns)
    if (c.def.numberFormat !== "0")
      formats.push({ address: address(at.dataRow, at.col(c.key), at.n + 1, 1), numberFormat: c.def.numberFormat });
  if (req.model.settings.key)
    formats.push(
      { address: address(FACTORS_ROW, 1, 1, at.keyColumns.length), numberFormat: "0%" },
      { address: address(HEADER_ROW, at.keyStart, 1, at.keyColumns.length), bold: true, fill: PALETTE.keyHeaderFill },
    );
  if (at.groupBlock) formats.push(...at.groupBlock.formats);
  return formats;
}

function finishPlan(grid: Grid, req: SheetRequest, at: Layout): ScenarioPlan {
  const { model, language } = req;
  const s = model.settings;
  const formulaOf = (c: ScenarioModel["columns"][number]) => (c.def.rowFormula ? c.def.rowFormula(at.refs, 0) : c.def.formula(at.refs, s));
  return {
    cells: grid.cells,
    values: grid.values,
    address: address(0, 0, at.height, at.width),
    formats: planFormats(req, at),
    validations: [
      ...SCENARIO_PARAMS.flatMap((p) => (p.choices ? [{ address: address(PARAM_ROWS[p.key], 1), choices: p.choices(language) }] : [])),
      ...(at.groupBlock?.validations ?? []),
    ],
    spills: spillsOf(req, at),
    columnWidths: [{ column: 0, width: 230 }, ...Array.from({ length: at.width - 1 }, (_, k) => ({ column: k + 1, width: 120 }))],
    freezeRows: HEADER_ROW + 1,
    chart: {
      dataAddress: address(HEADER_ROW, 0, at.n + 1, chartedThrough(model.columns, at.col) + 1),
      title: `${WORDS[language].chartTitle} — ${req.region} ${model.year}`,
      topLeft: address(HEADER_ROW, at.width + 1),
      bottomRight: address(HEADER_ROW + CHART_ROWS, at.width + CHART_COLUMNS),
    },
    groupChart: groupChartOf(req, at),
    headerRow: HEADER_ROW,
    dataRow: at.dataRow,
    totalsRow: at.totalsRow,
    notPlacedRow: at.notPlacedRow,
    scenarioColumns: model.columns.map((c) => ({
      key: c.key,
      column: at.col(c.key),
      label: c.def.label(model.labels, language),
      formula: formulaOf(c),
    })),
    keyBlock: s.key ? { firstColumn: at.keyStart, columns: at.keyColumns.length } : null,
    growth: at.growth,
    groupBlock: at.groupBlock,
    userTexts: model.groups ? model.groups.groups.map((g) => g.name) : [],
  };
}

/** The group block's chart: names and matrix, placed right of the block from its title, below the scenario chart. */
function groupChartOf(req: SheetRequest, at: Layout): GroupChartPlan | null {
  const block = at.groupBlock;
  if (!block?.formula || !req.model.groups) return null;
  const groups = req.model.groups.groups;
  const top = Math.max(block.headerRow - 2, HEADER_ROW + CHART_ROWS + 2);
  return {
    dataAddress: address(block.matrixRow, 0, at.n, groups.length + 1),
    title: `${WORDS[req.language].groupChartTitle} — ${req.region} ${req.model.year}`,
    topLeft: address(top, at.width + 1),
    bottomRight: address(top + CHART_ROWS, at.width + CHART_COLUMNS),
    seriesNames: groups.map((g) => g.name),
  };
}

/** The last column of the charted scenarios (their definitions say which; they come first, from column B on). */
function chartedThrough(columns: ScenarioModel["columns"], col: (key: ScenarioKey) => number): number {
  const charted = columns.filter((c) => c.def.chart).map((c) => col(c.key));
  return charted.length === 0 ? 1 : Math.max(...charted);
}

interface KeyPlace {
  keyStart: number;
  dataRow: number;
  language: Language;
  refs: FormulaRefs;
  input: ScenarioModel["input"];
  label: (nouns: string) => string;
}

/** The blended key's factors in the parameter area and its key columns beside the scenarios. */
function planKey(grid: Grid, columns: readonly KeyColumn[], factors: readonly number[], at: KeyPlace): void {
  const nouns = columns.map((c) => COLUMN_NOUNS[at.language][c]);
  grid.put(FACTORS_ROW, 0, at.label(nouns.join(", ")));
  factors.forEach((f, j) => grid.put(FACTORS_ROW, 1 + j, f));
  columns.forEach((c, j) => {
    grid.put(HEADER_ROW, at.keyStart + j, `${percentText(factors[j], at.language)} · ${nouns[j]}`);
    const ref = at.refs.table(c);
    grid.spill(at.dataRow, at.keyStart + j, `=IF(${ref}="","",${ref})`, at.input[c]);
  });
}

const WORDS = inLanguages((language) => ({
  title: message(SCENARIO_SHEET_TEXTS, language, "title"),
  municipality: message(SCENARIO_SHEET_TEXTS, language, "municipality"),
  total: message(SCENARIO_SHEET_TEXTS, language, "total"),
  notPlaced: message(SCENARIO_SHEET_TEXTS, language, "notPlaced"),
  growthTitle: message(SCENARIO_SHEET_TEXTS, language, "growthTitle"),
  chartTitle: message(SCENARIO_SHEET_TEXTS, language, "chartTitle"),
  groupChartTitle: message(SCENARIO_SHEET_TEXTS, language, "groupChartTitle"),
  sources: (year: number) => message(SCENARIO_SHEET_TEXTS, language, "sources", { year }),
  reconstructed: message(SCENARIO_SHEET_TEXTS, language, "reconstructed"),
  footer: message(SCENARIO_SHEET_TEXTS, language, "footer"),
  keyFactors: (nouns: string) => message(SCENARIO_SHEET_TEXTS, language, "keyFactors", { nouns }),
}));

interface FormatRows {
  n: number;
  lastScenario: number;
  totalsRow: number;
  notPlacedRow: number;
  sourcesRow: number;
  sourceCount: number;
  growth: { growthHeader: number; growthFirst: number; growthTotals: number; years: number } | null;
}

function formatsOf(r: FormatRows): CellFormat[] {
  const formats: CellFormat[] = [
    { address: "A1", bold: true },
    ...SCENARIO_PARAMS.flatMap((p) => (p.numberFormat ? [{ address: address(PARAM_ROWS[p.key], 1), numberFormat: p.numberFormat }] : [])),
    { address: address(HEADER_ROW, 0, 1, r.lastScenario + 1), bold: true, fill: PALETTE.headerFill },
    { address: address(HEADER_ROW + 1, 1, r.n + 2, r.lastScenario), numberFormat: "0" },
    { address: address(r.totalsRow, 0, 1, r.lastScenario + 1), bold: true },
    { address: address(r.notPlacedRow, 0, 1, r.lastScenario + 1), bold: true, fontColor: PALETTE.alert },
    { address: address(r.sourcesRow, 0, r.sourceCount, 1), italic: true, fontColor: PALETTE.muted },
  ];
  const g = r.growth;
  if (g) {
    formats.push({ address: address(g.growthHeader - 1, 0), bold: true });
    formats.push({ address: address(g.growthHeader, 0, 1, g.years + 1), bold: true, fill: PALETTE.headerFill });
    formats.push({ address: address(g.growthFirst, 1, r.n + 1, g.years), numberFormat: "0" });
    formats.push({ address: address(g.growthTotals, 0, 1, g.years + 1), bold: true });
  }
  return formats;
}

function sourceLines(req: SheetRequest): string[] {
  const w = WORDS[req.language];
  const lines = [w.sources(req.model.year)];
  for (const source of Object.values(req.sources))
    lines.push(`• ${source[req.language]}${source.reconstructed ? ` [${w.reconstructed}]` : ""}`);
  lines.push(w.footer);
  return lines;
}
