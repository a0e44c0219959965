import { type Language, type RecordedKind, type SheetKind, SHEET_KINDS } from "../i18n";
import { Block, contains, parseAddress, address } from "../sheets/a1";
import { CORRECTIONS_SHEET } from "../sheets/correctionsColumns";
import type { Mapping } from "../data/source";

/**
 * What the add-in wrote, recorded in the workbook's settings (`workbook.settings`, saved with
 * the file) under {@link SETTINGS_KEY}: the municipality table and, per sheet it owns, the
 * blocks and chart it wrote. Settings rather than a custom XML part because they are read and
 * written in the same batch as everything else (no extra round trip) and hold small JSON.
 *
 * Ownership is per block: a re-run may rewrite the blocks it recorded, and write new cells only
 * where the sheet is empty — a note the user typed elsewhere on the sheet never blocks an update
 * and is never overwritten.
 *
 * @example
 *   const record = parseRecord(setting.value);
 *   userCellIn(record.sheets["Verdeling 2024"], used, "A1:H40"); // "J3" or null
 */
export const SETTINGS_KEY = "Verdeelwijzer";

/**
 * The kinds of sheet the add-in writes (a write of one kind never replaces a sheet of another) are
 * defined once, with their names, in src/i18n/sheets.ts. `RecordedKind` adds "unknown": a recorded
 * sheet whose kind cannot be told (an old record without fields to go by): owned, but replaced by no write.
 */
export { SHEET_KINDS } from "../i18n";
export type { RecordedKind, SheetKind } from "../i18n";

export interface OwnedSheet {
  /** Blocks the add-in wrote (A1 addresses without sheet). */
  blocks: string[];
  /** Charts the add-in placed on the sheet (by name): each is deleted before a rewrite adds it again, so none is ever duplicated. */
  charts: string[];
  /** What the sheet is: a scenario, a values copy, a justification (Verantwoording), … */
  kind: RecordedKind;
  /** On a scenario sheet: its Verantwoording sheet. */
  justification?: string;
  /** On a scenario sheet: the municipality names of the scenario table, e.g. "A13:A21" (the pane follows the selection by it). */
  municipalities?: string;
  /** On a scenario sheet with a group block: its GROUPSHARE matrix (municipalities × groups), e.g. "B45:D53"; Waarom? follows it. */
  groupMatrix?: string;
  /** A scenario sheet's growth path: block (municipalities × years), its first year, the names and cached values in block order. */
  growth?: GrowthRecord;
  /** A monitor sheet: what it was written from (to re-run, enter a year and read it back). */
  monitor?: MonitorRecord;
}

export interface GrowthRecord {
  address: string;
  firstYear: number;
  names: string[];
  rows: (number | null)[][];
}

export interface MonitorRecord {
  region: string;
  names: string[];
  startYear: number;
  endYear: number;
  /** The realised block (A1, no sheet). */
  realised: string;
  /**
   * Targets per municipality × year as written (path values or fixed targets): the write's own answer; readMonitor reads the sheet's live
   * block.
   */
  targets: (number | null)[][];
  /** Where the targets come from: the scenario sheet's growth block (sheet-qualified A1) or fixed input cells. */
  target: { kind: "scenario"; sheetName: string; address: string; firstYear: number } | { kind: "fixed" };
  language: Language;
  /** The parameters as written (the sheet's own cells may be edited later). */
  allowCredit: boolean;
  thresholds: { onTrack: number; behind: number };
}

export interface OwnershipRecord {
  table?: {
    name: string;
    sheet: string;
    rows: number;
    sources: string | null;
    /** A table linked to the region's own cells: the range read and the mapping chosen, remembered for the next read. */
    link?: { sheet: string; address: string; mapping: Mapping };
    /** The figures as written (a fingerprint of the rows): a table whose figures differ was changed in Excel since. */
    written?: string;
  };
  /** The add-in's own `Aandachtsgroepen` table (issue 19): its name, the sheet it was written on, its rows and the note under it. */
  groupTable?: {
    name: string;
    sheet: string;
    rows: number;
    note: string;
    /** The rows as written (a fingerprint): a table whose rows differ was changed in Excel since. */
    written?: string;
  };
  sheets: { [name: string]: OwnedSheet };
}

/** A sheet as stored: records of earlier versions have `address` (one block) and `chart` (one chart, or null). */
type StoredSheet = Partial<Omit<OwnedSheet, "kind">> & { address?: string; chart?: string | null; kind?: unknown };

/**
 * The record in the settings, or an empty one; records of earlier versions ({address, chart}) are
 * read as one block and one chart, and a sheet recorded without a (known) kind gets the kind its fields show
 * ({@link inferKind}).
 */
export function parseRecord(value: unknown): OwnershipRecord {
  if (!value || typeof value !== "object" || !("sheets" in value)) return { sheets: {} };
  const record = value as {
    table?: OwnershipRecord["table"];
    groupTable?: OwnershipRecord["groupTable"];
    sheets: Record<string, StoredSheet>;
  };
  const sheets: OwnershipRecord["sheets"] = {};
  for (const [name, s] of Object.entries(record.sheets ?? {})) {
    const kind = inferKind(name, s, record.sheets ?? {});
    sheets[name] = { blocks: s.blocks ?? (s.address ? [s.address] : []), charts: s.charts ?? (s.chart ? [s.chart] : []), kind };
    if (s.justification) sheets[name].justification = s.justification;
    if (s.municipalities) sheets[name].municipalities = s.municipalities;
    if (s.groupMatrix) sheets[name].groupMatrix = s.groupMatrix;
    if (s.growth) sheets[name].growth = s.growth;
    if (s.monitor) sheets[name].monitor = s.monitor;
  }
  return { table: record.table, ...(record.groupTable ? { groupTable: record.groupTable } : {}), sheets };
}

