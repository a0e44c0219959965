import {
  Badge,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { NUMERIC_COLUMNS, NumericColumn } from "../../data/region";
import { formatRounded, type Language } from "../../i18n";
import { useWizard } from "../context";
import { StaleSheetNotice } from "./StaleSheetNotice";
import { StatLinePanel } from "./StatLinePanel";
import { cellOfIssue, locatedData } from "../state/link";
import { columnNames, problemsOf, readAs, readingsOf, warningsOf } from "../state/derive";

const NAME_WIDTH = 92;
const COLUMN_WIDTH = 96;

const useStyles = makeStyles({
  // positioned: the scroll box also clips what is absolutely positioned inside it
  scroll: { overflowX: "auto", maxWidth: "100%", position: "relative" },
  // fixed widths: every header wraps inside its own column and every input fits its cell,
  // so nothing overlaps at 320 px; the name column stays put while the figures scroll
  table: { tableLayout: "fixed", width: `${NAME_WIDTH + NUMERIC_COLUMNS.length * COLUMN_WIDTH}px` },
  head: {
    verticalAlign: "bottom",
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    lineHeight: tokens.lineHeightBase200,
    paddingTop: "4px",
    paddingBottom: "4px",
  },
  nameColumn: { width: `${NAME_WIDTH}px` },
  numberColumn: { width: `${COLUMN_WIDTH}px` },
  sticky: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: `2px 0 4px -2px ${tokens.colorNeutralShadowAmbient}`,
    overflowWrap: "anywhere",
  },
  cell: { verticalAlign: "top", paddingTop: "2px", paddingBottom: "2px" },
  // the name's line sits level with the text in the inputs beside it
  nameCell: { paddingTop: "6px" },
  input: { width: "100%", minWidth: 0 },
  readAs: {
    display: "block",
    color: tokens.colorPaletteMarigoldForeground2,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    paddingTop: "2px",
  },
  sources: { display: "flex", flexDirection: "column", gap: "2px", color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: "16px" },
});

/** Step 2: the data per municipality, checked as you type; problems link to their cells. */
export function DataStep() {
  const { t } = useWizard();
  return (
    <>
      <Text>{t.data.intro}</Text>
      <StaleSheetNotice />
      <DataIssues />
      <DataGrid />
      <SourceList />
      <StatLinePanel />
    </>
  );
}

/** A number as the pane shows a reading: up to 6 decimals, no grouping (so "1170" is not read back as a text with a dot). */
function readingNumber(value: number, language: Language): string {
  return formatRounded(value, language, 6, { grouping: false });
}

/** The problems, the outliers and the cells read as another number than they say, each a list whose items link to their cells. */
function DataIssues() {
  const { state, gateway, t, language } = useWizard();
  const problems = problemsOf(state);
  const warnings = warningsOf(state);
  const names = columnNames(state, t.data.columns, language);
  // a link to the cell only when the data are in the workbook
  const linkText = locatedData(state) ? t.data.goToCell : null;
  const goTo = (row: number, column?: string) => {
    const cell = cellOfIssue(state, row, column);
    if (cell) void gateway.select(cell.sheetName, cell.address);
  };
  const readings = readingsOf(state).map(({ row, column, value }) => ({
    key: `${row - 1}-${column}`,
    row,
    column,
    text: t.data.readAsItem(
      state.rows[row - 1].name,
      names[column],
      state.rows[row - 1].values[column].trim(),
      readingNumber(value, language),
    ),
  }));
  return (
    <>
      <IssueList
        intent="error"
        title={t.data.problems(problems.length)}
        items={problems.map((p) => ({
          key: `${p.row}-${p.column}`,
          row: p.row,
          column: p.column,
          text: `${state.rows[p.row - 1]?.name || "?"} — ${p.error.text(language)}`,
        }))}
        linkText={linkText}
        onGoTo={goTo}
      />
      <IssueList
        intent="warning"
        title={t.data.warnings(warnings.length)}
        items={warnings.map((w) => ({
          key: `${w.row}-${w.column}`,
          row: w.row,
          column: w.column,
          text: t.data.outlier(state.rows[w.row - 1].name, names[w.column], w.value, w.peerMedian),
        }))}
        linkText={linkText}
        onGoTo={goTo}
      />
      <IssueList intent="info" title={t.data.readAsTitle} intro={t.data.readAsIntro} items={readings} linkText={linkText} onGoTo={goTo} />
    </>
  );
}

