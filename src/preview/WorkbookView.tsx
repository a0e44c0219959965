import { createContext, useContext, useEffect, useMemo, useState } from "react";
import { Tab, TabList, Text, Title3, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { address, columnName, parseAddress } from "../sheets/a1";
import { Language, booleanText, chartTypeName, localeOf } from "../i18n";
import { type Vars, inLanguages, message } from "../i18n/message";
import { WORKBOOK_VIEW_TEXTS, type WorkbookViewTextKey } from "../i18n/preview";
import { WorkbookValues, isError } from "./formulas";
import { computeLikeExcel, workbookValuesOf } from "./calculation";
import { FileBar, readDroppedFile, useWorkbookFile } from "./FileBar";
import { ChartView } from "./ChartView";
import { installFakeExcel } from "./simulatedExcel";
import { SheetModel, WorkbookModel } from "./workbookModel";

/**
 * The preview's simulated workbook (a chunk of its own, issue 20: the pane's first step shows
 * before this loads): the simulated Excel the adapter writes to, and its view — file bar, sheet
 * tabs, formula bar, charts and the grid of computed values. After every sync its formulas are
 * computed (src/preview/formulas/, THUIS through the same wrappers as the custom functions), so
 * the grid shows values as Excel would, and the formula of the selected cell in the formula bar.
 * Selecting a cell is a selection in the simulated Excel too: the sheet's onSelectionChanged
 * handlers run, so "Waarom dit getal?" follows a clicked cell as it follows Excel's.
 *
 * @example
 *   const model = installSimulatedWorkbook(window, "nl"); // window.Excel is the simulated Excel
 *   <WorkbookView model={model} language="nl" />
 */
export function installSimulatedWorkbook(target: Record<string, unknown>, language: Language): WorkbookModel {
  const model = installFakeExcel(target, new WorkbookModel(["Blad1"]));
  model.displayLanguage = localeOf(language);
  // the adapter reads what Excel shows (the values copy, the monitor's summary): computed values
  computeLikeExcel(model);
  return model;
}

/** The chart types the preview draws (the bars the scenario sheet places); others are listed by title, type and data. */
const DRAWN_CHARTS = ["BarClustered", "BarStacked"];

/** The view's texts in the language, from the catalogue (src/i18n/preview.ts). */
const WORKBOOK_TEXT = inLanguages((language) => {
  const say = (key: WorkbookViewTextKey, vars: Vars = {}) => message(WORKBOOK_VIEW_TEXTS, language, key, vars);
  return {
    workbook: say("workbook"),
    title: say("title"),
    hint: say("hint"),
    chart: (title: string, type: string, source: string) => say("chart", { title, type, source }),
    formulaBar: say("formulaBar"),
    nameBox: say("nameBox"),
    spilled: (anchor: string) => say("spilled", { anchor }),
    empty: say("empty"),
    grid: say("grid"),
  };
});

interface WorkbookScope {
  model: WorkbookModel;
  language: Language;
  text: (typeof WORKBOOK_TEXT)[Language];
}

/** The workbook, its language and texts, for the parts of the view. */
const Scope = createContext<WorkbookScope>(null as unknown as WorkbookScope);

const useStyles = makeStyles({
  workbook: {
    flexGrow: 1,
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow8,
    padding: "8px",
    display: "flex",
    flexDirection: "column",
    gap: "6px",
  },
  bar: { display: "flex", gap: "6px", alignItems: "stretch", fontFamily: tokens.fontFamilyMonospace, fontSize: "12px" },
  nameBox: { width: "72px", flexShrink: 0, border: `1px solid ${tokens.colorNeutralStroke1}`, padding: "3px 6px" },
  formula: {
    flexGrow: 1,
    minWidth: 0,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: "3px 6px",
    overflowWrap: "anywhere",
    minHeight: "1.5em",
  },
  fx: { color: tokens.colorNeutralForeground3, fontStyle: "italic", paddingTop: "3px" },
  grid: { overflow: "auto", maxHeight: "75vh", fontSize: "12px" },
  charts: { display: "flex", flexWrap: "wrap", gap: "8px 24px", alignItems: "flex-start" },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 4px",
    whiteSpace: "nowrap",
    maxWidth: "260px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    cursor: "cell",
  },
  // a cell with something in it covers text running on from its left, as in Excel
  filled: { position: "relative", backgroundColor: tokens.colorNeutralBackground1 },
  // text running on over the empty cells to its right; it does not widen its column, and clicks go to the cell under it
  // (a no-break space before it keeps the row's height; drawn, not part of the cell's text)
  runsOn: { position: "relative", overflow: "visible", minWidth: "64px", "::before": { content: '"\\00a0"' } },
  runningText: { position: "absolute", left: "4px", top: "2px", whiteSpace: "nowrap", pointerEvents: "none" },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  computed: { color: tokens.colorBrandForeground1 },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    textAlign: "center",
    position: "sticky",
    top: 0,
    zIndex: 2,
  },
});

