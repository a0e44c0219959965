import { isUnknownMarker } from "./sourceValue";

/**
 * Finds the table inside a region's own sheet: the header row below any title rows, the
 * municipality rows, and the rows that are *not* municipalities — titles, a totals row
 * ("Totaal", "Regio Stedendriehoek", or a row that is the sum of the rows above), footnotes
 * ("Bron: …", "* voorlopige cijfers", "1) …") and empty rows — each left out with its reason so
 * the pane can say which rows were skipped and why.
 *
 * Rows and columns are 0-based indices into `cells` (the values of the range as Excel gives
 * them; a merged cell's value sits in its top-left cell, the others are blank).
 *
 * @example
 *   detectLayout([
 *     ["Verhuringen 2024", "", ""],
 *     ["Gemeente", "Inwoners", "Verhuringen sociale huur"],
 *     ["Epe", 33000, 180],
 *     ["Hattem", 12000, "n.b."],
 *     ["Totaal", 45000, 180],
 *     ["Bron: corporaties", "", ""],
 *   ]);
 *   // { headerRow: 1, headers: ["Gemeente", "Inwoners", "Verhuringen sociale huur"], nameColumn: 0,
 *   //   dataRows: [2, 3], left: [{row 0 title}, {row 4 total}, {row 5 footnote}] }
 */
export interface SourceLayout {
  /** Index of the header row, or null when no row looks like a header. */
  headerRow: number | null;
  /** One header text per column (a two-row header joined: "Verhuringen 2024"). */
  headers: string[];
  /** The column holding the municipality names. */
  nameColumn: number | null;
  /** Rows holding one municipality each. */
  dataRows: number[];
  /** Rows left out, with why. */
  left: LeftRow[];
}

export type LeftReason = "title" | "total" | "footnote" | "empty";
export interface LeftRow {
  row: number;
  reason: LeftReason;
  /** The row's first text, to show the user which row it was. */
  text: string;
}

const TOTAL_NAME = /^(totaal|total|totalen|subtotaal|som|generaal|eindtotaal|gemiddeld|average|overall|regio|region)\b/i;
const FOOTNOTE = /^(\*|\d+\)|bron\b|bronnen\b|noot\b|toelichting\b|opmerking\b|source\b|note\b|n\.?b\.?\s*[=:])/i;

const text = (cell: unknown): string =>
  cell === null || cell === undefined
    ? ""
    : String(cell)
        .replace(/\u00a0/g, " ")
        .trim();
const isNumberLike = (cell: unknown): boolean => typeof cell === "number" || /^\d+$/.test(text(cell));
const isWord = (cell: unknown): boolean => typeof cell === "string" && !isNumberLike(cell) && !isUnknownMarker(cell);

interface RowShape {
  filled: number;
  words: number;
  numbers: number;
  markers: number;
  first: string;
}

function shapeOf(row: readonly unknown[]): RowShape {
  const shape: RowShape = { filled: 0, words: 0, numbers: 0, markers: 0, first: "" };
  for (const cell of row) {
    const t = text(cell);
    if (t === "") continue;
    shape.filled++;
    if (shape.first === "") shape.first = t;
    if (isNumberLike(cell)) shape.numbers++;
    else if (isUnknownMarker(t)) shape.markers++;
    else shape.words++;
  }
  return shape;
}

/**
 * The header: the last row of two or more words (and no numbers) above the first row that holds
 * a word and a figure — so a title or a spanning group header above it is not taken for it.
 */
function findHeaderRow(shapes: readonly RowShape[]): number | null {
  let header: number | null = null;
  for (let r = 0; r < shapes.length; r++) {
    const s = shapes[r];
    if (s.words >= 2 && s.numbers === 0) header = r;
    else if (header !== null && s.words >= 1 && s.numbers + s.markers >= 1) return header;
  }
  return null;
}

/** A merged area of the sheet (0-based, relative to `cells`), as Excel reports it. */
export interface MergedArea {
  row: number;
  column: number;
  columnCount: number;
}

/**
 * Header texts; a row of words directly above (a spanning group header) is prefixed, over the
 * columns its merged cell spans (without merge information, over its own column only).
 */
