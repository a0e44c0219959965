/**
 * The "Verantwoording" sheet as a plan (issue 12): every cell, format and width of a
 * print-ready justification of scenario A — the method in words, the parameters, per
 * municipality weight, share of the total, exact quota, whole part, remainder and its rank,
 * the result, the range over the three methods, a sentence per municipality explaining its
 * number, which THUIS formula produced which column, the sources (with "gereconstrueerd"),
 * date and add-in version — plus page-setup hints. Computed without Office from plain data,
 * in the same style as `ScenarioPlan` (src/excel/layout.ts), so the gateway, the sample
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
import { EXPLANATIONS, Language, fillTemplate, formatNumber, isoDateText, message } from "../i18n";
import { address } from "./a1";

export type JustificationCell = string | number;

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
  settings: {
    capShare: number;
    minShare: number;
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
}

export interface JustificationFormat {
  address: string;
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fill?: string;
  fontColor?: string;
  /** Wrap text in the cell (long sentences). */
  wrap?: boolean;
  /** Merge the block into one cell (long sentences across the table's width). */
  merge?: boolean;
  /** Thin border under the block (header and totals). */
  borderBottom?: boolean;
}

export interface JustificationPlan {
  sheetName: string;
  /** Every cell of the owned block, starting at A1: formulas start with "=". */
  cells: JustificationCell[][];
  /** The same block with each formula replaced by its value (cached results for readers without the add-in). */
  values: JustificationCell[][];
  /** The owned block, e.g. "A1:K48". */
  address: string;
  formats: JustificationFormat[];
  columnWidths: { column: number; width: number }[];
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
}

const LABELS = {
  nl: {
    sheet: "Verantwoording",
    title: "Verantwoording verdeling urgente aandachtsgroepen — {region} {year}",
    made: "Opgesteld op {date} met Verdeelwijzer {version}",
    ofSheet: ", bij scenarioblad '{sheet}'",
    method: "Methode",
    parameters: "Parameters",
    need: "Regionale opgave (huishoudens per jaar)",
    methodParam: "Verdeelmethode (kolom A)",
    sumWeights: "Som van de gewichten",
    leftOver: "Woningen over na de hele delen (naar de grootste resten)",
    divisor: "Deler",
    divisorNote: "Toelichting deler",
    cap: "Maximaal aandeel (C, D)",
    min: "Minimaal aandeel (E, Wet regie)",
    rounding: "Afronding (C, D, E)",
    solidarity: "Solidariteit (A binnen plafond C)",
    yes: "ja",
    no: "nee",
    growth: "Groeipad",
    table: "Verdeling per gemeente (kolom A)",
    name: "Gemeente",
    weight: "Gewicht",
    share: "Aandeel van het totaal",
    quota: "Exact quotum",
    whole: "Heel deel",
    remainder: "Rest",
    rank: "Rang van de rest",
    quotient: "Gewicht ÷ deler",
    result: "Uitkomst A",
    low: "Laagste (3 methoden)",
    high: "Hoogste (3 methoden)",
    totals: "Totaal",
    exactNote:
      "Quota en resten zijn exact berekend (breuken) en hier afgerond getoond; de som van de exacte quota is precies {total}. Rang van de rest: grotere rest eerst, bij gelijke rest het grotere gewicht, daarna de eerdere plaats.",
    sensitivity: "Gevoeligheid voor de methode",
    explanations: "Toelichting per gemeente",
    formulas: "Formules (THUIS-functies) per kolom",
    formulaColumn: "Kolom",
    formulaText: "Formule (zonder =)",
    sources: "Bronnen",
    source: "Bron",
    sourceYear: "Peiljaar",
    reconstructed: "Gereconstrueerd",
    footnote:
      "Alle uitkomsten zijn hele woningen; elk totaal is de som van de getoonde cellen. Gemaakt met Verdeelwijzer (THUIS-functies).",
    page: "Pagina &P van &N",
  },
  en: {
    sheet: "Justification",
    title: "Justification of the allocation of urgent target groups — {region} {year}",
    made: "Prepared on {date} with Verdeelwijzer {version}",
    ofSheet: ", for scenario sheet '{sheet}'",
    method: "Method",
    parameters: "Parameters",
    need: "Regional need (households per year)",
    methodParam: "Allocation method (column A)",
    sumWeights: "Sum of the weights",
    leftOver: "Dwellings left after the whole parts (to the largest remainders)",
    divisor: "Divisor",
    divisorNote: "About the divisor",
    cap: "Maximum share (C, D)",
    min: "Minimum share (E, Wet regie)",
    rounding: "Rounding (C, D, E)",
    solidarity: "Solidarity (A within cap C)",
    yes: "yes",
    no: "no",
    growth: "Growth path",
    table: "Allocation per municipality (column A)",
    name: "Municipality",
    weight: "Weight",
    share: "Share of the total",
    quota: "Exact quota",
    whole: "Whole part",
    remainder: "Remainder",
    rank: "Remainder rank",
    quotient: "Weight ÷ divisor",
    result: "Result A",
    low: "Lowest (3 methods)",
    high: "Highest (3 methods)",
    totals: "Total",
    exactNote:
      "Quotas and remainders are computed exactly (fractions) and shown rounded here; the exact quotas add up to exactly {total}. Remainder rank: larger remainder first, on equal remainders the larger weight, then the earlier position.",
    sensitivity: "Sensitivity to the method",
    explanations: "Explanation per municipality",
    formulas: "Formulas (THUIS functions) per column",
    formulaColumn: "Column",
    formulaText: "Formula (without =)",
    sources: "Sources",
    source: "Source",
    sourceYear: "Reference year",
    reconstructed: "Reconstructed",
    footnote: "All results are whole dwellings; every total is the sum of the cells shown. Made with Verdeelwijzer (THUIS functions).",
    page: "Page &P of &N",
  },
} as const;