/** The figures per municipality as inputs in a table whose name column stays put while the figures scroll (320 px). */
function DataGrid() {
  const { state, t, language } = useWizard();
  const styles = useStyles();
  const names = columnNames(state, t.data.columns, language);
  const problems = problemsOf(state);
  // data from the workbook (a table, or a range mapped once) are corrected in the sheet itself
  const readOnly = locatedData(state) !== null;
  return (
    <div className={styles.scroll}>
      <Table size="extra-small" className={styles.table} aria-label={t.steps.data}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={mergeClasses(styles.head, styles.nameColumn, styles.sticky)}>{t.data.municipality}</TableHeaderCell>
            {NUMERIC_COLUMNS.map((c) => (
              <TableHeaderCell key={c} className={mergeClasses(styles.head, styles.numberColumn)}>
                {names[c]}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {state.rows.map((row, i) => (
            <TableRow key={`${row.name}-${i}`}>
              <TableCell className={mergeClasses(styles.cell, styles.nameCell, styles.sticky)}>{row.name}</TableCell>
              {NUMERIC_COLUMNS.map((c) => (
                <DataCell
                  key={c}
                  row={i}
                  column={c}
                  label={`${row.name} ${names[c]}`}
                  problem={problems.find((p) => p.row === i + 1 && p.column === c)?.error.text(language)}
                  readOnly={readOnly}
                />
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** One figure: an input (read-only when the data live in the workbook), its problem as title, and what it is read as when that differs. */
function DataCell(props: { row: number; column: NumericColumn; label: string; problem: string | undefined; readOnly: boolean }) {
  const { row, column, label, problem, readOnly } = props;
  const { state, dispatch, t, language } = useWizard();
  const styles = useStyles();
  const text = state.rows[row].values[column];
  const read = readAs(text);
  const noteId = `read-${row}-${column}`;
  return (
    <TableCell className={styles.cell}>
      <Input
        size="small"
        className={styles.input}
        value={text}
        readOnly={readOnly}
        placeholder={t.data.blank}
        aria-label={label}
        aria-invalid={problem !== undefined ? true : undefined}
        aria-describedby={read !== null ? noteId : undefined}
        title={problem}
        onChange={(_, d) => dispatch({ type: "editCell", row, column, text: d.value })}
      />
      {read !== null && (
        <span id={noteId} className={styles.readAs}>
          {t.data.readAs(readingNumber(read, language))}
        </span>
      )}
    </TableCell>
  );
}

/** The source of each data column, with its year and a badge when the figures are reconstructed. */
function SourceList() {
  const { state, t, language } = useWizard();
  const styles = useStyles();
  const names = columnNames(state, t.data.columns, language);
  // a column with its own label has a source text that starts with it ("gewicht: … — vervang door …")
  const sourceLine = (c: NumericColumn) => {
    const text = state.sources[c][language];
    return state.sources[c].label ? text.charAt(0).toUpperCase() + text.slice(1) : `${names[c]}: ${text}`;
  };
  return (
    <div className={styles.sources}>
      <Text size={200} weight="semibold">
        {t.data.source}
      </Text>
      {NUMERIC_COLUMNS.map((c) => (
        <Text size={200} key={c}>
          {`${sourceLine(c)}${state.sources[c].year ? ` (${state.sources[c].year})` : ""} `}
          {state.sources[c].reconstructed && (
            <Badge size="small" appearance="tint" color="warning">
              {t.data.reconstructed}
            </Badge>
          )}
        </Text>
      ))}
    </div>
  );
}

interface IssueListProps {
  intent: "error" | "warning" | "info";
  title: string;
  intro?: string;
  items: { key: string; row: number; column?: string; text: string }[];
  /** Text of the link to the cell, or null when the data are not in the workbook. */
  linkText: string | null;
  onGoTo: (row: number, column?: string) => void;
}

/** Problems or warnings in one message bar, each with a link to its cell when there is one. */
function IssueList({ intent, title, intro, items, linkText, onGoTo }: IssueListProps) {
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {intro && <span> {intro}</span>}
        <ul className={styles.list}>
          {items.map((item) => (
            <li key={item.key}>
              {item.text} {linkText && <Link onClick={() => onGoTo(item.row, item.column)}>{linkText}</Link>}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
