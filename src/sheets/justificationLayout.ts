/**
 * The "Verantwoording" sheet as a plan (issue 12): every cell, format and width of a
 * print-ready justification of scenario A — the method in words, the parameters, per
 * municipality weight, share of the total, exact quota, whole part, remainder and its rank,
 * the result, the range over the three methods, a sentence per municipality explaining its
 * number, which THUIS formula produced which column, the sources (with "gereconstrueerd"),
 * date and add-in version — plus page-setup hints. Computed without Office from plain data,
 * in the same style as `ScenarioPlan` (src/sheets/scenarioPlan.ts), so the gateway, the sample
 * workbook and the tests all see the same sheet. Values only (every number is computed by
 * the engine's exact traces), except the totals row, which is SUM of the cells above; `values`
 * gives every cell's value for writers that need cached results.
 *
 * @example
 *   const plan = planJustificationSheet({ language: "nl", region: "Regio Stedendriehoek", year: 2024,
 *     names, weights, total: 1170, method: "hamilton", settings, sources, formulas, version: "0.1.0", date: "2026-11-26" });
 *   plan.cells[plan.dataRow][plan.column.quota]; // 422 (Apeldoorn's exact quota)
 */
import type { ColumnSource } from "../data/region";
import type { Rounding } from "../engine/exact";
import {
  DivisorTrace,
  HamiltonTrace,
  MethodName,
  Rational,
  add,
  alabamaParadox,
  describeMethod,
  displayDecimal,
  explainAlabamaCheck,
  explainDivisor,
  explainDivisorChoice,
  explainHamilton,
  methodName,
  methodRange,
  rational,
  toNumber,
  traceDivisor,
  traceHamilton,
} from "../engine/explain";
import { EXPLANATIONS, JUSTIFICATION_LABELS as LABELS, Language, fillTemplate, formatNumber, isoDateText, message } from "../i18n";
import { address } from "./a1";
import { SHARE_PARAMS, paramLabel } from "../scenario/params";
import type { ScenarioSettings, ShareSetting } from "../scenario/settings";
import type { PlanCell, SheetPlan } from "./plan";
import { PlannedRows, heightFor } from "./rows";
import { PALETTE } from "./style";
import { GroupJustification, writeGroupSection } from "./justificationGroups";

/** A cell of the Verantwoording: values only, except the totals row (SUM). */
export type JustificationCell = Exclude<PlanCell, boolean>;

export interface JustificationInput {
  language: Language;
  region: string;
  year: number;
  /** Municipality names, in table order. */
  names: readonly string[];
  /** Weight per municipality (population, or the stated substitute); null = blank, takes no part. */
  weights: readonly (number | null)[];
  /** Header of the weight column, e.g. "Inwonertal 1-1-2023"; default "Gewicht" / "Weight". */
  weightLabel?: string;
  /** Regional need: the total shared in column A. */
  total: number;
  method: MethodName;
  settings: Pick<ScenarioSettings, ShareSetting> & {
    rounding: Rounding;
    solidarity?: boolean;
    growth?: { startYear: number; endYear: number } | null;
  };
  sources: readonly ColumnSource[];
  /** Which THUIS formula produced which column, e.g. { label: "A · Verdeling naar inwonertal", formula: "=THUIS.FAIRSHARE(…)" }. */
  formulas: readonly { label: string; formula: string }[];
  /** Add-in version, e.g. "0.1.0". */
  version: string;
  /** Date of the scenario, ISO "2026-11-26" (shown as 26-11-2026 in Dutch). */
  date: string;
  /** Default "Verantwoording" / "Justification". */
  sheetName?: string;
  /** The scenario sheet this justifies, named on the date line. */
  scenarioSheet?: string;
  /** The per-group block's section (issue 19); absent or null when no group has a need. */
  groups?: GroupJustification | null;
}

