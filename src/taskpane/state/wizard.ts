import type { Method } from "../../engine/options";
import type { DivisorMethod } from "../../engine/divisor";
import type { Rounding } from "../../engine/exact";
import { ColumnSource, GroupKey, NUMERIC_COLUMNS, NumericColumn, RegionDataset } from "../../data/region";
import { STEDENDRIEHOEK_2024 } from "../../data";
import type {
  AdapterErrorInfo,
  GroupTableRead,
  MunicipalityTableRead,
  SourceChoice,
  SourceRangeRead,
  WriteScenarioResult,
} from "../../excel/types";
import { type Mapping, type TableColumn, mapSource, sourceText } from "../../data/source";
import {
  CorrectionLine,
  DEFAULT_END_YEAR,
  DEFAULT_NEED_SHARE,
  DEFAULT_SETTINGS,
  KeyColumn,
  perShare,
  ScenarioKey,
  ShareSetting,
} from "../../scenario";
import { SOURCE_TEXTS, inBoth, percentNumber } from "../../i18n";
import { PANE_STATE_TEXTS } from "../../i18n/paneState";
import { columnName } from "../../sheets/a1";
import { MonitorState, initialMonitor } from "./monitor";
import { GroupProblem, Message, readGroupKey, readGroupTable, sameName } from "../../data/readers";

/**
 * The wizard's state and reducer, outside React: what the user chose and typed (as text, so a
 * half-typed value is never lost), where the data came from, and the write status. Derived
 * values (parsed rows, problems, preview) live in derive.ts.
 */
export type Source = "embedded" | "workbook" | "empty";

export interface EditableRow {
  name: string;
  values: Record<NumericColumn, string>;
}

export type WriteStatus =
  | { kind: "idle" }
  | { kind: "busy" }
  /** Waits for the user: the own sheet would be replaced, or (`editedTable`) figures changed in that table in Excel would be. */
  | { kind: "confirm"; editedTable?: string; agreed?: readonly string[] }
  /** `fingerprint`: what the sheet was written from (staleness.ts), to tell when the pane moved on. */
  | { kind: "done"; result: WriteScenarioResult; fingerprint: string }
  | { kind: "error"; error: AdapterErrorInfo };

/** One target group as the pane edits it: its need as typed ("" = unknown), its key as read. */
export interface EditableGroup {
  name: string;
  need: string;
  key: GroupKey;
  /** Read from a region's own `Aandachtsgroepen` table: its row (1-based) and the need as read there ("" = blank). */
  read?: { row: number; need: string };
}

/** The workbook's `Aandachtsgroepen` table the groups were read from: the add-in's own (rewritten with the pane's groups) or a region's. */
export interface GroupTableState {
  name: string;
  ours: boolean;
  /** Every row that cannot be read, named (the row is left out, nothing guessed); a need that cannot be read is named under its field. */
  problems: Message[];
}

