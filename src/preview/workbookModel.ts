import { Block, address, parseAddress, quoteSheet } from "../sheets/a1";

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
  rowHeight?: number;
  wrapText?: boolean;
  /** Border style per edge, e.g. { EdgeBottom: "Continuous" }. */
  border?: Record<string, string>;
}

/** A worksheet.onSelectionChanged handler (ExcelApi 1.7). */
export interface SelectionHandler {
  sheet: string;
  handler: (args: { address: string; worksheetId: string; type: "WorksheetSelectionChanged" }) => unknown;
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
  /** Series named by the writer (data without a header row), by index. */
  seriesNames?: string[];
}

/**
 * Excel's rules for a sheet name, checked as Excel checks them when a sheet is added or
 * renamed: 1–31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe,
 * not the reserved "History", and unique among the sheets regardless of case. Returns the
 * error code Excel raises (InvalidArgument for a bad name, ItemAlreadyExists for a taken one),
 * or null when the name is allowed.
 *
 * @example
 *   sheetNameError("a/b:c*", []);         // "InvalidArgument"
 *   sheetNameError("blad1", ["Blad1"]);  // "ItemAlreadyExists"
 */
export function sheetNameError(name: string, existing: readonly string[]): "InvalidArgument" | "ItemAlreadyExists" | null {
  if (typeof name !== "string" || name.length < 1 || name.length > 31) return "InvalidArgument";
  if (/[:\\/?*[\]]/.test(name)) return "InvalidArgument";
  if (name.startsWith("'") || name.endsWith("'")) return "InvalidArgument";
  if (name.toLowerCase() === "history") return "InvalidArgument";
  if (existing.some((e) => e.toLowerCase() === name.toLowerCase())) return "ItemAlreadyExists";
  return null;
}

/**
 * What Excel stores for a value written through the API (Range.values, Range.formulas,
 * table.rows.add) — as if typed: the Office.js reference says a value that starts with "=", "+"
 * or "-" is interpreted as a formula ("+x" and "-x" are entered as "=+x", "=-x"); a number such
 * as "-20" stays a number-like value, a lone sign stays text. In a cell whose number format is
 * text ("@") every string is kept as text. The formula has no value until it is computed (the
 * preview computes it; an unknown name gives #NAME?, as in Excel).
 *
 * @example
 *   enteredCell("- akkoord wethouder", false); // { value: "", formula: "=- akkoord wethouder" }
 *   enteredCell("- akkoord wethouder", true);  // { value: "- akkoord wethouder" }
 *   enteredCell("-20", false);                 // { value: "-20" }
 */
export function enteredCell(x: string | number | boolean, textFormat: boolean): Cell {
  if (typeof x !== "string" || textFormat || x.length < 2 || !/^[=+-]/.test(x)) return { value: x };
  if (x[0] !== "=" && x.trim() !== "" && Number.isFinite(Number(x))) return { value: x };
  return { value: "", formula: x[0] === "=" ? x : `=${x}` };
}

/**
 * The block of an address the model keeps (a format's, a merge's), parsed once: a number format is
 * looked up for every cell the preview draws or a range reads, through every format written on its
 * sheet. Frozen, as it is shared.
 *
 * @example
 *   blockOf("B13:B21"); // { row: 12, column: 1, rows: 9, columns: 1 }
 */
export function blockOf(address: string): Readonly<Block> {
  let block = blocks.get(address);
  if (!block) {
    if (blocks.size >= BLOCKS_LIMIT) blocks.clear();
    blocks.set(address, (block = Object.freeze(parseAddress(address))));
  }
  return block;
}
const blocks = new Map<string, Readonly<Block>>();
const BLOCKS_LIMIT = 10_000;

let lastStamp = 0;

/**
 * A sheet's cells that know when they last changed: every change (and every new map) takes a
 * stamp no other map or change ever had, so equal stamps mean the same, unchanged cells. Lets the
 * preview compute the workbook once per change instead of once per read.
 *
 * @example
 *   const cells = new StampedCells(); const before = cells.stamp;
 *   cells.set("1,1", { value: 3 }); // cells.stamp > before
 */
export class StampedCells extends Map<string, Cell> {
  stamp: number;
  constructor(entries?: Iterable<readonly [string, Cell]>) {
    super(entries ?? []);
    this.stamp = ++lastStamp; // after super(): the entries it copied are part of this first stamp
  }
  override set(key: string, cell: Cell): this {
    this.stamp = ++lastStamp;
    return super.set(key, cell);
  }
  override delete(key: string): boolean {
    this.stamp = ++lastStamp;
    return super.delete(key);
  }
  override clear(): void {
    this.stamp = ++lastStamp;
    super.clear();
  }
}