export interface JustificationPlan extends SheetPlan<JustificationCell> {
  sheetName: string;
  /** The same block with each formula replaced by its value (cached results for readers without the add-in). */
  values: JustificationCell[][];
  /** Rows whose height should fit wrapped text (merged cells do not autofit), in points. */
  rowHeights: { row: number; height: number }[];
  pageSetup: {
    orientation: "portrait" | "landscape";
    /** Fit to one page wide … */
    fitToPagesWide: 1;
    /** … and as many pages tall as needed (0 = automatic, as Excel's zoom.verticalFitToPages). */
    fitToPagesTall: 0;
    printArea: string;
    /** Rows repeated on every printed page (the table header), e.g. "$20:$20". */
    printTitleRows: string;
    centerHorizontally: boolean;
    /** Header and footer texts with Excel's codes (&P page, &N pages; a literal & is &&). */
    header: { left: string; center: string; right: string };
    footer: { left: string; center: string; right: string };
  };
  /** Positions for tests and the pane. */
  headerRow: number;
  dataRow: number;
  totalsRow: number;
  column: {
    name: number;
    weight: number;
    share: number;
    quota: number;
    whole: number;
    remainder: number;
    rank: number;
    quotient: number | null;
    result: number;
    low: number;
    high: number;
  };
  /** Exact quota per municipality (null where the weight is blank); they add up to `total`. */
  quotas: (Rational | null)[];
  /** Result of column A per municipality (null where the weight is blank). */
  results: (number | null)[];
  /** Explanation sentence per municipality (the pane's "Waarom dit getal?" text). */
  explanations: (string | null)[];
  /** Texts the user typed that the plan writes (group names): written as text even when they start with "=". */
  userTexts: string[];
}

export function planJustificationSheet(input: JustificationInput): JustificationPlan {
  const L = LABELS[input.language];
  const t = tracesOf(input);
  const c = tableColumnsOf(t.divisor !== null);
  const rows = new PlannedRows([{ column: 0, width: 280 }, ...Array.from({ length: c.high }, (_, k) => ({ column: k + 1, width: 92 }))]);
  writeIntroduction(rows, input, t);
  const table = writeTable(rows, input, t, c);
  rows.sentence(fillTemplate(L.exactNote, { total: formatNumber(input.total, input.language) }), true);
  rows.heading(L.sensitivity);
  rows.sentence(explainAlabamaCheck(alabamaParadox(input.total, t.weights), t.textOptions));
  rows.heading(L.explanations);
  table.explanations.forEach((text, i) => {
    if (text !== null) rows.labelled(input.names[i], text);
  });
  if (input.groups) writeGroupSection(rows, input.groups, input.language);
  writeFormulas(rows, input);
  writeSources(rows, input);
  rows.push("");
  rows.sentence(L.footnote, true);
  return finish(rows, input, table, c);
}

/** The engine's exact traces over the municipalities with a weight (they alone take part, as in THUIS.FAIRSHARE). */
interface Traces {
  /** Row (in `input.names`) of each municipality taking part. */
  present: number[];
  weights: number[];
  hamilton: HamiltonTrace;
  divisor: DivisorTrace | null;
  /** The chosen method's trace. */
  main: HamiltonTrace | DivisorTrace;
  ranges: ReturnType<typeof methodRange>;
  textOptions: { lang: Language; names: string[] };
}

function tracesOf(input: JustificationInput): Traces {
  const present = input.weights.flatMap((w, i) => (w === null ? [] : [i]));
  const weights = present.map((i) => input.weights[i] as number);
  const hamilton = traceHamilton(input.total, weights);
  const divisor = input.method === "hamilton" ? null : traceDivisor(input.total, weights, input.method);
  const textOptions = { lang: input.language, names: present.map((i) => input.names[i]) };
  return { present, weights, hamilton, divisor, main: divisor ?? hamilton, ranges: methodRange(input.total, weights), textOptions };
}

/** The table's columns; a divisor method adds "weight ÷ divisor" before the result. */
function tableColumnsOf(divisor: boolean): JustificationPlan["column"] {
  const shift = divisor ? 1 : 0;
  return {
    name: 0,
    weight: 1,
    share: 2,
    quota: 3,
    whole: 4,
    remainder: 5,
    rank: 6,
    quotient: divisor ? 7 : null,
    result: 7 + shift,
    low: 8 + shift,
    high: 9 + shift,
  };
}

