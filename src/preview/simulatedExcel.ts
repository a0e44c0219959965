import { Block, contains, parseAddress } from "../sheets/a1";
import {
  ChartModel,
  ConditionalFormatRecord,
  SelectionHandler,
  SheetModel,
  TableModel,
  WorkbookModel,
  blockOf,
  columns,
  enteredCell,
  fullAddress,
  rows,
  sheetNameError,
} from "./workbookModel";

/**
 * A strict, in-memory stand-in for the part of the Excel JavaScript API that src/excel uses.
 * Like the real one: commands are queued and only run at `context.sync()`; properties must be
 * loaded and synced before they are read (PropertyNotLoaded otherwise); proxies die with their
 * Excel.run; errors carry Excel's codes (ItemNotFound, ItemAlreadyExists, AccessDenied,
 * InvalidOperationInCellEditMode). It counts syncs, and can simulate a protected sheet, a cell
 * in edit mode and a missing API set. Anything not implemented throws, so the adapter cannot
 * silently depend on it.
 */
export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

type Op = () => void;

/** Throws what Excel throws for a sheet name it refuses (see {@link sheetNameError}). */
function checkSheetName(name: string, existing: readonly string[]): void {
  const code = sheetNameError(name, existing);
  if (code === "ItemAlreadyExists")
    throw new FakeExcelError(code, `A resource with the same name or identifier already exists. (sheet '${name}')`);
  if (code === "InvalidArgument")
    throw new FakeExcelError(code, `The argument is invalid or missing or has an incorrect format. (sheet name '${name}')`);
}

class Context {
  queue: Op[] = [];
  alive = true;
  syncs = 0;
  readonly workbook: WorkbookProxy;
  readonly application: { suspendApiCalculationUntilNextSync(): void };
  constructor(readonly model: WorkbookModel) {
    this.workbook = new WorkbookProxy(this);
    this.application = {
      suspendApiCalculationUntilNextSync: () => this.enqueue(() => (model.suspendedCalculation += 1)),
    };
  }
  enqueue(op: Op): void {
    if (!this.alive)
      throw new FakeExcelError("InvalidObjectPath", "The object was used outside its Excel.run (its request context is gone).");
    this.queue.push(op);
  }
  async sync(): Promise<void> {
    if (!this.alive) throw new FakeExcelError("InvalidObjectPath", "sync() outside Excel.run");
    this.syncs += 1;
    this.model.syncCount += 1;
    const ops = this.queue;
    this.queue = [];
    if (this.model.editMode) throw new FakeExcelError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    for (const op of ops) op(); // an op that throws stops the batch, like Excel
    this.model.afterSync?.(this.model);
  }
}

/** Base of every proxy: loadable properties become readable only after load + sync. */
class Proxy {
  private loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: Context) {}
  protected abstractLoad(_prop: string): unknown {
    throw new FakeExcelError("NotImplemented", `fake Excel: property ${_prop} of ${this.constructor.name} is not implemented`);
  }
  load(props?: string | string[] | Record<string, unknown>): this {
    const list =
      typeof props === "string" ? props.split(",").map((p) => p.trim()) : Array.isArray(props) ? props : Object.keys(props ?? {});
    this.ctx.enqueue(() => {
      // like Office.js, any load of an *OrNullObject proxy also answers isNullObject; the rest of
      // a null object's properties stay unreadable
      let isNull = false;
      try {
        isNull = this.abstractLoad("isNullObject") === true;
        this.loaded.set("isNullObject", isNull);
      } catch {
        /* not a nullable proxy */
      }
      if (isNull) return;
      for (const p of list) if (p !== "isNullObject") this.loaded.set(p, this.abstractLoad(p));
    });
    return this;
  }
  /** A property known without a load of its own (an item of a collection loaded with "items/name"). */
  protected answer(prop: string, value: unknown): this {
    this.loaded.set(prop, value);
    return this;
  }
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop))
      throw new FakeExcelError("PropertyNotLoaded", `The property '${prop}' is not available. Load it and call context.sync() first.`);
    return this.loaded.get(prop) as T;
  }
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly settings: SettingsProxy;
  constructor(private readonly ctx: Context) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.tables = new TableCollectionProxy(ctx);
    this.settings = new SettingsProxy(ctx);
  }
  /** The selected range (on the active sheet); A1 when nothing was selected yet. */
  getSelectedRange(): RangeProxy {
    const model = this.ctx.model;
    const block = () => parseAddress(model.selection || `${model.activeSheet}!A1`);
    const sheet = new WorksheetProxy(this.ctx, () => model.sheet(block().sheet ?? model.activeSheet) ?? null);
    return new RangeProxy(this.ctx, sheet, () => ({ ...block(), sheet: undefined }));
  }
}

