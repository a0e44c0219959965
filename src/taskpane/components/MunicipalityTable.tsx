import { useId, useRef, useState } from "react";
import { Field, Select, Text, Title3, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Language } from "../../i18n";
import { STRINGS } from "../../i18n/pane";

/**
 * Every municipality's answer: a table municipality × scenario with, in each cell, the number
 * and its difference to the fair share (the reference column, A), a count of who falls short
 * per scenario, and for one picked municipality a small bar chart of its scenarios beside A.
 * Readable at 320 px: the name column stays put while the scenarios scroll sideways.
 *
 * Plain data in, no business rules: the numbers are shown as given; the difference to A is
 * display arithmetic. Cells whose number differs from what the table first showed (another
 * method, share, need …) are marked with what they were, under a legend, so a change of method
 * is visible; going back clears the marks.
 *
 * @example
 *   <MunicipalityTable
 *     language="nl"
 *     columns={[
 *       { key: "A", label: "A · Naar inwonertal", text: "Naar inwonertal" },
 *       { key: "C", label: "C · Max. 30% sociale huur", text: "Max. 30% sociale huur" },
 *     ]}
 *     rows={[{ name: "Apeldoorn", values: { A: 422, C: 355 } }, { name: "Epe", values: { A: 84, C: null } }]}
 *   />
 */
export interface MunicipalityRow {
  name: string;
  /** Per scenario key; null (or missing) = unknown (a blank input). */
  values: Readonly<Record<string, number | null | undefined>>;
  /** The reference (A) over the three apportionment methods, when it differs between them. */
  range?: { low: number; high: number } | null;
}

export interface ScenarioColumnSpec {
  key: string;
  /** The whole short label, e.g. "C · Max. 25% sociale huur" (the bar chart, read as one). */
  label: string;
  /** Its words without the letter, e.g. "Max. 25% sociale huur" (the header shows the key apart). */
  text: string;
}

export interface MunicipalityTableProps {
  rows: readonly MunicipalityRow[];
  /** Scenario columns in display order; the reference column is shown first whatever its place. */
  columns: readonly ScenarioColumnSpec[];
  language: Language;
  /** The column every other is compared with (the fair share); default "A". */
  referenceKey?: string;
  /** Heading level of the title; default 2. */
  headingLevel?: 2 | 3;
}