function headerTexts(cells: readonly (readonly unknown[])[], headerRow: number, width: number, merged: readonly MergedArea[]): string[] {
  const own = Array.from({ length: width }, (_, c) => text(cells[headerRow][c]));
  const above = headerRow > 0 ? cells[headerRow - 1] : [];
  // a group header is a row of words, or a single word merged over several columns ("Verhuringen 2024" over B:C)
  const spanning = merged.some((m) => m.row === headerRow - 1 && m.columnCount > 1 && text(above[m.column]) !== "");
  if (headerRow === 0 || (shapeOf(above).words < 2 && !spanning)) return own;
  const groupOf = (c: number): string => {
    const area = merged.find((m) => m.row === headerRow - 1 && m.column <= c && c < m.column + m.columnCount);
    return text(above[area ? area.column : c]);
  };
  return own.map((header, c) => [groupOf(c), header].filter((part) => part !== "").join(" "));
}

/** The column whose cells below the header are mostly words: the municipality names. */
function findNameColumn(cells: readonly (readonly unknown[])[], from: number, width: number): number | null {
  let best: { column: number; words: number } | null = null;
  for (let c = 0; c < width; c++) {
    const words = cells.slice(from).filter((row) => isWord(row[c])).length;
    if (words > 0 && (best === null || words > best.words)) best = { column: c, words };
  }
  return best?.column ?? null;
}

/** Whether every numeric cell of a row is the sum of the same column over the rows counted so far (two columns at least). */
function isSumOf(row: readonly unknown[], above: readonly (readonly unknown[])[], nameColumn: number): boolean {
  let checked = 0;
  for (let c = 0; c < row.length; c++) {
    if (c === nameColumn || !isNumberLike(row[c])) continue;
    const sum = above.reduce((total, r) => total + (isNumberLike(r[c]) ? Number(text(r[c])) : 0), 0);
    if (Number(text(row[c])) !== sum) return false;
    checked++;
  }
  return checked >= 2 && above.length >= 2;
}

function classifyBody(cells: readonly (readonly unknown[])[], from: number, nameColumn: number, regionName?: string) {
  const dataRows: number[] = [];
  const left: LeftRow[] = [];
  const region = regionName?.trim().toLowerCase();
  for (let r = from; r < cells.length; r++) {
    const row = cells[r];
    const shape = shapeOf(row);
    const name = text(row[nameColumn]);
    if (shape.filled === 0) left.push({ row: r, reason: "empty", text: "" });
    else if (name === "" || FOOTNOTE.test(shape.first) || (shape.numbers + shape.markers === 0 && shape.words === 1 && name.length > 40))
      left.push({ row: r, reason: "footnote", text: shape.first });
    else if (
      TOTAL_NAME.test(name) ||
      name.toLowerCase() === region ||
      isSumOf(
        row,
        dataRows.map((d) => cells[d]),
        nameColumn,
      )
    )
      left.push({ row: r, reason: "total", text: name });
    else dataRows.push(r);
  }
  return { dataRows, left };
}

export function detectLayout(
  cells: readonly (readonly unknown[])[],
  options: { regionName?: string; merged?: readonly MergedArea[] } = {},
): SourceLayout {
  const width = Math.max(0, ...cells.map((row) => row.length));
  const shapes = cells.map(shapeOf);
  const headerRow = findHeaderRow(shapes);
  if (headerRow === null) return { headerRow, headers: [], nameColumn: null, dataRows: [], left: [] };
  const titles: LeftRow[] = shapes
    .slice(0, headerRow)
    .map((s, row) => ({ row, reason: s.filled === 0 ? ("empty" as const) : ("title" as const), text: s.first }));
  const nameColumn = findNameColumn(cells, headerRow + 1, width);
  if (nameColumn === null)
    return { headerRow, headers: headerTexts(cells, headerRow, width, options.merged ?? []), nameColumn, dataRows: [], left: titles };
  const body = classifyBody(cells, headerRow + 1, nameColumn, options.regionName);
  return {
    headerRow,
    headers: headerTexts(cells, headerRow, width, options.merged ?? []),
    nameColumn,
    dataRows: body.dataRows,
    left: [...titles, ...body.left],
  };
}