/** Title, date and version; the method in words; the parameters (and the divisor found). */
function writeIntroduction(rows: PlannedRows, input: JustificationInput, t: Traces): void {
  const L = LABELS[input.language];
  const title = rows.push(fillTemplate(L.title, { region: input.region, year: input.year }));
  rows.format({ address: address(title, 0), bold: true });
  const ofSheet = input.scenarioSheet ? fillTemplate(L.ofSheet, { sheet: input.scenarioSheet }) : "";
  const made = rows.push(fillTemplate(L.made, { date: isoDateText(input.date, input.language), version: input.version }) + ofSheet);
  rows.format({ address: address(made, 0), italic: true, fontColor: PALETTE.muted });
  rows.heading(L.method);
  rows.sentence(describeMethod(input.method, { lang: input.language }));
  rows.heading(L.parameters);
  const params = parametersOf(input, t).map((p) => ({ ...p, row: rows.push(p.label, p.value) }));
  for (const p of params) if (p.format) rows.format({ address: address(p.row, 1), numberFormat: p.format });
  if (t.divisor) rows.sentence(explainDivisorChoice(t.divisor, t.textOptions), true);
}

function parametersOf(input: JustificationInput, t: Traces): { label: string; value: JustificationCell; format?: string }[] {
  const L = LABELS[input.language];
  const s = input.settings;
  const out: { label: string; value: JustificationCell; format?: string }[] = [
    { label: paramLabel("need", input.language), value: input.total, format: "#,##0" },
    { label: paramLabel("method", input.language), value: methodName(input.method, { lang: input.language }) },
    { label: L.sumWeights, value: toNumber(t.hamilton.sumWeights), format: weightFormat(t.weights) },
  ];
  if (!t.divisor) out.push({ label: L.leftOver, value: t.hamilton.leftOver, format: "0" });
  else if (t.divisor.divisor)
    out.push({ label: L.divisor, value: toNumber(t.divisor.divisor), format: decimalFormat(t.divisor.divisorDecimal?.text ?? "0") });
  out.push(...SHARE_PARAMS.map((p) => ({ label: paramLabel(p.key, input.language), value: s[p.share], format: "0%" })), {
    label: paramLabel("rounding", input.language),
    value: message(EXPLANATIONS, input.language, `rounding.${s.rounding}`),
  });
  if (s.solidarity !== undefined) out.push({ label: L.solidarity, value: s.solidarity ? L.yes : L.no });
  if (s.growth) out.push({ label: L.growth, value: `${s.growth.startYear}–${s.growth.endYear}` });
  return out;
}

type Columns = JustificationPlan["column"];

/** Where the table landed and what its rows hold. */
interface Table {
  headerRow: number;
  dataRow: number;
  totalsRow: number;
  quotas: (Rational | null)[];
  results: (number | null)[];
  explanations: (string | null)[];
  /** Value of each SUM in the totals row, by column. */
  totals: Map<number, number>;
}

/** The table per municipality: header, a row each, totals (SUM of the cells shown), number formats. */
function writeTable(rows: PlannedRows, input: JustificationInput, t: Traces, c: Columns): Table {
  rows.heading(LABELS[input.language].table);
  const headerRow = writeTableHeader(rows, input, t, c);
  const dataRow = rows.cells.length;
  const body = input.names.map((_, i) => writeMunicipality(rows, input, t, c, i));
  const totalsRow = rows.push(LABELS[input.language].totals);
  const quotas = body.map((b) => b.quota);
  const totals = writeTotals(rows, t, c, { dataRow, totalsRow, n: input.names.length }, quotas);
  writeTableFormats(rows, t, c, dataRow, input.names.length);
  return {
    headerRow,
    dataRow,
    totalsRow,
    quotas,
    results: body.map((b) => b.result),
    explanations: body.map((b) => b.explanation),
    totals,
  };
}

function writeTableHeader(rows: PlannedRows, input: JustificationInput, t: Traces, c: Columns): number {
  const L = LABELS[input.language];
  const r = rows.push("");
  const header = rows.cells[r];
  header[c.name] = L.name;
  header[c.weight] = input.weightLabel ?? L.weight;
  header[c.share] = L.share;
  header[c.quota] = L.quota;
  header[c.whole] = L.whole;
  header[c.remainder] = L.remainder;
  header[c.rank] = t.divisor ? `${L.rank} (Hamilton)` : L.rank;
  if (c.quotient !== null) header[c.quotient] = L.quotient;
  header[c.result] = `${L.result}: ${methodName(input.method, { lang: input.language })}`;
  header[c.low] = L.low;
  header[c.high] = L.high;
  rows.format({ address: address(r, 0, 1, rows.width), bold: true, fill: PALETTE.headerFill, wrap: true, borderBottom: true });
  rows.rowHeights.push({ row: r, height: 45 });
  return r;
}