// border-box widths: at 320 px the names and three scenarios fit, and the fourth peeks out (it scrolls);
// a name as long as "Apeldoorn" stays whole, a longer one is hyphenated where the browser knows Dutch
const NAME_WIDTH = 88;
const CELL_WIDTH = 66;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px", minWidth: 0 },
  intro: { color: tokens.colorNeutralForeground2 },
  scroll: {
    // positioned, so that it also clips the absolutely positioned screen-reader texts inside
    position: "relative",
    overflowX: "auto",
    maxWidth: "100%",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  th: {
    boxSizing: "border-box",
    width: `${CELL_WIDTH}px`,
    minWidth: `${CELL_WIDTH}px`,
    padding: "4px",
    textAlign: "right",
    verticalAlign: "bottom",
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    whiteSpace: "normal",
    overflowWrap: "break-word",
  },
  // header: the scenario's letter, then its description small enough that words stay whole
  headKey: { display: "block", fontSize: tokens.fontSizeBase200 },
  headText: {
    display: "block",
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
  },
  nameHead: { textAlign: "left", fontSize: "11px" },
  sticky: {
    boxSizing: "border-box",
    position: "sticky",
    left: 0,
    zIndex: 1,
    width: `${NAME_WIDTH}px`,
    minWidth: `${NAME_WIDTH}px`,
    maxWidth: `${NAME_WIDTH}px`,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    boxShadow: `2px 0 4px -2px ${tokens.colorNeutralShadowAmbient}`,
  },
  name: {
    padding: "4px 6px",
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
    hyphens: "auto",
  },
  td: {
    boxSizing: "border-box",
    padding: "4px",
    textAlign: "right",
    verticalAlign: "top",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    fontVariantNumeric: "tabular-nums",
  },
  reference: { backgroundColor: tokens.colorBrandBackground2 },
  value: { display: "block", fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  diff: { display: "block", whiteSpace: "nowrap" },
  below: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  above: { color: tokens.colorPaletteGreenForeground1 },
  same: { color: tokens.colorNeutralForeground3 },
  unknown: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
  changed: { backgroundColor: tokens.colorPaletteYellowBackground2, boxShadow: `inset 3px 0 0 ${tokens.colorPaletteMarigoldBorderActive}` },
  was: { display: "block", whiteSpace: "nowrap", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase100 },
  foot: { backgroundColor: tokens.colorNeutralBackground2, fontWeight: tokens.fontWeightSemibold },
  footName: { backgroundColor: tokens.colorNeutralBackground2 },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: "6px" },
  bars: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "6px" },
  barLine: { display: "flex", justifyContent: "space-between", gap: "8px", fontSize: tokens.fontSizeBase200 },
  barValue: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  track: { position: "relative", height: "10px", backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall },
  bar: { position: "absolute", left: 0, top: 0, bottom: 0, borderRadius: tokens.borderRadiusSmall },
  barReference: { backgroundColor: tokens.colorBrandBackground },
  barBelow: { backgroundColor: tokens.colorPaletteRedBorderActive },
  barAbove: { backgroundColor: tokens.colorPaletteGreenBorderActive },
  marker: { position: "absolute", top: "-3px", bottom: "-3px", width: 0, borderLeft: `2px dashed ${tokens.colorNeutralForeground1}` },
  legend: { color: tokens.colorNeutralForeground3 },
  legendChanged: { color: tokens.colorNeutralForeground2 },
  swatch: { display: "inline-block", width: "12px", height: "12px", marginRight: "6px", verticalAlign: "middle" },
});

type Cell = number | null;
const cellOf = (row: MunicipalityRow, key: string): Cell => {
  const v = row.values[key];
  return typeof v === "number" && Number.isFinite(v) ? v : null;
};
/** "−67" with a real minus sign, "+12", "0". */
const signed = (d: number) => (d < 0 ? `\u2212${-d}` : d > 0 ? `+${d}` : "0");

/**
 * What differs from the numbers this table first showed: per "name\u0000key", the number it
 * showed then. Compared with that first view (not with the previous render), so a change of
 * method marks the cells it moves and going back to the first method clears every mark. A new
 * municipality or scenario is not a change.
 */
function useChanges(rows: readonly MunicipalityRow[], keys: readonly string[]): Map<string, Cell> {
  const first = useRef<Map<string, Cell> | null>(null);
  const values = new Map<string, Cell>();
  for (const r of rows) for (const k of keys) values.set(`${r.name}\u0000${k}`, cellOf(r, k));
  if (first.current === null) first.current = values;
  const changed = new Map<string, Cell>();
  for (const [id, v] of values) {
    if (!first.current.has(id)) continue;
    const was = first.current.get(id)!;
    if (was !== v) changed.set(id, was);
  }
  return changed;
}

/** Per scenario column: how many municipalities get fewer than the reference, out of those where both are known. */
function shortCount(rows: readonly MunicipalityRow[], reference: ScenarioColumnSpec, key: string): { short: number; known: number } {
  let short = 0;
  let known = 0;
  for (const r of rows) {
    const a = cellOf(r, reference.key);
    const v = cellOf(r, key);
    if (a === null || v === null) continue;
    known += 1;
    if (v < a) short += 1;
  }
  return { short, known };
}