function display(value: ReturnType<WorkbookValues["get"]>, format: string | null, language: Language): string {
  if (value === null) return "";
  if (isError(value)) return value.error;
  if (typeof value === "boolean") return booleanText(value, language);
  if (typeof value === "string") return value;
  const locale = localeOf(language);
  const decimals = (format?.split(".")[1] ?? "").replace(/[^0#]/g, "").length;
  if (format?.includes("%"))
    return new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(
      value,
    );
  if (format && /^[0#.,]+$/.test(format))
    return new Intl.NumberFormat(locale, { useGrouping: false, minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(
      value,
    );
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 10 }).format(value);
}

/** The first cell of the workbook's selection when it is on this sheet (after the pane's "go to"), else null. */
function selectionOn(model: WorkbookModel, sheetName: string): { row: number; column: number } | null {
  if (!model.selection) return null;
  const block = parseAddress(model.selection);
  return block.sheet?.toLowerCase() === sheetName.toLowerCase() ? { row: block.row, column: block.column } : null;
}

type CellAt = { row: number; column: number };

/** The simulated workbook: file bar, sheet tabs, formula bar, charts and the grid of computed values. */
export function WorkbookView({ model, language, onFileOpened }: { model: WorkbookModel; language: Language; onFileOpened?: () => void }) {
  const styles = useStyles();
  const scope = useMemo(() => ({ model, language, text: WORKBOOK_TEXT[language] }), [model, language]);
  const text = scope.text;
  const [values, setValues] = useState<WorkbookValues>(() => workbookValuesOf(model));
  const [active, setActive] = useState(() => model.activeSheet);
  const [selected, setSelected] = useState<CellAt | null>(null);
  const file = useWorkbookFile(model, language, () => {
    setValues(workbookValuesOf(model));
    setActive(model.activeSheet);
    setSelected(null);
    onFileOpened?.();
  });
  useEffect(() => {
    model.afterSync = () => {
      setValues(workbookValuesOf(model));
      setActive(model.activeSheet);
      setSelected(selectionOn(model, model.activeSheet));
    };
  }, [model]);
  /** The user selects a cell: shown in the grid, and a selection in the workbook (its handlers run). */
  const select = (sheetName: string, next: CellAt) => {
    setSelected(next);
    void model.selectCells(sheetName, address(next.row, next.column));
  };
  const sheet = model.sheet(active) ?? model.sheets[0];
  return (
    <Scope.Provider value={scope}>
      <section
        className={styles.workbook}
        aria-label={text.workbook}
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          // a file dropped on the workbook opens like one chosen with the button
          e.preventDefault();
          const dropped = readDroppedFile(e.dataTransfer);
          if (dropped) void file.open(dropped);
        }}
      >
        <Title3 as="h2">{text.title}</Title3>
        <FileBar file={file} />
        <Text size={200}>{text.hint}</Text>
        <SheetTabs
          active={sheet.name}
          onSelect={(name) => {
            setActive(name);
            model.activeSheet = name;
            setSelected(null);
          }}
        />
        <FormulaBar sheet={sheet} values={values} selected={selected} />
        {sheet.charts.length > 0 && (
          <div className={styles.charts}>
            {sheet.charts.map((c) => (
              <div key={c.name}>
                <Text size={200} block>
                  {text.chart(c.title, chartTypeName(c.type, language), c.source)}
                </Text>
                {DRAWN_CHARTS.includes(c.type) && <ChartView chart={c} values={values} />}
              </div>
            ))}
          </div>
        )}
        {!sheet.usedBlock() && <Text size={200}>{text.empty}</Text>}
        <CellGrid sheet={sheet} values={values} selected={selected} onSelect={(cell) => select(sheet.name, cell)} />
      </section>
    </Scope.Provider>
  );
}

/** One tab per sheet of the workbook; choosing one makes it the active sheet. */
function SheetTabs({ active, onSelect }: { active: string; onSelect: (name: string) => void }) {
  const { model } = useContext(Scope);
  return (
    <TabList size="small" selectedValue={active} onTabSelect={(_, d) => onSelect(String(d.value))}>
      {model.sheets.map((s) => (
        <Tab key={s.name} value={s.name}>
          {s.name}
        </Tab>
      ))}
    </TabList>
  );
}

/** What Excel's formula bar shows for the selected cell: its formula, the formula it spilled from, or its value. */
function formulaBarText(sheet: SheetModel, values: WorkbookValues, selected: CellAt | null, { text, language }: WorkbookScope): string {
  if (!selected) return "";
  const own = sheet.get(selected.row, selected.column);
  if (own?.formula) return own.formula;
  const anchor = values.anchorOf(sheet.name, selected.row, selected.column);
  if (anchor) return `${sheet.get(anchor.row, anchor.column)?.formula ?? ""}   (${text.spilled(address(anchor.row, anchor.column))})`;
  return display(values.get(sheet.name, selected.row, selected.column), null, language);
}

/** The name box and the formula bar, as in Excel; an error value's message is the bar's title. */
function FormulaBar({ sheet, values, selected }: { sheet: SheetModel; values: WorkbookValues; selected: CellAt | null }) {
  const styles = useStyles();
  const scope = useContext(Scope);
  const text = scope.text;
  const selectedValue = selected ? values.get(sheet.name, selected.row, selected.column) : null;
  return (
    <div className={styles.bar} role="group" aria-label={text.formulaBar}>
      <output className={styles.nameBox} aria-label={text.nameBox}>
        {selected ? address(selected.row, selected.column) : ""}
      </output>
      <span className={styles.fx} aria-hidden="true">
        fx
      </span>
      <output className={styles.formula} aria-label={text.formulaBar} title={isError(selectedValue) ? selectedValue.message : undefined}>
        {formulaBarText(sheet, values, selected, scope)}
      </output>
    </div>
  );
}

const ARROW_MOVES: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/** The cell an arrow key selects, as in Excel: one step, kept inside the used block; the first key with no selection selects A1. */
function arrowTarget(selected: CellAt | null, move: [number, number], rows: number, cols: number): CellAt {
  if (!selected) return { row: 0, column: 0 };
  return {
    row: Math.min(rows - 1, Math.max(0, selected.row + move[0])),
    column: Math.min(cols - 1, Math.max(0, selected.column + move[1])),
  };
}

interface CellGridProps {
  sheet: SheetModel;
  values: WorkbookValues;
  selected: CellAt | null;
  onSelect: (cell: CellAt) => void;
}

/** The sheet's used block as a grid with column letters and row numbers; arrow keys and clicks select a cell. */
function CellGrid({ sheet, values, selected, onSelect }: CellGridProps) {
  const styles = useStyles();
  const text = useContext(Scope).text;
  const used = sheet.usedBlock();
  const rows = used ? used.row + used.rows : 0;
  const cols = used ? used.column + used.columns : 0;
  const merged = mergedCells(sheet);
  return (
    <div
      className={styles.grid}
      role="region"
      aria-label={text.grid}
      tabIndex={0}
      onKeyDown={(e) => {
        const move = ARROW_MOVES[e.key];
        if (!move || rows === 0) return;
        e.preventDefault();
        const next = arrowTarget(selected, move, rows, cols);
        onSelect(next);
        e.currentTarget
          .querySelector(`[data-cell="${address(next.row, next.column)}"]`)
          ?.scrollIntoView({ block: "nearest", inline: "nearest" });
      }}
    >
      <table style={{ borderCollapse: "collapse" }}>
        <thead>
          <tr>
            <th className={mergeClasses(styles.cell, styles.head)} />
            {Array.from({ length: cols }, (_, c) => (
              <th key={c} scope="col" className={mergeClasses(styles.cell, styles.head)}>
                {columnName(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              <th scope="row" className={mergeClasses(styles.cell, styles.head)}>
                {r + 1}
              </th>
              {Array.from({ length: cols }, (_, c) =>
                merged.covered.has(`${r},${c}`) ? null : (
                  <GridCell
                    key={c}
                    sheet={sheet}
                    values={values}
                    at={{ row: r, column: c }}
                    span={merged.spans.get(`${r},${c}`)}
                    runsOn={runsOn(sheet, values, merged, { row: r, column: c })}
                    selected={selected?.row === r && selected?.column === c}
                    onSelect={onSelect}
                  />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface GridCellProps {
  sheet: SheetModel;
  values: WorkbookValues;
  at: CellAt;
  span: { rows: number; columns: number } | undefined;
  /** Its text runs on over the empty cell to its right (runsOn). */
  runsOn: boolean;
  selected: boolean;
  onSelect: (cell: CellAt) => void;
}

/** One cell: its computed value in its number format, coloured when it comes from a formula or is an error. */
function GridCell({ sheet, values, at, span, runsOn, selected, onSelect }: GridCellProps) {
  const styles = useStyles();
  const { language } = useContext(Scope);
  const value = values.get(sheet.name, at.row, at.column);
  const fromFormula = values.anchorOf(sheet.name, at.row, at.column) !== null;
  const shown = display(value, typeof value === "number" ? sheet.numberFormatAt(at.row, at.column) : null, language);
  return (
    <td
      data-cell={address(at.row, at.column)}
      colSpan={span?.columns}
      rowSpan={span?.rows}
      style={span ? { maxWidth: "none" } : undefined}
      className={mergeClasses(
        styles.cell,
        !isEmptyCell(sheet, values, at) && styles.filled,
        runsOn && styles.runsOn,
        typeof value === "number" && styles.number,
        fromFormula && styles.computed,
        isError(value) && styles.error,
        selected && styles.selected,
      )}
      title={isError(value) ? value.message : undefined}
      onClick={() => onSelect(at)}
    >
      {runsOn ? <span className={styles.runningText}>{shown}</span> : shown}
    </td>
  );
}

/** Nothing in the cell: no value and no formula (a formula giving "" is not empty, as in Excel). */
function isEmptyCell(sheet: SheetModel, values: WorkbookValues, at: CellAt): boolean {
  return (
    values.get(sheet.name, at.row, at.column) === null &&
    values.anchorOf(sheet.name, at.row, at.column) === null &&
    !sheet.get(at.row, at.column)?.formula
  );
}

/**
 * Whether a cell's text runs on to the right as Excel draws it: text (a number never does), not
 * merged, with an empty cell right of it that is not part of a merged block either; the next cell
 * with something in it covers the rest. Past the grid's last column is empty.
 *
 * @example
 *   // A1 "Verdeling urgente aandachtsgroepen — Regio …", B1 empty: the title runs on over B1, C1, …
 *   runsOn(sheet, values, mergedCells(sheet), { row: 0, column: 0 }); // true
 */
export function runsOn(sheet: SheetModel, values: WorkbookValues, merged: ReturnType<typeof mergedCells>, at: CellAt): boolean {
  if (typeof values.get(sheet.name, at.row, at.column) !== "string") return false;
  const key = `${at.row},${at.column}`;
  const next = `${at.row},${at.column + 1}`;
  if (merged.spans.has(key) || merged.spans.has(next) || merged.covered.has(next)) return false;
  return isEmptyCell(sheet, values, { row: at.row, column: at.column + 1 });
}

/** Merged blocks as the grid draws them: the first cell spans its block, the others are not drawn. */
export function mergedCells(sheet: SheetModel): { spans: Map<string, { rows: number; columns: number }>; covered: Set<string> } {
  const spans = new Map<string, { rows: number; columns: number }>();
  const covered = new Set<string>();
  for (const b of sheet.merges.map((m) => parseAddress(m))) {
    spans.set(`${b.row},${b.column}`, { rows: b.rows, columns: b.columns });
    for (let r = b.row; r < b.row + b.rows; r++)
      for (let c = b.column; c < b.column + b.columns; c++) if (r !== b.row || c !== b.column) covered.add(`${r},${c}`);
  }
  return { spans, covered };
}