/** Excel's PageLayout (ExcelApi 1.9): what the adapter sets is recorded on the sheet model. */
function pageLayoutProxy(ctx: Context, sheet: () => SheetModel): Record<string, unknown> {
  const set = (key: string, value: unknown) =>
    ctx.enqueue(() => {
      const s = sheet();
      if (s.protected) throw new FakeExcelError("AccessDenied", "protected sheet");
      s.pageLayout[key] = value;
    });
  // not extensible: setting anything the fake does not implement throws (modules run in strict mode)
  const slot = (prefix: string) =>
    Object.preventExtensions({
      set leftHeader(v: string) {
        set(`${prefix}.leftHeader`, v);
      },
      set centerHeader(v: string) {
        set(`${prefix}.centerHeader`, v);
      },
      set rightHeader(v: string) {
        set(`${prefix}.rightHeader`, v);
      },
      set leftFooter(v: string) {
        set(`${prefix}.leftFooter`, v);
      },
      set centerFooter(v: string) {
        set(`${prefix}.centerFooter`, v);
      },
      set rightFooter(v: string) {
        set(`${prefix}.rightFooter`, v);
      },
    });
  return Object.preventExtensions({
    set orientation(v: string) {
      set("orientation", v);
    },
    set zoom(v: unknown) {
      set("zoom", v);
    },
    set centerHorizontally(v: boolean) {
      set("centerHorizontally", v);
    },
    setPrintArea: (a: string) => set("printArea", a),
    setPrintTitleRows: (a: string) => set("printTitleRows", a),
    headersFooters: Object.preventExtensions({ defaultForAllPages: slot("defaultForAllPages") }),
  });
}

class WorksheetCollectionProxy extends Proxy {
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const s = this.ctx.model.sheet(name);
      if (!s) throw new FakeExcelError("ItemNotFound", `The requested resource doesn't exist (sheet ${name}).`);
      return s;
    });
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.model.sheet(name) ?? null);
  }
  add(name: string): WorksheetProxy {
    this.ctx.enqueue(() => {
      checkSheetName(
        name,
        this.ctx.model.sheets.map((s) => s.name),
      );
      this.ctx.model.sheets.push(new SheetModel(name));
    });
    return this.getItem(name);
  }
  protected abstractLoad(prop: string): unknown {
    if (prop === "items/name" || prop === "items") return this.ctx.model.sheets.map((s) => ({ name: s.name }));
    return super.abstractLoad(prop);
  }
  get items(): { name: string }[] {
    return this.read("items/name");
  }
}