const HEADER_FILL = "#DCE9F7";
const MUTED = "#605E5C";

export function planJustificationSheet(input: JustificationInput): JustificationPlan {
  const lang = input.language;
  const L = LABELS[lang];
  const date = isoDateText(input.date, lang);

  // Only municipalities with a weight take part (as THUIS.FAIRSHARE): traces on those.
  const present = input.weights.flatMap((w, i) => (w === null ? [] : [i]));
  const weights = present.map((i) => input.weights[i] as number);
  const presentNames = present.map((i) => input.names[i]);
  const hamilton = traceHamilton(input.total, weights);
  const divisor: DivisorTrace | null = input.method === "hamilton" ? null : traceDivisor(input.total, weights, input.method);
  const ranges = methodRange(input.total, weights);
  const main: HamiltonTrace | DivisorTrace = divisor ?? hamilton;
  const textOptions = { lang, names: presentNames };
  const explanationOf = (k: number) => (divisor ? explainDivisor(divisor, k, textOptions) : explainHamilton(hamilton, k, textOptions));

  // columns
  const c = {
    name: 0,
    weight: 1,
    share: 2,
    quota: 3,
    whole: 4,
    remainder: 5,
    rank: 6,
    quotient: divisor ? 7 : null,
    result: divisor ? 8 : 7,
    low: divisor ? 9 : 8,
    high: divisor ? 10 : 9,
  };
  const width = c.high + 1;

  const rows: JustificationCell[][] = [];
  const formats: JustificationFormat[] = [];
  const rowHeights: { row: number; height: number }[] = [];
  const blankRow = () => new Array<JustificationCell>(width).fill("");
  const push = (...cells: JustificationCell[]) => {
    const row = blankRow();
    cells.forEach((v, k) => (row[k] = v));
    rows.push(row);
    return rows.length - 1;
  };
  /** A long sentence in column A merged across the table's width. */
  const sentence = (text: string, italic = false) => {
    const r = push(text);
    formats.push({
      address: address(r, 0, 1, width),
      merge: true,
      wrap: true,
      italic: italic || undefined,
      fontColor: italic ? MUTED : undefined,
    });
    rowHeights.push({ row: r, height: heightFor(text, totalWidth) });
    return r;
  };
  const heading = (text: string) => {
    push("");
    const r = push(text);
    formats.push({ address: address(r, 0), bold: true });
    return r;
  };

  const columnWidths = [{ column: 0, width: 280 }, ...Array.from({ length: width - 1 }, (_, k) => ({ column: k + 1, width: 92 }))];
  const totalWidth = columnWidths.reduce((s, x) => s + x.width, 0);

  // Title, date and version
  const titleRow = push(fillTemplate(L.title, { region: input.region, year: input.year }));
  formats.push({ address: address(titleRow, 0), bold: true });
  const madeRow = push(
    fillTemplate(L.made, { date, version: input.version }) +
      (input.scenarioSheet ? fillTemplate(L.ofSheet, { sheet: input.scenarioSheet }) : ""),
  );
  formats.push({ address: address(madeRow, 0), italic: true, fontColor: MUTED });

  // Method in words
  heading(L.method);
  sentence(describeMethod(input.method, { lang }));

  // Parameters
  heading(L.parameters);
  const paramRows: { row: number; format?: string }[] = [];
  const param = (label: string, value: JustificationCell, format?: string) => paramRows.push({ row: push(label, value), format });
  param(L.need, input.total, "#,##0");
  param(L.methodParam, methodName(input.method, { lang }));
  param(L.sumWeights, toNumber(hamilton.sumWeights), weightFormat(weights));
  if (divisor) {
    if (divisor.divisor) param(L.divisor, toNumber(divisor.divisor), decimalFormat(divisor.divisorDecimal?.text ?? "0"));
  } else {
    param(L.leftOver, hamilton.leftOver, "0");
  }
  param(L.cap, input.settings.capShare, "0%");
  param(L.min, input.settings.minShare, "0%");
  param(L.rounding, message(EXPLANATIONS, lang, `rounding.${input.settings.rounding}`));
  if (input.settings.solidarity !== undefined) param(L.solidarity, input.settings.solidarity ? L.yes : L.no);
  if (input.settings.growth) param(L.growth, `${input.settings.growth.startYear}–${input.settings.growth.endYear}`);
  for (const p of paramRows) if (p.format) formats.push({ address: address(p.row, 1), numberFormat: p.format });
  if (divisor) sentence(explainDivisorChoice(divisor, textOptions), true);

  // The table
  heading(L.table);
  const headerRow = push("");
  const header = rows[headerRow];
  header[c.name] = L.name;
  header[c.weight] = input.weightLabel ?? L.weight;
  header[c.share] = L.share;
  header[c.quota] = L.quota;
  header[c.whole] = L.whole;
  header[c.remainder] = L.remainder;
  header[c.rank] = divisor ? `${L.rank} (Hamilton)` : L.rank;
  if (c.quotient !== null) header[c.quotient] = L.quotient;
  header[c.result] = `${L.result}: ${methodName(input.method, { lang })}`;
  header[c.low] = L.low;
  header[c.high] = L.high;
  formats.push({ address: address(headerRow, 0, 1, width), bold: true, fill: HEADER_FILL, wrap: true, borderBottom: true });
  rowHeights.push({ row: headerRow, height: 45 });

  const dataRow = rows.length;
  const n = input.names.length;
  const quotas: (Rational | null)[] = new Array(n).fill(null);
  const results: (number | null)[] = new Array(n).fill(null);
  const explanations: (string | null)[] = new Array(n).fill(null);
  const sumW = hamilton.sumWeights;
  for (let i = 0; i < n; i++) {
    const row = blankRow();
    row[c.name] = input.names[i];
    const k = present.indexOf(i);
    if (k >= 0) {
      const h = hamilton.items[k];
      const w = input.weights[i] as number;
      row[c.weight] = w;
      row[c.share] = input.total > 0 ? toNumber(rational(h.quota.num, h.quota.den * BigInt(input.total))) : shareOf(w, weights);
      row[c.quota] = toNumber(h.quota);
      row[c.whole] = h.whole;
      row[c.remainder] = toNumber(h.remainder);
      row[c.rank] = h.remainder.num > 0n ? h.remainderRank : ""; // a zero remainder never gets an extra dwelling
      if (divisor && c.quotient !== null) {
        const q = divisor.items[k].quotient;
        row[c.quotient] = q ? toNumber(q) : "";
      }
      row[c.result] = main.results[k];
      row[c.low] = ranges[k].low;
      row[c.high] = ranges[k].high;
      quotas[i] = h.quota;
      results[i] = main.results[k];
      explanations[i] = explanationOf(k);
    }
    rows.push(row);
  }
  const totalsRow = push(L.totals);
  const sumOf = (col: number) => `=SUM(${address(dataRow, col, Math.max(n, 1), 1)})`;
  const totalValues = new Map<number, number>();
  const putTotal = (col: number, value: number) => {
    rows[totalsRow][col] = n > 0 ? sumOf(col) : value;
    totalValues.set(col, value);
  };
  putTotal(c.weight, toNumber(sumW));
  putTotal(c.share, 1);
  putTotal(c.quota, toNumber(quotas.reduce<Rational>((s, q) => (q ? add(s, q) : s), rational(0))));
  putTotal(c.whole, hamilton.wholeSum);
  putTotal(c.remainder, hamilton.leftOver);
  putTotal(
    c.result,
    main.results.reduce((a, b) => a + b, 0),
  );
  formats.push({ address: address(totalsRow, 0, 1, width), bold: true, borderBottom: true });

  // number formats of the table
  const quotaDecimals = decimalsFor(hamilton.items.flatMap((h) => [h.quota, h.remainder]));
  const body = (col: number, numberFormat: string) => formats.push({ address: address(dataRow, col, n + 1, 1), numberFormat });
  body(c.weight, weightFormat(weights));
  body(c.share, "0.00%");
  body(c.quota, `0.${"0".repeat(quotaDecimals)}`);
  body(c.whole, "#,##0");
  body(c.remainder, `0.${"0".repeat(quotaDecimals)}`);
  body(c.rank, "0");
  if (divisor && c.quotient !== null)
    body(c.quotient, `0.${"0".repeat(decimalsFor(divisor.items.flatMap((it) => (it.quotient ? [it.quotient] : []))))}`);
  body(c.result, "#,##0");
  body(c.low, "#,##0");
  body(c.high, "#,##0");
  sentence(fillTemplate(L.exactNote, { total: formatNumber(input.total, lang) }), true);

  // Sensitivity (Hamilton's Alabama paradox at this total)
  heading(L.sensitivity);
  sentence(explainAlabamaCheck(alabamaParadox(input.total, weights), textOptions));

  // Explanation per municipality
  heading(L.explanations);
  for (let i = 0; i < n; i++) {
    const text = explanations[i];
    if (text === null) continue;
    const r = push(input.names[i], text);
    formats.push({ address: address(r, 1, 1, width - 1), merge: true, wrap: true });
    rowHeights.push({ row: r, height: heightFor(text, totalWidth - columnWidths[0].width) });
  }

  // Formulas
  heading(L.formulas);
  const formulaHeader = push(L.formulaColumn, L.formulaText);
  formats.push({ address: address(formulaHeader, 0, 1, width), bold: true, fill: HEADER_FILL });
  for (const f of input.formulas) {
    const text = f.formula.replace(/^=/, "");
    const r = push(f.label, text);
    formats.push({ address: address(r, 1, 1, width - 1), merge: true, wrap: true });
    rowHeights.push({ row: r, height: heightFor(text, totalWidth - columnWidths[0].width) });
  }

  // Sources
  heading(L.sources);
  const sourceHeader = push(L.source, "", "", "", "", "", "", L.sourceYear, L.reconstructed);
  formats.push({ address: address(sourceHeader, 0, 1, width), bold: true, fill: HEADER_FILL });
  for (const s of input.sources) {
    const text = s[lang];
    const r = push(text, "", "", "", "", "", "", s.year ?? "", s.reconstructed ? L.yes : L.no);
    formats.push({ address: address(r, 0, 1, 7), merge: true, wrap: true });
    rowHeights.push({
      row: r,
      height: heightFor(
        text,
        columnWidths.slice(0, 7).reduce((a, b) => a + b.width, 0),
      ),
    });
  }
  push("");
  sentence(L.footnote, true);

  // every row as wide as the block
  const cells = rows.map((r) => (r.length < width ? [...r, ...new Array(width - r.length).fill("")] : r.slice(0, width)));
  const values = cells.map((r, row) =>
    r.map((v, col) => (row === totalsRow && totalValues.has(col) ? (totalValues.get(col) as number) : v)),
  );
  const blockAddress = address(0, 0, cells.length, width);
  const escape = (s: string) => s.replace(/&/g, "&&");
  return {
    sheetName: input.sheetName ?? L.sheet,
    cells,
    values,
    address: blockAddress,
    formats,
    columnWidths,
    rowHeights,
    pageSetup: {
      orientation: "landscape",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      printArea: blockAddress,
      printTitleRows: `$${headerRow + 1}:$${headerRow + 1}`,
      centerHorizontally: true,
      header: { left: "", center: escape(fillTemplate(L.title, { region: input.region, year: input.year })), right: "" },
      footer: { left: escape(`Verdeelwijzer ${input.version} · ${date}`), center: "", right: L.page },
    },
    headerRow,
    dataRow,
    totalsRow,
    column: c,
    quotas,
    results,
    explanations,
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

/** Row height (points) for wrapped text in a block `widthPx` wide: about 6.5 px per character, 15 pt a line. */
function heightFor(text: string, widthPx: number): number {
  const perLine = Math.max(10, Math.floor(widthPx / 6.5));
  const lines = Math.max(1, Math.ceil(text.length / perLine));
  return 15 * lines + 3;
}
