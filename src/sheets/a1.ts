/**
 * A1 addresses ↔ zero-based row/column indexes. Pure, shared by the layout, the gateway and
 * the fake Excel.
 *
 * @example
 *   columnName(0);           // "A"
 *   columnName(27);          // "AB"
 *   address(12, 1, 9, 1);    // "B13:B21"
 *   parseAddress("'Verdeling 2024'!B13:B21"); // { sheet: "Verdeling 2024", row: 12, column: 1, rows: 9, columns: 1 }
 */

/** Excel's last column is XFD (16,384 columns). */
const MAX_COLUMNS = 16_384;
const COLUMN_NAMES: string[] = [];

export function columnName(index: number): string {
  // planners and the simulated Excel name the same few columns hundreds of thousands of times: each name is built once
  const known = COLUMN_NAMES[index];
  if (known !== undefined) return known;
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  if (Number.isInteger(index) && index >= 0 && index < MAX_COLUMNS) COLUMN_NAMES[index] = name;
  return name;
}

export function columnIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B13" or "B13:C21" for a block at (row, column) of rows × columns; `absolute` adds $ signs. */
export function address(row: number, column: number, rows = 1, columns = 1, absolute = false): string {
  const d = absolute ? "$" : "";
  const start = `${d}${columnName(column)}${d}${row + 1}`;
  if (rows === 1 && columns === 1) return start;
  return `${start}:${d}${columnName(column + columns - 1)}${d}${row + rows}`;
}

/** A sheet name quoted for use in an address when needed: 'Verdeling 2024'. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export interface Block {
  sheet?: string;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export function parseAddress(text: string): Block {
  let sheet: string | undefined;
  let rest = text;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    sheet = text
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    rest = text.slice(bang + 1);
  }
  const [a, b] = rest.replace(/\$/g, "").split(":");
  const parse = (cell: string) => {
    const m = /^([A-Za-z]+)(\d+)$/.exec(cell);
    if (!m) throw new Error(`not an A1 address: ${text}`);
    return { row: Number(m[2]) - 1, column: columnIndex(m[1]) };
  };
  const start = parse(a);
  const end = b ? parse(b) : start;
  return { sheet, row: start.row, column: start.column, rows: end.row - start.row + 1, columns: end.column - start.column + 1 };
}

/** Does block `outer` contain block `inner` (same sheet assumed)? */
export function contains(outer: Block, inner: Block): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.column + inner.columns <= outer.column + outer.columns
  );
}
