import { NUMERIC_COLUMNS, type NumericColumn } from "../region";
import { detectLayout, type MergedArea, type SourceLayout } from "./detectLayout";
import { readSourceValue, type SourceValue } from "./sourceValue";
import { MAPPED_COLUMNS, suggestMapping, type Mapping, type TableColumn } from "./suggestMapping";

/**
 * A region's own range read through a mapping: one municipality per data row of the layout, each
 * needed column taken from the source column the mapping names (the suggestion, or the user's
 * choice), each cell read as a person reads it. A cell that cannot be read ("1.234", "veel") is
 * named in `refused` and counts as unknown — never as 0, never guessed. Rows and columns are
 * 0-based in `values`; `sourceRow` is that index, for the sheet's own row number and address.
 *
 * @example
 *   const m = mapSource([["Gemeente", "Inwoners 2024"], ["Epe", 33145], ["Totaal", 33145]]);
 *   m.mapping.population;                 // 1
 *   m.rows[0].values.population;          // { kind: "number", value: 33145 }
 *   m.layout.left;                        // [{ row: 2, reason: "total", text: "Totaal" }]
 */
export interface MappedSource {
  layout: SourceLayout;
  mapping: Mapping;
  rows: { name: string; sourceRow: number; values: Record<NumericColumn, SourceValue | null> }[];
  refused: { sourceRow: number; column: NumericColumn; name: string; text: string; reason: string }[];
}

export function mapSource(
  values: readonly (readonly unknown[])[],
  options: { merged?: readonly MergedArea[]; regionName?: string; mapping?: Mapping | null } = {},
): MappedSource {
  const layout = detectLayout(values, { merged: options.merged, regionName: options.regionName });
  const mapping = usableMapping(options.mapping, layout) ?? suggestMapping(layout.headers, { nameColumn: layout.nameColumn });
  const nameColumn = mapping.name ?? layout.nameColumn;
  const refused: MappedSource["refused"] = [];
  const rows = layout.dataRows.map((r) => {
    const name = nameColumn === null ? "" : String(values[r][nameColumn] ?? "").trim();
    const read = Object.fromEntries(
      NUMERIC_COLUMNS.map((c) => {
        const column = mapping[c];
        if (column === null) return [c, null];
        const value = readSourceValue(values[r][column]);
        if (value.kind === "refused") refused.push({ sourceRow: r, column: c, name, text: value.text, reason: value.reason });
        return [c, value];
      }),
    ) as Record<NumericColumn, SourceValue | null>;
    return { name, sourceRow: r, values: read };
  });
  return { layout, mapping, rows, refused };
}

/** A remembered mapping still fits when every column it names exists in the range. */
function usableMapping(mapping: Mapping | null | undefined, layout: SourceLayout): Mapping | null {
  if (!mapping || layout.headerRow === null) return null;
  const fits = MAPPED_COLUMNS.every(
    (key: TableColumn) => mapping[key] === null || (mapping[key]! >= 0 && mapping[key]! < layout.headers.length),
  );
  return fits && mapping.name !== null ? { ...mapping } : null;
}

/** The text the pane's editable rows hold for a read value: the number, or blank for unknown and refused. */
export function sourceText(value: SourceValue | null): string {
  return value?.kind === "number" ? String(value.value) : "";
}
