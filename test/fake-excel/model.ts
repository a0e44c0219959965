import { Block, address, parseAddress, quoteSheet } from "../../src/excel/a1";

/**
 * The in-memory workbook behind the fake Excel: sheets of cells (value and formula), tables,
 * charts, data validation, formats, settings, protection, and the counters and failure modes
 * that tests need. No Node-only imports: the same code runs in the browser preview and e2e.
 */
export interface Cell {
  value: string | number | boolean;
  formula?: string;
}

export interface FormatRecord {
  address: string;
  numberFormat?: unknown;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  fill?: string;
  columnWidth?: number;
}

export interface ValidationRecord {
  address: string;
  rule?: unknown;
  ignoreBlanks?: boolean;
  prompt?: unknown;
  errorAlert?: unknown;
}

/** A conditional format as Excel keeps it: type, the rule, fill and font colour. */
export interface ConditionalFormatRecord {
  address: string;
  type: string;
  rule?: { formula1: string; formula2?: string; operator: string };
  fill?: string;
  fontColor?: string;
}

export interface ChartModel {
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  position?: [string, string];
  legend?: string;
}

export class SheetModel {
  cells = new Map<string, Cell>();
  protected = false;
  charts: ChartModel[] = [];
  validations: ValidationRecord[] = [];
  formats: FormatRecord[] = [];
  conditionalFormats: ConditionalFormatRecord[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  constructor(public name: string) {}

  key(row: number, column: number): string {
    return `${row},${column}`;
  }
  get(row: number, column: number): Cell | undefined {
    return this.cells.get(this.key(row, column));
  }
  set(row: number, column: number, cell: Cell | undefined): void {
    if (!cell || (cell.value === "" && !cell.formula)) this.cells.delete(this.key(row, column));
    else this.cells.set(this.key(row, column), cell);
  }
  /** Bounding block of non-empty cells, or null. */
  usedBlock(): Block | null {
    if (this.cells.size === 0) return null;
    let r0 = Infinity,
      c0 = Infinity,
      r1 = -1,
      c1 = -1;
    for (const k of this.cells.keys()) {
      const [r, c] = k.split(",").map(Number);
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, c);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, c);
    }
    return { row: r0, column: c0, rows: r1 - r0 + 1, columns: c1 - c0 + 1 };
  }
  /** Values as Excel shows them (formula cells show their computed value, "" until evaluated). */
  grid(block: Block): (string | number | boolean)[][] {
    return rows(block).map((r) => columns(block).map((c) => this.get(r, c)?.value ?? ""));
  }
  formulas(block: Block): (string | number | boolean)[][] {
    return rows(block).map((r) => columns(block).map((c) => this.get(r, c)?.formula ?? this.get(r, c)?.value ?? ""));
  }
}

export interface TableModel {
  name: string;
  sheet: string;
  row: number;
  column: number;
  /** Rows including the header row. */
  rows: number;
  columns: number;
  style?: string;
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  settings = new Map<string, unknown>();
  activeSheet = "";
  selection = "";
  /** Requirement sets Office reports as supported (name → highest version). */
  apiSets = new Map<string, string>([
    ["ExcelApi", "1.17"],
    ["SharedRuntime", "1.1"],
    ["CustomFunctionsRuntime", "1.4"],
  ]);
  /** When true every sync rejects as Excel does while a cell is being edited. */
  editMode = false;
  displayLanguage = "nl-NL";
  syncCount = 0;
  runCount = 0;
  suspendedCalculation = 0;
  /** Custom functions associated by functions.js (id → implementation). */
  customFunctions = new Map<string, (...args: unknown[]) => unknown>();
  /** Called after every successful sync: lets tests (or the preview) compute formula values. */
  afterSync?: (model: WorkbookModel) => void;

  constructor(sheetNames: string[] = ["Blad1"]) {
    for (const name of sheetNames) this.sheets.push(new SheetModel(name));
    this.activeSheet = sheetNames[0] ?? "";
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  table(name: string): TableModel | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }
  /** Cells of a table as 2-D values (header first). */
  tableValues(name: string): (string | number | boolean)[][] {
    const t = this.table(name)!;
    return this.sheet(t.sheet)!.grid({ row: t.row, column: t.column, rows: t.rows, columns: t.columns });
  }
  /** Write plain values from a 2-D array at an A1 address on a sheet (test setup helper). */
  put(sheetName: string, at: string, values: (string | number | boolean | null)[][]): void {
    let sheet = this.sheet(sheetName);
    if (!sheet) this.sheets.push((sheet = new SheetModel(sheetName)));
    const b = parseAddress(at);
    values.forEach((row, r) => row.forEach((v, c) => sheet!.set(b.row + r, b.column + c, v === null ? undefined : { value: v })));
  }
  /** A deep copy of every sheet's cells, to prove that nothing changed. */
  snapshot(): Record<string, Record<string, Cell>> {
    return Object.fromEntries(this.sheets.map((s) => [s.name, Object.fromEntries([...s.cells].map(([k, v]) => [k, { ...v }]))]));
  }
}

export function rows(b: Block): number[] {
  return Array.from({ length: b.rows }, (_, k) => b.row + k);
}
export function columns(b: Block): number[] {
  return Array.from({ length: b.columns }, (_, k) => b.column + k);
}
export function fullAddress(sheet: string, b: Block): string {
  return `${quoteSheet(sheet)}!${address(b.row, b.column, b.rows, b.columns)}`;
}
