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