export interface WizardState {
  /** The open step: an index of state/steps.ts's STEPS. */
  step: number;
  source: Source;
  regionName: string;
  year: string;
  emptyNames: string;
  rows: EditableRow[];
  sources: RegionDataset["sources"];
  /**
   * Set when the data were read from a table in the workbook (problems link to its cells); `opened`
   * when the pane read it by itself as it opened (the workbook had a `Gemeenten` table), not at the
   * user's request.
   */
  table: { name: string; rowAddresses: string[]; cellAddresses: MunicipalityTableRead["cellAddresses"]; opened: boolean } | null;
  tableNotFound: boolean;
  /**
   * A table of the workbook the pane found, when it opened, to hold municipalities and figures
   * under another name than `Gemeenten` (the one *Tabel inlezen* reads): offered beside the
   * built-in region, never read without the user's say.
   */
  offeredTable: string | null;
  /** Set when the data are a region's own range mapped once (issue 21): the range as read and the mapping chosen. */
  link: { choice: SourceChoice; read: SourceRangeRead; mapping: Mapping } | null;
  needKind: "number" | "share";
  needNumber: string;
  needPercent: string;
  /** Each share setting (C and D's cap, E's minimum) as a percentage, as typed. */
  sharePercents: Record<ShareSetting, string>;
  rounding: Rounding;
  method: Method;
  solidarity: boolean;
  growthEnd: string;
  /** Percentage per key column of the fair share A, as typed; "" = not in the key. */
  keyPercents: Record<KeyColumn, string>;
  /** The Correcties table's lines, as read from the workbook or recorded in this session. */
  corrections: CorrectionLine[];
  /** The scenario the corrections adjust ("Na correcties"). */
  adjustBase: ScenarioKey;
  sheetName: string;
  write: WriteStatus;
  /** Step 5: the monitor of the agreement year by year. */
  monitor: MonitorState;
  /** Per groep: the target groups with their needs as typed, where they come from, and which municipality total the block honours. */
  groups: EditableGroup[];
  groupSource: { nl: string; en: string } | null;
  groupTotals: GroupTotalsKey;
  groupTable: GroupTableState | null;
  /** GROUPSHARE's method: Sainte-Laguë/Webster (standard rounding, the default) or D'Hondt (rounding down). */
  groupMethod: DivisorMethod;
}

/** The municipality totals the per-group block honours: the fair share A, or A after corrections (N). */
export type GroupTotalsKey = "A" | "N";

export function groupsOf(dataset: RegionDataset): EditableGroup[] {
  return (dataset.groups?.groups ?? []).map((g) => ({ name: g.name, need: g.need === null ? "" : String(g.need), key: g.key }));
}

export function rowsOf(dataset: RegionDataset): EditableRow[] {
  return dataset.municipalities.map((m) => ({
    name: m.name,
    values: Object.fromEntries(NUMERIC_COLUMNS.map((c) => [c, m[c] === null ? "" : String(m[c])])) as Record<NumericColumn, string>,
  }));
}

export function initialState(dataset: RegionDataset = STEDENDRIEHOEK_2024): WizardState {
  return {
    step: 0,
    source: "embedded",
    regionName: dataset.region,
    year: String(dataset.year),
    emptyNames: "",
    rows: rowsOf(dataset),
    sources: dataset.sources,
    table: null,
    tableNotFound: false,
    offeredTable: null,
    link: null,
    needKind: "number",
    needNumber: String(dataset.need),
    needPercent: String(percentNumber(DEFAULT_NEED_SHARE)),
    sharePercents: perShare((share) => String(percentNumber(DEFAULT_SETTINGS[share]))),
    rounding: DEFAULT_SETTINGS.rounding,
    method: DEFAULT_SETTINGS.method,
    solidarity: DEFAULT_SETTINGS.solidarity,
    growthEnd: String(DEFAULT_END_YEAR),
    keyPercents: { population: "100", stock: "", lettingsSocial: "", lettingsCheap: "" },
    corrections: [],
    adjustBase: "A",
    sheetName: `Verdeling ${dataset.year}`,
    write: { kind: "idle" },
    monitor: initialMonitor(dataset.year),
    groups: groupsOf(dataset),
    groupSource: dataset.groups?.source ?? null,
    groupTotals: "A",
    groupTable: null,
    groupMethod: "webster",
  };
}