class WorksheetProxy extends Proxy {
  readonly protection: { load: (p: string) => void; readonly protected: boolean };
  readonly charts: ChartCollectionProxy;
  readonly freezePanes: { freezeRows: (n: number) => void; freezeColumns: (n: number) => void };
  readonly pageLayout: Record<string, unknown>;
  readonly onSelectionChanged: { add: (handler: SelectionHandler["handler"]) => { context: Context; remove: () => void } };
  constructor(
    ctx: Context,
    readonly resolve: () => SheetModel | null,
  ) {
    super(ctx);
    const resolveSheet = () => this.resolve();
    const protection = new (class extends Proxy {
      protected abstractLoad(prop: string): unknown {
        if (prop === "protected") return resolveSheet()?.protected ?? false; // null objects propagate
        return super.abstractLoad(prop);
      }
      get protected(): boolean {
        return this.read("protected");
      }
    })(ctx);
    this.protection = protection;
    this.charts = new ChartCollectionProxy(ctx, this);
    this.freezePanes = {
      freezeRows: (n) => ctx.enqueue(() => (this.sheet().frozenRows = n)),
      freezeColumns: (n) => ctx.enqueue(() => (this.sheet().frozenColumns = n)),
    };
    this.pageLayout = pageLayoutProxy(ctx, () => this.sheet());
    this.onSelectionChanged = {
      add: (handler) => {
        let entry: SelectionHandler | null = null;
        ctx.enqueue(() => ctx.model.selectionHandlers.push((entry = { sheet: this.sheet().name, handler })));
        // remove() is queued on the context the handler was added in: Excel.run(result.context, …)
        return {
          context: ctx,
          remove: () => ctx.enqueue(() => (ctx.model.selectionHandlers = ctx.model.selectionHandlers.filter((h) => h !== entry))),
        };
      },
    };
  }
  sheet(): SheetModel {
    const s = this.resolve();
    if (!s) throw new FakeExcelError("ItemNotFound", "The requested worksheet doesn't exist.");
    return s;
  }
  protected abstractLoad(prop: string): unknown {
    if (prop === "isNullObject") return this.resolve() === null;
    if (prop === "name") return this.sheet().name;
    return super.abstractLoad(prop);
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get name(): string {
    return this.read("name");
  }
  /** Renaming follows the same rules as adding (a sheet may change the case of its own name). */
  set name(next: string) {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      checkSheetName(
        next,
        this.ctx.model.sheets.filter((x) => x !== s).map((x) => x.name),
      );
      for (const t of this.ctx.model.tables) if (t.sheet === s.name) t.sheet = next;
      if (this.ctx.model.activeSheet === s.name) this.ctx.model.activeSheet = next;
      s.name = next;
    });
  }
  getRange(a1: string): RangeProxy {
    return new RangeProxy(this.ctx, this, () => parseAddress(a1));
  }
  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): RangeProxy {
    return new RangeProxy(this.ctx, this, () => ({ row, column, rows: rowCount, columns: columnCount }));
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.ctx, this, () => this.resolve()?.usedBlock() ?? null);
  }
  activate(): void {
    this.ctx.enqueue(() => (this.ctx.model.activeSheet = this.sheet().name));
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      this.ctx.model.sheets = this.ctx.model.sheets.filter((x) => x !== s);
      this.ctx.model.tables = this.ctx.model.tables.filter((t) => t.sheet !== s.name);
    });
  }
}