export function MunicipalityTable({ rows, columns, language, referenceKey = "A", headingLevel = 2 }: MunicipalityTableProps) {
  const styles = useStyles();
  const t = STRINGS[language].perMunicipality;
  const headingId = useId();
  const reference = columns.find((c) => c.key === referenceKey) ?? null;
  const ordered = reference ? [reference, ...columns.filter((c) => c !== reference)] : [...columns];
  const changes = useChanges(
    rows,
    ordered.map((c) => c.key),
  );
  const [picked, setPicked] = useState(0);
  const chosen = rows[Math.min(picked, rows.length - 1)] ?? null;
  if (rows.length === 0 || columns.length === 0) return null;
  const view: TableView = { rows, ordered, reference, changes, language };
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Title3 as={headingLevel === 2 ? "h2" : "h3"} id={headingId}>
        {t.title}
      </Title3>
      {reference && (
        <Text size={200} className={styles.intro}>
          {t.intro(reference.key)}
        </Text>
      )}
      {changes.size > 0 && (
        <Text size={200} className={styles.legendChanged}>
          <span className={mergeClasses(styles.swatch, styles.changed)} aria-hidden="true" />
          {t.changedLegend(cellText([...changes.values()][0], language))}
        </Text>
      )}
      <div className={styles.scroll} role="region" aria-label={t.scrollRegion} tabIndex={0}>
        <table className={styles.table} aria-labelledby={headingId}>
          <TableHead {...view} />
          <tbody>
            {rows.map((r, i) => (
              <TableRow key={`${r.name}-${i}`} view={view} row={r} />
            ))}
          </tbody>
          {reference && <TableFoot {...view} reference={reference} />}
        </table>
      </div>
      {chosen && (
        <>
          <Field label={t.pick}>
            <Select value={String(Math.min(picked, rows.length - 1))} onChange={(_, d) => setPicked(Number(d.value))}>
              {rows.map((r, i) => (
                <option key={`${r.name}-${i}`} value={String(i)}>
                  {r.name}
                </option>
              ))}
            </Select>
          </Field>
          <BarChart row={chosen} columns={ordered} reference={reference} language={language} />
        </>
      )}
    </section>
  );
}

/** What the table's parts share: the rows, the columns in display order, the reference and the marked changes. */
interface TableView {
  rows: readonly MunicipalityRow[];
  ordered: readonly ScenarioColumnSpec[];
  reference: ScenarioColumnSpec | null;
  changes: Map<string, Cell>;
  language: Language;
}

const cellText = (v: Cell, language: Language) => (v === null ? STRINGS[language].perMunicipality.unknown : String(v));

