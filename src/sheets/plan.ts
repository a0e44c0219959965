/**
 * What every sheet plan is made of: cell values (formulas start with "=") and the formats of
 * planned blocks. One format type for every owned sheet, written by one writer
 * (src/excel/planWriter.ts).
 *
 * @example
 *   const header: CellFormat = { address: "A12:F12", bold: true, fill: PALETTE.headerFill, borderBottom: true };
 */
export type PlanCell = string | number | boolean;

export interface CellFormat {
  address: string;
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fill?: string;
  fontColor?: string;
  /** Wrap text in the cell (long sentences). */
  wrap?: boolean;
  /** Merge the block into one cell (long sentences across a table's width). */
  merge?: boolean;
  /** Thin border under the block (header and totals). */
  borderBottom?: boolean;
}

/** Width of a column in pixels (Excel's columnWidth). */
export interface ColumnWidth {
  column: number;
  width: number;
}

/**
 * What every sheet plan has: its cells from A1 (formulas start with "="), the owned block
 * they fill, the formats of planned blocks and the column widths — what the shared writer
 * (src/excel/planWriter.ts) puts on a sheet. Each plan adds its own parts and the positions
 * of its blocks, so readers never parse an address back.
 */
export interface SheetPlan<Cell extends PlanCell = PlanCell> {
  cells: Cell[][];
  /** The owned block, e.g. "A1:P40". */
  address: string;
  formats: CellFormat[];
  columnWidths: ColumnWidth[];
}