/** Municipality i's row: blank but for its name when it takes no part. */
function writeMunicipality(
  rows: PlannedRows,
  input: JustificationInput,
  t: Traces,
  c: Columns,
  i: number,
): { quota: Rational | null; result: number | null; explanation: string | null } {
  const r = rows.push(input.names[i]);
  const k = t.present.indexOf(i);
  if (k < 0) return { quota: null, result: null, explanation: null };
  const row = rows.cells[r];
  const h = t.hamilton.items[k];
  const w = input.weights[i] as number;
  row[c.weight] = w;
  row[c.share] = input.total > 0 ? toNumber(rational(h.quota.num, h.quota.den * BigInt(input.total))) : shareOf(w, t.weights);
  row[c.quota] = toNumber(h.quota);
  row[c.whole] = h.whole;
  row[c.remainder] = toNumber(h.remainder);
  row[c.rank] = h.remainder.num > 0n ? h.remainderRank : ""; // a zero remainder never gets an extra dwelling
  if (t.divisor && c.quotient !== null) {
    const q = t.divisor.items[k].quotient;
    row[c.quotient] = q ? toNumber(q) : "";
  }
  row[c.result] = t.main.results[k];
  row[c.low] = t.ranges[k].low;
  row[c.high] = t.ranges[k].high;
  const explanation = t.divisor ? explainDivisor(t.divisor, k, t.textOptions) : explainHamilton(t.hamilton, k, t.textOptions);
  return { quota: h.quota, result: t.main.results[k], explanation };
}

/** SUM over the rows above (the value itself when there are no rows); returns each total's value. */
function writeTotals(
  rows: PlannedRows,
  t: Traces,
  c: Columns,
  at: { dataRow: number; totalsRow: number; n: number },
  quotas: readonly (Rational | null)[],
): Map<number, number> {
  const totals = new Map<number, number>();
  const put = (col: number, value: number) => {
    rows.cells[at.totalsRow][col] = at.n > 0 ? `=SUM(${address(at.dataRow, col, Math.max(at.n, 1), 1)})` : value;
    totals.set(col, value);
  };
  put(c.weight, toNumber(t.hamilton.sumWeights));
  put(c.share, 1);
  put(c.quota, toNumber(quotas.reduce<Rational>((s, q) => (q ? add(s, q) : s), rational(0))));
  put(c.whole, t.hamilton.wholeSum);
  put(c.remainder, t.hamilton.leftOver);
  put(
    c.result,
    t.main.results.reduce((a, b) => a + b, 0),
  );
  rows.format({ address: address(at.totalsRow, 0, 1, rows.width), bold: true, borderBottom: true });
  return totals;
}

/** Number formats per column, rows and totals together; quotas with as many decimals as they need. */
function writeTableFormats(rows: PlannedRows, t: Traces, c: Columns, dataRow: number, n: number): void {
  const fixed = (decimals: number) => `0.${"0".repeat(decimals)}`;
  const quotaDecimals = decimalsFor(t.hamilton.items.flatMap((h) => [h.quota, h.remainder]));
  const body = (col: number, numberFormat: string) => rows.format({ address: address(dataRow, col, n + 1, 1), numberFormat });
  body(c.weight, weightFormat(t.weights));
  body(c.share, "0.00%");
  body(c.quota, fixed(quotaDecimals));
  body(c.whole, "#,##0");
  body(c.remainder, fixed(quotaDecimals));
  body(c.rank, "0");
  if (t.divisor && c.quotient !== null)
    body(c.quotient, fixed(decimalsFor(t.divisor.items.flatMap((it) => (it.quotient ? [it.quotient] : [])))));
  body(c.result, "#,##0");
  body(c.low, "#,##0");
  body(c.high, "#,##0");
}