class RangeProxy extends Proxy {
  readonly format: {
    columnWidth: number;
    rowHeight: number;
    wrapText: boolean;
    font: { bold: boolean; italic: boolean; color: string };
    fill: { color: string };
    borders: { getItem: (edge: string) => { style: string } };
    autofitColumns: () => void;
  };
  readonly dataValidation: { rule: unknown; ignoreBlanks: boolean; prompt: unknown; errorAlert: unknown; clear: () => void };
  readonly conditionalFormats: { add: (type: string) => ConditionalFormatProxy; clearAll: () => void };
  constructor(
    ctx: Context,
    readonly worksheet: WorksheetProxy,
    readonly block: () => Block | null,
  ) {
    super(ctx);
    this.format = this.formatProxy();
    this.dataValidation = this.dataValidationProxy();
    this.conditionalFormats = this.conditionalFormatsProxy();
  }
  /** Records a format patch on the range's address at sync (as Excel applies formats then). */
  private recordFormat(patch: Record<string, unknown>): void {
    this.ctx.enqueue(() => {
      this.guardWrite();
      this.worksheet.sheet().formats.push({ address: this.addressNow(), ...patch });
    });
  }
  /** Merges a validation patch into the rule on the range's address at sync (one rule per address, as Excel keeps it). */
  private recordValidation(patch: Record<string, unknown>): void {
    this.ctx.enqueue(() => {
      this.guardWrite();
      const sheet = this.worksheet.sheet();
      const at = this.addressNow();
      const existing = sheet.validations.find((v) => v.address === at);
      if (existing) Object.assign(existing, patch);
      else sheet.validations.push({ address: at, ...patch });
    });
  }
  /** range.format: setters only, each recorded, so a test can see which formats the adapter wrote. */
  private formatProxy(): RangeProxy["format"] {
    const record = (patch: Record<string, unknown>) => this.recordFormat(patch);
    return {
      set columnWidth(w: number) {
        record({ columnWidth: w });
      },
      set rowHeight(h: number) {
        record({ rowHeight: h });
      },
      set wrapText(b: boolean) {
        record({ wrapText: b });
      },
      borders: {
        getItem: (edge: string) => {
          if (!["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"].includes(edge))
            throw new FakeExcelError("InvalidArgument", `no border ${edge}`);
          return Object.preventExtensions({
            set style(style: string) {
              record({ border: { [edge]: style } });
            },
          }) as { style: string };
        },
      },
      font: {
        set bold(b: boolean) {
          record({ bold: b });
        },
        set italic(b: boolean) {
          record({ italic: b });
        },
        set color(c: string) {
          record({ color: c });
        },
      } as { bold: boolean; italic: boolean; color: string },
      fill: {
        set color(c: string) {
          record({ fill: c });
        },
      } as { color: string },
      autofitColumns: () => record({ autofit: true }),
    } as RangeProxy["format"];
  }
  /** range.dataValidation: setters merged into one rule per address; clear removes it. */
  private dataValidationProxy(): RangeProxy["dataValidation"] {
    const validation = (patch: Record<string, unknown>) => this.recordValidation(patch);
    return {
      set rule(r: unknown) {
        validation({ rule: r });
      },
      set ignoreBlanks(b: boolean) {
        validation({ ignoreBlanks: b });
      },
      set prompt(p: unknown) {
        validation({ prompt: p });
      },
      set errorAlert(e: unknown) {
        validation({ errorAlert: e });
      },
      clear: () =>
        this.ctx.enqueue(() => {
          const sheet = this.worksheet.sheet();
          sheet.validations = sheet.validations.filter((v) => v.address !== this.addressNow());
        }),
    } as RangeProxy["dataValidation"];
  }
  /** range.conditionalFormats: add (CellValue only) and clearAll of the formats overlapping the range. */
  private conditionalFormatsProxy(): RangeProxy["conditionalFormats"] {
    return {
      add: (type) => {
        // only the type the adapter uses; Excel's others (DataBar, ColorScale, …) are not modelled
        if (type !== "CellValue") throw new FakeExcelError("NotImplemented", `fake Excel: conditional format type ${type}`);
        const record: ConditionalFormatRecord = { address: "", type };
        this.ctx.enqueue(() => {
          this.guardWrite();
          record.address = this.addressNow();
          this.worksheet.sheet().conditionalFormats.push(record);
        });
        return new ConditionalFormatProxy(this.ctx, record);
      },
      clearAll: () =>
        this.ctx.enqueue(() => {
          this.guardWrite();
          const sheet = this.worksheet.sheet();
          const b = this.must();
          sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => !overlaps(parseAddress(c.address), b));
        }),
    };
  }
  private must(): Block {
    const b = this.block();
    if (!b) throw new FakeExcelError("ItemNotFound", "The range is a null object.");
    return b;
  }
  /** The cells' values; with the model's computed values where a formula is or may spill to (as Excel reads them). */
  private shownValues(): (string | number | boolean)[][] {
    const sheet = this.worksheet.sheet();
    const block = this.must();
    const grid = sheet.grid(block);
    const shown = this.ctx.model.computedValues?.();
    if (!shown) return grid;
    return grid.map((row, r) =>
      row.map((value, c) => {
        const cell = sheet.get(block.row + r, block.column + c);
        return cell && !cell.formula ? value : (shown(sheet.name, block.row + r, block.column + c) ?? "");
      }),
    );
  }
  private addressNow(): string {
    return fullAddress(this.worksheet.sheet().name, this.must());
  }
  private guardWrite(): void {
    if (this.worksheet.sheet().protected)
      throw new FakeExcelError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
  }
  protected abstractLoad(prop: string): unknown {
    if (prop === "isNullObject") return this.block() === null;
    if (prop === "address") return this.addressNow();
    if (prop === "values") return this.shownValues();
    if (prop === "formulas") return this.worksheet.sheet().formulas(this.must());
    if (prop === "numberFormat") return this.worksheet.sheet().numberFormats(this.must());
    if (prop === "rowCount") return this.must().rows;
    if (prop === "columnCount") return this.must().columns;
    if (prop === "rowIndex") return this.must().row;
    if (prop === "columnIndex") return this.must().column;
    return super.abstractLoad(prop);
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get address(): string {
    return this.read("address");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get values(): (string | number | boolean)[][] {
    return this.read("values");
  }
  set values(v: unknown[][]) {
    this.write(v);
  }
  get formulas(): (string | number | boolean)[][] {
    return this.read("formulas");
  }
  set formulas(v: unknown[][]) {
    this.write(v);
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(f: unknown) {
    this.ctx.enqueue(() => {
      this.guardWrite();
      this.worksheet.sheet().formats.push({ address: this.addressNow(), numberFormat: f });
    });
  }
  private write(v: unknown[][]): void {
    this.ctx.enqueue(() => {
      this.guardWrite();
      const b = this.must();
      if (v.length !== b.rows || v.some((r) => r.length !== b.columns))
        throw new FakeExcelError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size of the range ${this.addressNow()}.`,
        );
      const sheet = this.worksheet.sheet();
      const text = sheet.hasTextFormat();
      rows(b).forEach((r, i) =>
        columns(b).forEach((c, j) => {
          const x = v[i][j] as string | number | boolean | null;
          if (x === null || x === undefined) return; // null leaves the cell unchanged, as in Excel
          // values and formulas alike: "=…", "+…", "-…" become formulas unless the cell is formatted as text
          sheet.set(r, c, enteredCell(x, text && sheet.numberFormatAt(r, c) === "@"));
        }),
      );
    });
  }
  /**
   * Contents and number formats, as Excel's Range.clear() (applyTo "All") does: a text format left behind would turn a later formula into
   * text.
   */
  clear(): void {
    this.ctx.enqueue(() => {
      this.guardWrite();
      const b = this.must();
      const sheet = this.worksheet.sheet();
      rows(b).forEach((r) => columns(b).forEach((c) => sheet.set(r, c, undefined)));
      if (sheet.hasTextFormat()) sheet.formats.push({ address: this.addressNow(), numberFormat: "General" });
    });
  }
  /** Merge the block into one cell (across = false); a merge overlapping another one fails, as in Excel. */
  merge(across = false): void {
    this.ctx.enqueue(() => {
      this.guardWrite();
      if (across) throw new FakeExcelError("NotImplemented", "fake Excel: merge(true)");
      const sheet = this.worksheet.sheet();
      const b = this.must();
      const overlaps = (m: Block) =>
        m.row < b.row + b.rows && b.row < m.row + m.rows && m.column < b.column + b.columns && b.column < m.column + m.columns;
      if (sheet.merges.map(blockOf).some(overlaps))
        throw new FakeExcelError("InvalidOperation", `Cannot merge ${this.addressNow()}: it overlaps a merged cell.`);
      sheet.merges.push(this.addressNow().replace(/^.*!/, ""));
    });
  }
  /** Unmerge every merged block inside the range. */
  unmerge(): void {
    this.ctx.enqueue(() => {
      this.guardWrite();
      const sheet = this.worksheet.sheet();
      const b = this.must();
      sheet.merges = sheet.merges.filter((m) => !contains(b, parseAddress(m)));
    });
  }
  /** The merged blocks that meet the range (ExcelApi 1.13), as Excel's RangeAreas: one address, areas joined by ", "; null when none. */
  getMergedAreasOrNullObject(): MergedAreasProxy {
    return new MergedAreasProxy(this.ctx, () => {
      const sheet = this.worksheet.sheet();
      const b = this.must();
      const met = sheet.merges.filter((m) => overlaps(parseAddress(m), b));
      return met.length === 0 ? null : met.map((m) => fullAddress(sheet.name, parseAddress(m))).join(", ");
    });
  }
  select(): void {
    this.ctx.enqueue(() => {
      this.ctx.model.activeSheet = this.worksheet.sheet().name;
      this.ctx.model.selection = this.addressNow();
    });
  }
  getCell(row: number, column: number): RangeProxy {
    return new RangeProxy(this.ctx, this.worksheet, () => {
      const b = this.must();
      return { row: b.row + row, column: b.column + column, rows: 1, columns: 1 };
    });
  }
  getColumn(column: number): RangeProxy {
    return new RangeProxy(this.ctx, this.worksheet, () => {
      const b = this.must();
      return { row: b.row, column: b.column + column, rows: b.rows, columns: 1 };
    });
  }
}

/** Excel's RangeAreas as far as a reader of merged cells needs it: its address, or a null object. */
class MergedAreasProxy extends Proxy {
  constructor(
    ctx: Context,
    private readonly addressOf: () => string | null,
  ) {
    super(ctx);
  }
  protected abstractLoad(prop: string): unknown {
    if (prop === "isNullObject") return this.addressOf() === null;
    if (prop === "address") return this.addressOf();
    return super.abstractLoad(prop);
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get address(): string {
    return this.read("address");
  }
}

function overlaps(a: Block, b: Block): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;
}

const OPERATORS = ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqual", "LessThanOrEqual"];

/** `conditionalFormats.add("CellValue")`: its `cellValue` has a format (fill, font colour) and a rule { formula1, operator }. */
class ConditionalFormatProxy {
  readonly cellValue: {
    format: { fill: { color: string }; font: { color: string } };
    rule: { formula1: string; formula2?: string; operator: string };
  };
  constructor(ctx: Context, record: ConditionalFormatRecord) {
    this.cellValue = {
      format: {
        fill: {
          set color(c: string) {
            ctx.enqueue(() => (record.fill = c));
          },
        } as { color: string },
        font: {
          set color(c: string) {
            ctx.enqueue(() => (record.fontColor = c));
          },
        } as { color: string },
      },
      set rule(r: { formula1: string; formula2?: string; operator: string }) {
        ctx.enqueue(() => {
          if (!OPERATORS.includes(r.operator))
            throw new FakeExcelError("InvalidArgument", `The argument is invalid (operator ${r.operator}).`);
          record.rule = { ...r };
        });
      },
    } as ConditionalFormatProxy["cellValue"];
  }
}

class TableCollectionProxy extends Proxy {
  add(a1: string, hasHeaders: boolean): TableProxy {
    const b = parseAddress(a1);
    const name = `Tabel${this.ctx.model.tables.length + 1}`;
    let created: TableModel | null = null;
    this.ctx.enqueue(() => {
      if (!hasHeaders) throw new FakeExcelError("NotImplemented", "fake Excel: tables without headers");
      const sheet = this.ctx.model.sheet(b.sheet ?? this.ctx.model.activeSheet);
      if (!sheet) throw new FakeExcelError("ItemNotFound", `no sheet for ${a1}`);
      if (sheet.protected) throw new FakeExcelError("AccessDenied", "protected sheet");
      created = { name, sheet: sheet.name, row: b.row, column: b.column, rows: b.rows, columns: b.columns };
      this.ctx.model.tables.push(created);
    });
    return new TableProxy(this.ctx, () => created);
  }
  getItemOrNullObject(name: string): TableProxy {
    return new TableProxy(this.ctx, () => this.ctx.model.table(name) ?? null);
  }
  /** As in Office.js, each item is a table (its header, body, worksheet at hand) with its name and showHeaders loaded. */
  protected abstractLoad(prop: string): unknown {
    if (prop === "items/name" || prop === "items/showHeaders" || prop === "items")
      return this.ctx.model.tables.map((t) => TableProxy.item(this.ctx, t));
    return super.abstractLoad(prop);
  }
  get items(): TableProxy[] {
    return this.read("items/name");
  }
}

class TableProxy extends Proxy {
  readonly rows: { add: (index: number | null, values: unknown[][]) => { getRange(): RangeProxy } };
  constructor(
    ctx: Context,
    readonly resolve: () => TableModel | null,
  ) {
    super(ctx);
    this.rows = { add: (_index, values) => this.addRows(values) };
  }
  /** Rows appended below the table, entered as typed (see enteredCell); the result is the top new row, as Excel's TableRow. */
  private addRows(values: unknown[][]): { getRange(): RangeProxy } {
    let added: Block | null = null;
    let sheetName = "";
    this.ctx.enqueue(() => {
      const t = this.table();
      const sheet = this.ctx.model.sheet(t.sheet)!;
      if (sheet.protected) throw new FakeExcelError("AccessDenied", "protected sheet");
      const text = sheet.hasTextFormat();
      const at = t.row + t.rows;
      values.forEach((row, i) =>
        row.forEach((v, j) => {
          const x = v as string | number | boolean | null;
          const isText = text && sheet.numberFormatAt(at + i, t.column + j) === "@";
          sheet.set(at + i, t.column + j, x === null || x === undefined ? undefined : enteredCell(x, isText));
        }),
      );
      t.rows += values.length;
      added = { row: at, column: t.column, rows: 1, columns: t.columns };
      sheetName = t.sheet;
    });
    const worksheet = new WorksheetProxy(this.ctx, () => this.ctx.model.sheet(sheetName) ?? null);
    return { getRange: () => new RangeProxy(this.ctx, worksheet, () => added) };
  }
  /** An item of the loaded table collection: that table (null once it is deleted), its name and showHeaders loaded. */
  static item(ctx: Context, model: TableModel): TableProxy {
    const item = new TableProxy(ctx, () => (ctx.model.tables.includes(model) ? model : null));
    return item.answer("name", model.name).answer("showHeaders", model.showHeaders !== false);
  }
  table(): TableModel {
    const t = this.resolve();
    if (!t) throw new FakeExcelError("ItemNotFound", "The requested table doesn't exist.");
    return t;
  }
  set name(n: string) {
    this.ctx.enqueue(() => {
      if (this.ctx.model.table(n) && this.ctx.model.table(n) !== this.table())
        throw new FakeExcelError("ItemAlreadyExists", `table ${n} exists`);
      this.table().name = n;
    });
  }
  get name(): string {
    return this.read("name");
  }
  set style(s: string) {
    this.ctx.enqueue(() => (this.table().style = s));
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  protected abstractLoad(prop: string): unknown {
    if (prop === "isNullObject") return this.resolve() === null;
    if (prop === "name") return this.table().name;
    if (prop === "showHeaders") return this.table().showHeaders !== false;
    return super.abstractLoad(prop);
  }
  get showHeaders(): boolean {
    return this.read("showHeaders");
  }
  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.model.sheet(this.table().sheet) ?? null);
  }
  /** A table whose header row is hidden has none to give: the load fails, as it does in Excel. */
  getHeaderRowRange(): RangeProxy {
    return new RangeProxy(this.ctx, this.worksheet, () => {
      const t = this.table();
      if (t.showHeaders === false) throw new FakeExcelError("InvalidOperation", `The table ${t.name} has no header row.`);
      return { row: t.row, column: t.column, rows: 1, columns: t.columns };
    });
  }
  getDataBodyRange(): RangeProxy {
    return new RangeProxy(this.ctx, this.worksheet, () => {
      const t = this.table();
      const header = t.showHeaders === false ? 0 : 1;
      return { row: t.row + header, column: t.column, rows: t.rows - header, columns: t.columns };
    });
  }
  getRange(): RangeProxy {
    return new RangeProxy(this.ctx, this.worksheet, () => {
      const t = this.table();
      return { row: t.row, column: t.column, rows: t.rows, columns: t.columns };
    });
  }
  /** Excel's table.resize (ExcelApi 1.13): header stays, body grows or shrinks. */
  resize(a1: string): void {
    this.ctx.enqueue(() => {
      const t = this.table();
      const b = parseAddress(a1);
      if (b.row !== t.row || b.column !== t.column || b.columns !== t.columns)
        throw new FakeExcelError("InvalidArgument", "fake Excel: resize must keep the header row");
      const sheet = this.ctx.model.sheet(t.sheet)!;
      for (let r = t.row + b.rows; r < t.row + t.rows; r++)
        for (let c = t.column; c < t.column + t.columns; c++) sheet.set(r, c, undefined);
      t.rows = b.rows;
    });
  }
}

class ChartCollectionProxy {
  constructor(
    private readonly ctx: Context,
    private readonly sheet: WorksheetProxy,
  ) {}
  add(type: string, source: RangeProxy, seriesBy: string): ChartProxy {
    let chart: ChartModel | null = null;
    this.ctx.enqueue(() => {
      const s = this.sheet.sheet();
      if (s.protected) throw new FakeExcelError("AccessDenied", "protected sheet");
      chart = {
        name: `Grafiek ${s.charts.length + 1}`,
        type,
        source: (source as unknown as { addressNow(): string }).addressNow(),
        seriesBy,
        title: "",
      };
      s.charts.push(chart);
    });
    return new ChartProxy(this.ctx, this.sheet, () => chart);
  }
  getItemOrNullObject(name: string): ChartProxy {
    return new ChartProxy(this.ctx, this.sheet, () => this.sheet.sheet().charts.find((c) => c.name === name) ?? null);
  }
}

class ChartProxy extends Proxy {
  readonly title: { text: string };
  readonly legend: { position: string };
  readonly series: { getItemAt(index: number): { name: string } };
  constructor(
    ctx: Context,
    private readonly sheet: WorksheetProxy,
    private readonly resolve: () => ChartModel | null,
  ) {
    super(ctx);
    const chart = () => {
      const c = resolve();
      if (!c) throw new FakeExcelError("ItemNotFound", "The requested chart doesn't exist.");
      return c;
    };
    this.title = {
      set text(t: string) {
        ctx.enqueue(() => (chart().title = t));
      },
    } as { text: string };
    this.legend = {
      set position(p: string) {
        ctx.enqueue(() => (chart().legend = p));
      },
    } as { position: string };
    this.series = {
      getItemAt: (index: number) =>
        ({
          set name(n: string) {
            ctx.enqueue(() => {
              const c = chart();
              const data = parseAddress(c.source);
              // as Excel: a series beyond the data (the first column or row being the categories) does not exist
              const count = (c.seriesBy === "Rows" ? data.rows : data.columns) - 1;
              if (index < 0 || index >= count) throw new FakeExcelError("InvalidArgument", "The argument is invalid or missing.");
              const names = (c.seriesNames ??= []);
              names[index] = n;
            });
          },
        }) as { name: string },
    };
  }
  protected abstractLoad(prop: string): unknown {
    if (prop === "isNullObject") return this.resolve() === null;
    return super.abstractLoad(prop);
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  set name(n: string) {
    this.ctx.enqueue(() => (this.resolve()!.name = n));
  }
  setPosition(start: string, end: string): void {
    this.ctx.enqueue(() => (this.resolve()!.position = [start, end]));
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const s = this.sheet.sheet();
      s.charts = s.charts.filter((c) => c !== this.resolve());
    });
  }
}

class SettingsProxy extends Proxy {
  add(key: string, value: unknown): void {
    this.ctx.enqueue(() => this.ctx.model.settings.set(key, JSON.parse(JSON.stringify(value))));
  }
  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.ctx, key);
  }
}

class SettingProxy extends Proxy {
  constructor(
    ctx: Context,
    private readonly key: string,
  ) {
    super(ctx);
  }
  protected abstractLoad(prop: string): unknown {
    if (prop === "isNullObject") return !this.ctx.model.settings.has(this.key);
    if (prop === "value") return this.ctx.model.settings.get(this.key) ?? null;
    return super.abstractLoad(prop);
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get value(): unknown {
    return this.read("value");
  }
}

/** "1.9" < "1.13": requirement-set versions compare part by part, not as decimals. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Installs `Excel` and `Office` globals backed by `model` (jest or a browser page). */
export function installFakeExcel(target: Record<string, unknown>, model: WorkbookModel = new WorkbookModel()): WorkbookModel {
  target.Excel = {
    // Excel.run(batch), or Excel.run(context, batch) to reuse an earlier context (removing an event handler)
    run: async <T>(
      first: ((context: Context) => Promise<T>) | { context?: Context },
      second?: (context: Context) => Promise<T>,
    ): Promise<T> => {
      const batch = typeof first === "function" ? first : second!;
      const reused = typeof first === "function" ? null : first instanceof Context ? first : (first.context ?? null);
      const ctx = reused ?? new Context(model);
      ctx.alive = true;
      model.runCount += 1;
      try {
        const result = await batch(ctx);
        if (ctx.queue.length > 0) await ctx.sync(); // Excel.run flushes what is still queued
        return result;
      } finally {
        ctx.alive = false;
      }
    },
  };
  target.Office = {
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      get displayLanguage() {
        return model.displayLanguage;
      },
      requirements: {
        isSetSupported: (name: string, version?: string) => {
          const have = model.apiSets.get(name);
          return have !== undefined && compareVersions(have, version ?? "1.1") >= 0;
        },
      },
    },
    HostType: { Excel: "Excel" },
  };
  // Office.js provides CustomFunctions in the shared runtime; functions.js associates with it
  class CustomFunctionError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message);
    }
  }
  target.CustomFunctions = {
    associate: (id: string | Record<string, unknown>, fn?: unknown) => {
      if (typeof id === "string") model.customFunctions.set(id, fn as (...args: unknown[]) => unknown);
      else for (const [k, v] of Object.entries(id)) model.customFunctions.set(k, v as (...args: unknown[]) => unknown);
    },
    Error: CustomFunctionError,
    ErrorCode: { invalidValue: "#VALUE!", invalidNumber: "#NUM!", divisionByZero: "#DIV/0!", notAvailable: "#N/A" },
  };
  return model;
}

export { WorkbookModel };