/**
 * The kind of a recorded sheet: as recorded when it is one of {@link SHEET_KINDS}; else what its
 * fields show — a monitor record → monitor; a growth path, municipalities or a Verantwoording
 * link → scenario; named as another sheet's Verantwoording → justification; the Correcties
 * sheet → corrections; a name ending in "(waarden)" / "(values)" → valuesCopy. Anything else is
 * "unknown", which no write replaces.
 *
 * @example
 *   inferKind("Monitor", { blocks: ["A1:N62"], monitor: {...} }, sheets); // "monitor"
 *   inferKind("Blad3", { blocks: ["A1:B2"] }, sheets);                   // "unknown"
 */
export function inferKind(name: string, sheet: StoredSheet, all: Record<string, StoredSheet>): RecordedKind {
  if (typeof sheet.kind === "string" && (SHEET_KINDS as readonly string[]).includes(sheet.kind)) return sheet.kind as SheetKind;
  if (sheet.monitor) return "monitor";
  if (sheet.growth || sheet.municipalities || sheet.justification) return "scenario";
  if (Object.values(all).some((other) => other.justification === name)) return "justification";
  if (name.toLowerCase() === CORRECTIONS_SHEET.toLowerCase()) return "corrections";
  if (/ \((waarden|values)\)( \(\d+\))?$/i.test(name)) return "valuesCopy";
  return "unknown";
}

/** A name not in `taken` (case ignored): "Verdeling 2024 (2)", "(3)", … kept within Excel's 31 characters. */
export function freeName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/**
 * The first non-empty cell of the sheet's used range that lies inside `target` but outside
 * every block the add-in owns there — a cell the user wrote that a write would overwrite.
 */
export function userCellIn(
  owned: OwnedSheet | undefined,
  used: { address: string; formulas: unknown[][] } | null,
  target: string,
): string | null {
  if (!used) return null;
  const start = parseAddress(used.address.replace(/^.*!/, ""));
  const into = parseAddress(target);
  const blocks = (owned?.blocks ?? []).map(parseAddress);
  for (let r = 0; r < used.formulas.length; r++) {
    for (let c = 0; c < used.formulas[r].length; c++) {
      if (used.formulas[r][c] === "" || used.formulas[r][c] === null) continue;
      const cell: Block = { row: start.row + r, column: start.column + c, rows: 1, columns: 1 };
      if (contains(into, cell) && !blocks.some((b) => contains(b, cell))) return address(cell.row, cell.column);
    }
  }
  return null;
}

/**
 * Sheet names kept for one kind even while no such sheet exists: the Correcties table always lives
 * on its own sheet of that name, and "Monitor" is the monitor's default — a scenario written there
 * would block them later.
 */
const RESERVED: Record<string, SheetKind> = { [CORRECTIONS_SHEET.toLowerCase()]: "corrections", monitor: "monitor" };

/**
 * What a write of `kind` finds at `sheetName`: "free" (no sheet, name not kept for another kind),
 * "ours" (the add-in's sheet of this very kind: it may be updated after asking), "otherKind"
 * (the add-in's sheet of another or unknown kind, or a name kept for another kind), "user" (a
 * sheet the add-in did not write). Names compare without regard to case, as Excel's do.
 *
 * @example
 *   sheetStatusOf(record, ["Correcties"], "Correcties", "scenario"); // "otherKind"
 *   sheetStatusOf(record, ["Verdeling 2024"], "Verdeling 2024", "scenario"); // "ours"
 */
export function sheetStatusOf(
  record: OwnershipRecord,
  sheetNames: readonly string[],
  sheetName: string,
  kind: SheetKind,
): "free" | "ours" | "otherKind" | "user" {
  const lower = sheetName.toLowerCase();
  if (!sheetNames.some((n) => n.toLowerCase() === lower)) {
    const reserved = RESERVED[lower];
    return reserved && reserved !== kind ? "otherKind" : "free";
  }
  const key = Object.keys(record.sheets).find((n) => n.toLowerCase() === lower);
  if (key === undefined) return "user";
  return record.sheets[key].kind === kind && key === sheetName ? "ours" : "otherKind";
}

/** The kind recorded for `sheetName` (case ignored), or the kind its name is kept for; null for a free or user's sheet. */
export function recordedKindOf(record: OwnershipRecord, sheetName: string): RecordedKind | null {
  const lower = sheetName.toLowerCase();
  const key = Object.keys(record.sheets).find((n) => n.toLowerCase() === lower);
  return key !== undefined ? record.sheets[key].kind : (RESERVED[lower] ?? null);
}

/**
 * The rows of an owned table as one short text (FNV-1a over the cells as Excel gives them back): equal
 * for equal tables, and in practice different when a cell changed. Blank and "" are the same.
 *
 * @example rowsFingerprint([["Epe", 33000, ""]]) === rowsFingerprint([["Epe", 33000, null]]) // true
 */
export function rowsFingerprint(rows: readonly (readonly unknown[])[]): string {
  let hash = 0x811c9dc5;
  const text = JSON.stringify(rows.map((row) => row.map((v) => (v === null || v === undefined ? "" : v))));
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${rows.length}:${(hash >>> 0).toString(16)}`;
}