/** The head: the key of each column apart, and its words. */
function TableHead({ ordered, reference, language }: TableView) {
  const styles = useStyles();
  return (
    <thead>
      <tr>
        <th scope="col" className={mergeClasses(styles.th, styles.nameHead, styles.sticky)}>
          {STRINGS[language].perMunicipality.municipality}
        </th>
        {ordered.map((c) => (
          <th key={c.key} scope="col" className={mergeClasses(styles.th, c === reference && styles.reference)}>
            <span className={styles.headKey}>{c.key}</span>
            <span className={styles.hidden}> · </span>
            <span className={styles.headText}>{c.text}</span>
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** One municipality: its number per column, the difference to the reference, the reference's range and what changed. */
function TableRow({ view, row }: { view: TableView; row: MunicipalityRow }) {
  const styles = useStyles();
  const { ordered, reference, changes, language } = view;
  const t = STRINGS[language].perMunicipality;
  const ref = reference ? reference.key : "";
  const a = reference ? cellOf(row, reference.key) : null;
  return (
    <tr>
      <th scope="row" className={mergeClasses(styles.name, styles.sticky)}>
        {row.name}
      </th>
      {ordered.map((c) => {
        const v = cellOf(row, c.key);
        const id = `${row.name}\u0000${c.key}`;
        const changed = changes.has(id);
        const isRef = c === reference;
        const d = !isRef && a !== null && v !== null ? v - a : null;
        return (
          <td key={c.key} className={mergeClasses(styles.td, isRef && styles.reference, changed && styles.changed)} data-key={c.key}>
            <span className={mergeClasses(styles.value, v === null && styles.unknown)}>{v === null ? "—" : v}</span>
            {v === null && <span className={styles.hidden}>{t.unknown}</span>}
            {d !== null && (
              <>
                <span aria-hidden="true" className={mergeClasses(styles.diff, d < 0 ? styles.below : d > 0 ? styles.above : styles.same)}>
                  {d === 0 ? t.equal(ref) : signed(d)}
                </span>
                <span className={styles.hidden}>{`, ${t.difference(d, ref)}`}</span>
              </>
            )}
            {isRef && row.range && row.range.low !== row.range.high && (
              <span className={styles.was} title={t.range(row.range.low, row.range.high)}>
                <span aria-hidden="true">{`${row.range.low}–${row.range.high}`}</span>
                <span className={styles.hidden}>{t.range(row.range.low, row.range.high)}</span>
              </span>
            )}
            {changed && <span className={styles.was}>{t.changed(cellText(changes.get(id)!, language))}</span>}
          </td>
        );
      })}
    </tr>
  );
}

/** The foot: per column, how many municipalities get fewer than the reference. */
function TableFoot({ rows, ordered, reference, language }: TableView & { reference: ScenarioColumnSpec }) {
  const styles = useStyles();
  const t = STRINGS[language].perMunicipality;
  return (
    <tfoot>
      <tr>
        <th scope="row" className={mergeClasses(styles.name, styles.sticky, styles.footName)}>
          {t.short(reference.key)}
        </th>
        {ordered.map((c) => {
          if (c === reference) return <td key={c.key} className={mergeClasses(styles.td, styles.foot)} />;
          const { short, known } = shortCount(rows, reference, c.key);
          return (
            <td key={c.key} className={mergeClasses(styles.td, styles.foot, short > 0 && styles.below)}>
              {t.shortCount(short, known)}
            </td>
          );
        })}
      </tr>
    </tfoot>
  );
}

interface BarChartProps {
  row: MunicipalityRow;
  columns: readonly ScenarioColumnSpec[];
  reference: ScenarioColumnSpec | null;
  language: Language;
}

/** One municipality's scenarios as horizontal bars (plain CSS), A as a dashed line through each. */
function BarChart({ row, columns, reference, language }: BarChartProps) {
  const styles = useStyles();
  const t = STRINGS[language].perMunicipality;
  const captionId = useId();
  const ref = reference ? reference.key : "";
  const a = reference ? cellOf(row, reference.key) : null;
  const max = Math.max(1, ...columns.map((c) => cellOf(row, c.key) ?? 0));
  const pct = (v: number) => `${(100 * v) / max}%`;
  return (
    <figure className={styles.figure} aria-labelledby={captionId}>
      <Text as="p" id={captionId} size={200} weight="semibold" style={{ margin: 0 }}>
        {t.chart(row.name, ref)}
      </Text>
      <ul className={styles.bars}>
        {columns.map((c) => {
          const v = cellOf(row, c.key);
          const isRef = c === reference;
          const tone = isRef || a === null || v === null ? styles.barReference : v < a ? styles.barBelow : styles.barAbove;
          return (
            <li key={c.key}>
              <div className={styles.barLine}>
                <span>{c.label}</span>
                <span
                  className={mergeClasses(
                    styles.barValue,
                    v === null && styles.unknown,
                    !isRef && a !== null && v !== null && v < a && styles.below,
                  )}
                >
                  {v === null ? t.unknown : !isRef && a !== null ? `${v} (${v - a === 0 ? t.equal(ref) : signed(v - a)})` : String(v)}
                </span>
              </div>
              <div className={styles.track} aria-hidden="true">
                {v !== null && <div className={mergeClasses(styles.bar, tone)} style={{ width: pct(v) }} />}
                {a !== null && !isRef && <div className={styles.marker} style={{ left: pct(a) }} />}
              </div>
            </li>
          );
        })}
      </ul>
      {a !== null && (
        <Text size={100} className={styles.legend}>
          {t.chartReference(ref, String(a))}
        </Text>
      )}
    </figure>
  );
}
