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
import { formatRounded } from "../../i18n";
import { useWizard } from "../context";
import { StaleSheetNotice } from "./StaleSheetNotice";
import { StatLinePanel } from "./StatLinePanel";
import { linkedAddresses } from "../state/link";
import { columnNames, problemsOf, readAs, warningsOf } from "../state/derive";

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
  const { state, dispatch, gateway, t, language } = useWizard();
  const styles = useStyles();
  const problems = problemsOf(state);
  const warnings = warningsOf(state);
  const names = columnNames(state, t.data.columns, language);
  // a column with its own label has a source text that starts with it ("gewicht: … — vervang door …")
  const sourceLine = (c: NumericColumn) => {
    const text = state.sources[c][language];
    return state.sources[c].label ? text.charAt(0).toUpperCase() + text.slice(1) : `${names[c]}: ${text}`;
  };
  // data from the workbook (a table, or a range mapped once) are corrected in the sheet itself
  const located = state.table ?? linkedAddresses(state);
  const readOnly = located !== null;
  // a problem links to the cell that holds the value, else to the municipality's name cell
  const goTo = (row: number, column?: string) => {
    const at =
      (column && located?.cellAddresses[column as keyof typeof located.cellAddresses]?.[row - 1]) || located?.rowAddresses[row - 1];
    if (!at) return;
    const bang = at.lastIndexOf("!");
    void gateway.select(at.slice(0, bang).replace(/^'(.*)'$/, "$1"), at.slice(bang + 1));
  };
  const problemAt = (row: number, column: string) => problems.find((p) => p.row === row + 1 && p.column === column);
  const number = (v: number) => formatRounded(v, language, 6, { grouping: false });
  // every cell whose text was read as something else than it says ("1.170" → 1170), named
  const readings = state.rows.flatMap((row, i) =>
    NUMERIC_COLUMNS.flatMap((c) => {
      const value = readAs(row.values[c]);
      return value === null
        ? []
        : [
            {
              key: `${i}-${c}`,
              row: i + 1,
              column: c,
              text: t.data.readAsItem(row.name, names[c], row.values[c].trim(), number(value)),
            },
          ];
    }),
  );
  return (
    <>
      <Text>{t.data.intro}</Text>
      <StaleSheetNotice />
      <IssueList
        intent="error"
        title={t.data.problems(problems.length)}
        items={problems.map((p) => ({
          key: `${p.row}-${p.column}`,
          row: p.row,
          column: p.column,
          text: `${state.rows[p.row - 1]?.name || "?"} — ${p.error.text(language)}`,
        }))}
        linkText={located ? t.data.goToCell : null}
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
        linkText={located ? t.data.goToCell : null}
        onGoTo={goTo}
      />
      <IssueList
        intent="info"
        title={t.data.readAsTitle}
        intro={t.data.readAsIntro}
        items={readings}
        linkText={located ? t.data.goToCell : null}
        onGoTo={goTo}
      />
      <div className={styles.scroll}>
        <Table size="extra-small" className={styles.table} aria-label={t.steps.data}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={mergeClasses(styles.head, styles.nameColumn, styles.sticky)}>
                {t.data.municipality}
              </TableHeaderCell>
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
                {NUMERIC_COLUMNS.map((c) => {
                  const problem = problemAt(i, c);
                  const read = readAs(row.values[c]);
                  const noteId = `read-${i}-${c}`;
                  return (
                    <TableCell key={c} className={styles.cell}>
                      <Input
                        size="small"
                        className={styles.input}
                        value={row.values[c]}
                        readOnly={readOnly}
                        placeholder={t.data.blank}
                        aria-label={`${row.name} ${names[c]}`}
                        aria-invalid={problem ? true : undefined}
                        aria-describedby={read !== null ? noteId : undefined}
                        title={problem?.error.text(language)}
                        onChange={(_, d) => dispatch({ type: "editCell", row: i, column: c, text: d.value })}
                      />
                      {read !== null && (
                        <span id={noteId} className={styles.readAs}>
                          {t.data.readAs(number(read))}
                        </span>
                      )}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
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
      <StatLinePanel />
    </>
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