export class SheetModel {
  private stampedCells = new StampedCells();
  protected = false;
  charts: ChartModel[] = [];
  validations: ValidationRecord[] = [];
  formats: FormatRecord[] = [];
  conditionalFormats: ConditionalFormatRecord[] = [];
  frozenColumns = 0;
  frozenRows = 0;
  /** Merged blocks (A1, sheet-less), as range.merge() left them. */
  merges: string[] = [];
  /** worksheet.pageLayout as set: orientation, zoom, print area, title rows, header/footer texts. */
  pageLayout: Record<string, unknown> = {};
  constructor(public name: string) {}

  /** The cells (key "row,column"); a map assigned here is copied into stamped cells. */
  get cells(): StampedCells {
    return this.stampedCells;
  }
  set cells(cells: Map<string, Cell>) {
    this.stampedCells = cells instanceof StampedCells ? cells : new StampedCells(cells);
  }

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
      // read "row,column" without splitting: a big sheet has many cells and this runs per read
      const comma = k.indexOf(",");
      const r = +k.slice(0, comma);
      const c = +k.slice(comma + 1);
      if (r < r0) r0 = r;
      if (c < c0) c0 = c;
      if (r > r1) r1 = r;
      if (c > c1) c1 = c;
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
  /** Number formats as Excel reports them: the last one written over each cell, else "General". */
  numberFormats(block: Block): string[][] {
    return rows(block).map((r) => columns(block).map((c) => this.numberFormatAt(r, c) ?? "General"));
  }
  /** Whether any number format written on the sheet is text ("@"): only then a write looks cell by cell. */
  hasTextFormat(): boolean {
    const isText = (nf: unknown): boolean => (Array.isArray(nf) ? nf.some(isText) : nf === "@");
    return this.formats.some((f) => isText(f.numberFormat));
  }
  /** The number format written to a cell (the last one recorded that covers it), if any. */
  numberFormatAt(row: number, column: number): string | null {
    for (let k = this.formats.length - 1; k >= 0; k--) {
      const f = this.formats[k];
      if (f.numberFormat === undefined) continue;
      const b = blockOf(f.address);
      if (row < b.row || row >= b.row + b.rows || column < b.column || column >= b.column + b.columns) continue;
      const nf = f.numberFormat;
      if (typeof nf === "string") return nf;
      if (Array.isArray(nf)) {
        const r = nf[row - b.row] ?? nf[0];
        const v = Array.isArray(r) ? (r[column - b.column] ?? r[0]) : r;
        return typeof v === "string" ? v : null;
      }
      return null;
    }
    return null;
  }
}

export interface TableModel {
  name: string;
  sheet: string;
  row: number;
  column: number;
  /** Rows including the header row (when it shows). */
  rows: number;
  columns: number;
  style?: string;
  /** False when the table's header row is hidden (Table Design > Header Row off): its first row is data. */
  showHeaders?: boolean;
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
  /** worksheet.onSelectionChanged handlers registered (and not removed). */
  selectionHandlers: SelectionHandler[] = [];
  /** Called after every successful sync: lets tests (or the preview) compute formula values. */
  afterSync?: (model: WorkbookModel) => void;
  /**
   * When set (the preview sets it), `range.values` reads what Excel shows: a formula cell and a
   * cell an array spills into give their computed value, an error its code ("#N/A"), as Excel
   * does. Unset (the adapter tests), a formula cell reads as its stored value.
   */
  computedValues?: () => (sheet: string, row: number, column: number) => string | number | boolean | null;

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
  /**
   * The user selects cells (test and preview helper): the sheet becomes active, the selection
   * moves and the sheet's onSelectionChanged handlers run afterwards, asynchronously as in Excel.
   */
  selectCells(sheetName: string, at: string): Promise<void> {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    this.activeSheet = sheet.name;
    this.selection = `${quoteSheet(sheet.name)}!${at}`;
    const handlers = this.selectionHandlers.filter((h) => h.sheet === sheet.name);
    return Promise.resolve().then(async () => {
      for (const h of handlers) await h.handler({ address: at, worksheetId: sheet.name, type: "WorksheetSelectionChanged" });
    });
  }
  /**
   * What the computed values depend on, as a string that changes whenever any of it changes:
   * the sheets (names, order, cells) and the tables.
   */
  contentStamp(): string {
    return `${this.sheets.map((s) => `${s.name}\u0000${s.cells.stamp}`).join("\u0001")}\u0002${JSON.stringify(this.tables)}`;
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
