import { address } from "./a1";
import type { CellFormat, ColumnWidth, PlanCell } from "./plan";
import { PALETTE } from "./style";

/**
 * A sheet planned top-down, row by row, as wide as its widest table: cells, the formats of
 * planned blocks and the heights of rows holding wrapped text. For plans that read like a
 * document (the Verantwoording): headings, merged sentences, tables.
 *
 * @example
 *   const rows = new PlannedRows(columnWidths);
 *   rows.heading("Methode");        // a blank row, then the heading in bold
 *   rows.sentence("Grootste rest …"); // merged across the width, wrapped, its height estimated
 */
export class PlannedRows {
  readonly cells: PlanCell[][] = [];
  readonly formats: CellFormat[] = [];
  readonly rowHeights: { row: number; height: number }[] = [];
  readonly width: number;
  /** Width in pixels of all columns together. */
  readonly totalWidth: number;

  constructor(readonly columnWidths: readonly ColumnWidth[]) {
    this.width = columnWidths.length;
    this.totalWidth = columnWidths.reduce((s, x) => s + x.width, 0);
  }

  /** Pixels of columns [from, to). */
  widthOf(from: number, to: number): number {
    return this.columnWidths.slice(from, to).reduce((s, x) => s + x.width, 0);
  }

  /** A new row holding `cells` from column A; returns its index. */
  push(...cells: PlanCell[]): number {
    const row = new Array<PlanCell>(this.width).fill("");
    cells.forEach((v, k) => (row[k] = v));
    this.cells.push(row);
    return this.cells.length - 1;
  }

  format(format: CellFormat): void {
    this.formats.push(format);
  }

  /** A long sentence in column A merged across the width (muted in italics as a note). */
  sentence(text: string, note = false): number {
    const r = this.push(text);
    this.format({
      address: address(r, 0, 1, this.width),
      merge: true,
      wrap: true,
      italic: note || undefined,
      fontColor: note ? PALETTE.muted : undefined,
    });
    this.rowHeights.push({ row: r, height: heightFor(text, this.totalWidth) });
    return r;
  }

  /** A label in column A and a long text merged over the columns from `from` on (wrapped). */
  labelled(label: string, text: string, from = 1): number {
    const r = this.push(label);
    this.cells[r][from] = text;
    this.format({ address: address(r, from, 1, this.width - from), merge: true, wrap: true });
    this.rowHeights.push({ row: r, height: heightFor(text, this.widthOf(from, this.width)) });
    return r;
  }

  /** A blank row, then `text` in bold. */
  heading(text: string): number {
    this.push("");
    const r = this.push(text);
    this.format({ address: address(r, 0), bold: true });
    return r;
  }

  /** A header row of a table: bold on the header fill across the width. */
  tableHeader(...cells: PlanCell[]): number {
    const r = this.push(...cells);
    this.format({ address: address(r, 0, 1, this.width), bold: true, fill: PALETTE.headerFill });
    return r;
  }
}

/** Row height (points) for wrapped text in a block `widthPx` wide: about 6.5 px per character, 15 pt a line. */
export function heightFor(text: string, widthPx: number): number {
  const perLine = Math.max(10, Math.floor(widthPx / 6.5));
  const lines = Math.max(1, Math.ceil(text.length / perLine));
  return 15 * lines + 3;
}