/** Which THUIS formula produced which scenario column (as text, without "="). */
function writeFormulas(rows: PlannedRows, input: JustificationInput): void {
  const L = LABELS[input.language];
  rows.heading(L.formulas);
  rows.tableHeader(L.formulaColumn, L.formulaText);
  for (const f of input.formulas) rows.labelled(f.label, f.formula.replace(/^=/, ""));
}

/** Columns A–G hold a source's text (merged); H its reference year, I whether it was reconstructed. */
const SOURCE_TEXT_COLUMNS = 7;

function writeSources(rows: PlannedRows, input: JustificationInput): void {
  const L = LABELS[input.language];
  const gap = new Array<string>(SOURCE_TEXT_COLUMNS - 1).fill("");
  rows.heading(L.sources);
  rows.tableHeader(L.source, ...gap, L.sourceYear, L.reconstructed);
  for (const s of input.sources) {
    const text = s[input.language];
    const r = rows.push(text, ...gap, s.year ?? "", s.reconstructed ? L.yes : L.no);
    rows.format({ address: address(r, 0, 1, SOURCE_TEXT_COLUMNS), merge: true, wrap: true });
    rows.rowHeights.push({ row: r, height: heightFor(text, rows.widthOf(0, SOURCE_TEXT_COLUMNS)) });
  }
}

function finish(rows: PlannedRows, input: JustificationInput, table: Table, c: Columns): JustificationPlan {
  const cells = rows.cells as JustificationCell[][];
  const values = cells.map((r, row) => r.map((v, col) => (row === table.totalsRow ? (table.totals.get(col) ?? v) : v)));
  const blockAddress = address(0, 0, cells.length, rows.width);
  return {
    sheetName: input.sheetName ?? LABELS[input.language].sheet,
    cells,
    values,
    address: blockAddress,
    formats: rows.formats,
    columnWidths: [...rows.columnWidths],
    rowHeights: rows.rowHeights,
    pageSetup: pageSetupOf(input, blockAddress, table.headerRow),
    headerRow: table.headerRow,
    dataRow: table.dataRow,
    totalsRow: table.totalsRow,
    column: c,
    quotas: table.quotas,
    results: table.results,
    explanations: table.explanations,
    userTexts: [...input.names, ...(input.groups ? input.groups.groups.map((g) => g.name) : [])],
  };
}

/** Landscape, one page wide, the table header repeated, title in the header, version, date and page in the footer. */
function pageSetupOf(input: JustificationInput, printArea: string, headerRow: number): JustificationPlan["pageSetup"] {
  const L = LABELS[input.language];
  const escape = (s: string) => s.replace(/&/g, "&&"); // a literal & in Excel's header codes
  const date = isoDateText(input.date, input.language);
  return {
    orientation: "landscape",
    fitToPagesWide: 1,
    fitToPagesTall: 0,
    printArea,
    printTitleRows: `$${headerRow + 1}:$${headerRow + 1}`,
    centerHorizontally: true,
    header: { left: "", center: escape(fillTemplate(L.title, { region: input.region, year: input.year })), right: "" },
    footer: { left: escape(`Verdeelwijzer ${input.version} · ${date}`), center: "", right: L.page },
  };
}

/** Share of the total weight as a double (for a % cell). */
function shareOf(w: number, weights: readonly number[]): number {
  const sum = weights.reduce((a, b) => a + b, 0);
  return sum > 0 ? w / sum : 0;
}

/** "#,##0" for whole weights, else with the decimals the weights have (at most 6). */
function weightFormat(weights: readonly number[]): string {
  let decimals = 0;
  for (const w of weights) {
    const text = String(w);
    const dot = text.indexOf(".");
    if (dot >= 0 && !/e/i.test(text)) decimals = Math.max(decimals, text.length - dot - 1);
  }
  decimals = Math.min(decimals, 6);
  return decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(decimals)}`;
}

function decimalFormat(text: string): string {
  const decimals = (text.split(".")[1] ?? "").length;
  return decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(decimals)}`;
}

/** Decimals (2 to 6) so that no value shows as a whole number it is not. */
function decimalsFor(values: readonly Rational[]): number {
  let decimals = 2;
  for (const v of values) {
    const shown = displayDecimal(v, 2, 1, 6).text;
    decimals = Math.max(decimals, (shown.split(".")[1] ?? "").length);
  }
  return Math.min(decimals, 6);
}