export type Action =
  | { type: "goTo"; step: number }
  | { type: "chooseSource"; source: Source }
  | { type: "setEmptyNames"; text: string }
  | { type: "tableRead"; read: MunicipalityTableRead | null }
  | { type: "openedOnTable"; read: MunicipalityTableRead; groups: GroupTableRead | null }
  | { type: "tableOffered"; name: string }
  | { type: "sourceRead"; choice: SourceChoice; read: SourceRangeRead }
  | { type: "setMapping"; column: TableColumn; index: number | null }
  | { type: "editCell"; row: number; column: NumericColumn; text: string }
  /** Population from CBS StatLine: one figure per row (null leaves the cell blank: unknown) and its source. */
  | { type: "applyPopulation"; values: (number | null)[]; source: ColumnSource }
  | { type: "set"; field: SettableField; value: string }
  | { type: "setSharePercent"; share: ShareSetting; value: string }
  | { type: "setRounding"; value: Rounding }
  | { type: "setMethod"; value: Method }
  | { type: "setNeedKind"; value: "number" | "share" }
  | { type: "setSolidarity"; value: boolean }
  | { type: "write"; status: WriteStatus }
  | { type: "setKeyPercent"; column: KeyColumn; value: string }
  | { type: "correctionsRead"; lines: CorrectionLine[] }
  | { type: "setAdjustBase"; value: ScenarioKey }
  | { type: "monitor"; patch: Partial<MonitorState> }
  | { type: "setGroupNeed"; index: number; text: string }
  | { type: "setGroupTotals"; value: GroupTotalsKey }
  | { type: "groupTableRead"; read: GroupTableRead }
  | { type: "setGroupKey"; index: number; key: GroupKey }
  | { type: "setGroupMethod"; value: DivisorMethod };

export type SettableField = "regionName" | "year" | "needNumber" | "needPercent" | "growthEnd" | "sheetName";

/** Every figure's source, the same per column: typed in the pane, or a table of the workbook (the Verantwoording says which). */
const SOURCES = (text: { nl: string; en: string }, year: number | null): RegionDataset["sources"] =>
  Object.fromEntries(NUMERIC_COLUMNS.map((c) => [c, { ...text, year }])) as RegionDataset["sources"];
const EMPTY_SOURCES = (year: number | null) => SOURCES(inBoth(SOURCE_TEXTS, "typed"), year);
const TABLE_SOURCES = (table: string, year: number | null) => SOURCES(inBoth(SOURCE_TEXTS, "table", { table }), year);

export function reducer(state: WizardState, action: Action): WizardState {
  switch (action.type) {
    case "goTo":
      return { ...state, step: action.step };
    case "openedOnTable":
    case "tableOffered":
    case "chooseSource":
    case "setEmptyNames":
    case "tableRead":
    case "sourceRead":
    case "setMapping":
      return sourceReducer(state, action);
    case "editCell":
      return {
        ...state,
        rows: state.rows.map((r, i) => (i === action.row ? { ...r, values: { ...r.values, [action.column]: action.text } } : r)),
      };
    case "applyPopulation":
      return withPopulation(state, action.values, action.source);
    case "set":
      return { ...state, [action.field]: action.value };
    case "setSharePercent":
      return { ...state, sharePercents: { ...state.sharePercents, [action.share]: action.value } };
    case "setRounding":
      return { ...state, rounding: action.value };
    case "setMethod":
      return { ...state, method: action.value };
    case "setNeedKind":
      return { ...state, needKind: action.value };
    case "setSolidarity":
      return { ...state, solidarity: action.value };
    case "write":
      return { ...state, write: action.status };
    case "setKeyPercent":
      return { ...state, keyPercents: { ...state.keyPercents, [action.column]: action.value } };
    case "correctionsRead":
      return { ...state, corrections: action.lines };
    case "setAdjustBase":
      return { ...state, adjustBase: action.value };
    case "monitor":
      return { ...state, monitor: { ...state.monitor, ...action.patch } };
    case "setGroupNeed":
    case "setGroupTotals":
    case "setGroupKey":
    case "setGroupMethod":
    case "groupTableRead":
      return groupReducer(state, action);
  }
}

type SourceAction = Extract<
  Action,
  { type: "openedOnTable" | "tableOffered" | "chooseSource" | "setEmptyNames" | "tableRead" | "sourceRead" | "setMapping" }
>;

