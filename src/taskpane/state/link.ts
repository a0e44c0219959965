import { MAPPED_COLUMNS, mapSource, type MappedSource, type TableColumn } from "../../data/source";
import type { SourceLink } from "../../excel/types";
import { address, quoteSheet } from "../../sheets/a1";
import type { WizardState } from "./wizard";

/**
 * What the pane derives from a region's own range mapped once (state.link): the mapped rows with
 * the rows left out and the refused cells, and the link the Gemeenten table's formulas follow —
 * the sheet-qualified address of the user's cell per municipality and column.
 *
 * @example
 *   sourceLinkOf(state)?.cells.population[0]; // "Bron!E6": Apeldoorn's inhabitants in the user's own sheet
 */
export function mappedOf(state: WizardState): MappedSource | null {
  const link = state.link;
  if (!link) return null;
  return mapSource(link.read.values, { merged: link.read.merged, regionName: state.regionName, mapping: link.mapping });
}

export function sourceLinkOf(state: WizardState): SourceLink | null {
  const mapped = mappedOf(state);
  if (!mapped || !state.link) return null;
  const { read } = state.link;
  const sheet = quoteSheet(read.sheetName);
  const cells = Object.fromEntries(
    MAPPED_COLUMNS.map((key: TableColumn) => {
      const column = mapped.mapping[key];
      return [key, mapped.rows.map((r) => (column === null ? "" : `${sheet}!${address(read.row + r.sourceRow, read.column + column)}`))];
    }),
  ) as SourceLink["cells"];
  return { sheetName: read.sheetName, address: read.address, mapping: mapped.mapping, cells };
}

/** The user's cells behind the pane's rows, to link a problem to its cell (the shape of a table read back). */
export function linkedAddresses(state: WizardState): { rowAddresses: string[]; cellAddresses: Partial<SourceLink["cells"]> } | null {
  const link = sourceLinkOf(state);
  if (!link) return null;
  const cellAddresses = Object.fromEntries(Object.entries(link.cells).filter(([, cells]) => cells.some((c) => c !== "")));
  return { rowAddresses: link.cells.name, cellAddresses };
}

/** Where the data of the pane's rows sit in the workbook: a table read back, or a range mapped once; null for data typed in the pane. */
export function locatedData(state: WizardState) {
  return state.table ?? linkedAddresses(state);
}

/**
 * The cell to select for a problem in row `row` (1-based) and `column`: the cell that holds the
 * value, else the municipality's name cell; null when the data are not in the workbook.
 *
 * @example
 *   cellOfIssue(state, 1, "population"); // { sheetName: "Bron", address: "E6" }
 */
export function cellOfIssue(state: WizardState, row: number, column?: string): { sheetName: string; address: string } | null {
  const located = locatedData(state);
  const cells = located?.cellAddresses as Record<string, string[] | undefined> | undefined;
  const at = (column && cells?.[column]?.[row - 1]) || located?.rowAddresses[row - 1];
  if (!at) return null;
  const bang = at.lastIndexOf("!");
  return { sheetName: at.slice(0, bang).replace(/^'(.*)'$/, "$1"), address: at.slice(bang + 1) };
}