/** Step 1's actions: where the region's data come from (embedded, a table or range of the workbook, typed names), and reading them. */
function sourceReducer(state: WizardState, action: SourceAction): WizardState {
  switch (action.type) {
    case "openedOnTable":
      return openedOnTable(state, action);
    case "tableOffered":
      // like opening on a table: only while the user has not moved on from the built-in region
      return state.step === 0 && state.source === "embedded" ? { ...state, offeredTable: action.name } : state;
    case "chooseSource": {
      if (action.source === state.source) return state;
      // back to the built-in region: the table found in the workbook is offered again
      if (action.source === "embedded") return { ...initialState(), step: state.step, offeredTable: state.offeredTable };
      if (action.source === "empty")
        return {
          ...state,
          source: "empty",
          regionName: "",
          rows: namesToRows(state.emptyNames),
          sources: EMPTY_SOURCES(Number(state.year) || null),
          table: null,
          tableNotFound: false,
          link: null,
        };
      return { ...state, source: "workbook", rows: [], table: null, tableNotFound: false, link: null };
    }
    case "setEmptyNames":
      return { ...state, emptyNames: action.text, rows: mergeNames(state.rows, action.text) };
    case "tableRead": {
      if (!action.read) return { ...state, tableNotFound: true, rows: [], table: null, link: null };
      const rows = action.read.rows.map((raw) => ({
        name: raw.name == null ? "" : String(raw.name),
        values: Object.fromEntries(NUMERIC_COLUMNS.map((c) => [c, raw[c] == null ? "" : String(raw[c])])) as Record<NumericColumn, string>,
      }));
      return {
        ...state,
        rows,
        tableNotFound: false,
        link: null,
        table: {
          name: action.read.tableName,
          rowAddresses: action.read.rowAddresses,
          cellAddresses: action.read.cellAddresses,
          opened: false,
        },
        sources: TABLE_SOURCES(action.read.tableName, Number(state.year) || null),
        regionName: regionNameFor(state.regionName, rows),
      };
    }
    case "sourceRead":
      return linked({ ...state, table: null, tableNotFound: false }, action.choice, action.read, action.read.remembered);
    case "setMapping":
      return state.link
        ? linked(state, state.link.choice, state.link.read, { ...state.link.mapping, [action.column]: action.index })
        : state;
  }
}

/**
 * The region's name once a table is read: the built-in region's name only for the built-in
 * region's municipalities; for another region's table it is left blank for the user to give
 * (step 1 asks), rather than titling that region's sheets with the built-in name. A name the user
 * typed stays.
 *
 * @example regionNameFor("Regio Stedendriehoek", [{ name: "Aalten" }]) // ""
 */
function regionNameFor(current: string, rows: readonly { name: string }[]): string {
  const builtIn = STEDENDRIEHOEK_2024;
  if (current !== builtIn.region) return current;
  const same =
    rows.length === builtIn.municipalities.length && rows.every((r) => builtIn.municipalities.some((m) => sameName(m.name, r.name)));
  return same ? current : "";
}

/**
 * The pane opened in a workbook with a `Gemeenten` table (state/openOnTable.ts): its figures, as if
 * the user had chosen *Tabel in deze werkmap* and read it — only while the user has not moved on,
 * so a choice made before the workbook answered stands.
 */
function openedOnTable(state: WizardState, action: Extract<Action, { type: "openedOnTable" }>): WizardState {
  if (state.step !== 0 || state.source !== "embedded") return state;
  const read = reducer(reducer(state, { type: "chooseSource", source: "workbook" }), { type: "tableRead", read: action.read });
  const opened = { ...read, table: read.table && { ...read.table, opened: true } };
  return action.groups ? reducer(opened, { type: "groupTableRead", read: action.groups }) : opened;
}

type GroupAction = Extract<Action, { type: "setGroupNeed" | "setGroupTotals" | "setGroupKey" | "setGroupMethod" | "groupTableRead" }>;

/** The *Per groep* actions: a need typed, a key or method chosen, the municipality total honoured, the groups read from a table. */
function groupReducer(state: WizardState, action: GroupAction): WizardState {
  switch (action.type) {
    case "setGroupNeed":
      return { ...state, groups: state.groups.map((g, i) => (i === action.index ? { ...g, need: action.text } : g)) };
    case "setGroupTotals":
      return { ...state, groupTotals: action.value };
    case "setGroupKey":
      return { ...state, groups: state.groups.map((g, i) => (i === action.index ? { ...g, key: action.key } : g)) };
    case "setGroupMethod":
      return { ...state, groupMethod: action.value };
    case "groupTableRead":
      return { ...state, ...groupsFromTable(action.read) };
  }
}

function namesToRows(text: string): EditableRow[] {
  return text
    .split(/\r?\n/)
    .map((n) => n.trim())
    .filter((n) => n !== "")
    .map((name) => ({ name, values: Object.fromEntries(NUMERIC_COLUMNS.map((c) => [c, ""])) as Record<NumericColumn, string> }));
}

/** New names keep what was typed for a municipality of the same name. */
function mergeNames(rows: EditableRow[], text: string): EditableRow[] {
  const byName = new Map(rows.map((r) => [r.name, r]));
  return namesToRows(text).map((r) => byName.get(r.name) ?? r);
}

/** The pane's rows from a region's own range through a mapping (the remembered or suggested one when null); blank where unknown. */
function linked(state: WizardState, choice: SourceChoice, read: SourceRangeRead, mapping: Mapping | null): WizardState {
  const mapped = mapSource(read.values, { merged: read.merged, regionName: state.regionName, mapping });
  const rows = mapped.rows.map((r) => ({
    name: r.name,
    values: Object.fromEntries(NUMERIC_COLUMNS.map((c) => [c, sourceText(r.values[c])])) as Record<NumericColumn, string>,
  }));
  const sources = Object.fromEntries(
    NUMERIC_COLUMNS.map((c) => [
      c,
      {
        ...inBoth(SOURCE_TEXTS, "sheetColumn", {
          sheet: read.sheetName,
          column: mapped.mapping[c] === null ? "–" : columnName(read.column + mapped.mapping[c]!),
        }),
        year: Number(state.year) || null,
      },
    ]),
  ) as RegionDataset["sources"];
  return { ...state, rows, sources, link: { choice, read, mapping: mapped.mapping } };
}

/** StatLine's population in the rows (null: blank, unknown), with its source. */
function withPopulation(state: WizardState, values: readonly (number | null)[], source: ColumnSource): WizardState {
  const rows = state.rows.map((r, i) => ({ ...r, values: { ...r.values, population: values[i] == null ? "" : String(values[i]) } }));
  return { ...state, rows, sources: { ...state.sources, population: source } };
}

/**
 * The pane's groups from a workbook's `Aandachtsgroepen` table, read with THE reader
 * (readGroupTable): a row whose name or key cannot be read is left out and named; a need that
 * cannot be read stays as typed, named under its field (and takes no part, as on the sheet).
 */
export function groupsFromTable(read: GroupTableRead): Pick<WizardState, "groups" | "groupTable" | "groupSource"> {
  const { problems } = readGroupTable(read.rows);
  const left = (row: number) => problems.some((p: GroupProblem) => p.row === row && p.column !== "need");
  const groups = read.rows.flatMap((raw, i): EditableGroup[] => {
    const key = readGroupKey(raw.key);
    if (left(i + 1) || !key.ok) return [];
    const need = raw.need === null || raw.need === undefined ? "" : String(raw.need);
    return [
      {
        name: String(raw.name)
          .replace(/\u00a0/g, " ")
          .trim(),
        need,
        key: key.value,
        read: { row: i + 1, need },
      },
    ];
  });
  const missing: Message[] = read.missing.map((h) => inBoth(PANE_STATE_TEXTS, "missingColumn", { table: read.tableName, column: h }));
  return {
    groups,
    groupTable: {
      name: read.tableName,
      ours: read.ours,
      problems: [...missing, ...problems.filter((p) => p.column !== "need").map((p) => p.problem)],
    },
    groupSource: null,
  };
}
