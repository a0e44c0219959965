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
  tokens,
} from "@fluentui/react-components";
import { NUMERIC_COLUMNS } from "../../data/region";
import { useWizard } from "../context";
import { problemsOf, warningsOf } from "../state/derive";

const useStyles = makeStyles({
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: { minWidth: "560px" },
  input: { width: "84px" },
  sources: { display: "flex", flexDirection: "column", gap: "2px", color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: "16px" },
});

/** Step 2: the data per municipality, checked as you type; problems link to their cells. */
export function DataStep() {
  const { state, dispatch, gateway, t, language } = useWizard();
  const styles = useStyles();
  const problems = problemsOf(state);
  const warnings = warningsOf(state);
  const readOnly = state.table !== null; // a workbook table is corrected in the sheet itself
  const goTo = (row: number) => {
    const at = state.table?.rowAddresses[row - 1];
    if (!at) return;
    const bang = at.lastIndexOf("!");
    void gateway.select(at.slice(0, bang).replace(/^'(.*)'$/, "$1"), at.slice(bang + 1));
  };
  const problemAt = (row: number, column: string) => problems.find((p) => p.row === row + 1 && p.column === column);
  return (
    <>
      <Text>{t.data.intro}</Text>
      <IssueList
        intent="error"
        title={t.data.problems(problems.length)}
        items={problems.map((p) => ({ key: `${p.row}-${p.column}`, row: p.row, text: `${state.rows[p.row - 1]?.name || "?"} — ${p.error.text(language)}` }))}
        linkText={state.table ? t.data.goToCell : null}
        onGoTo={goTo}
      />
      <IssueList
        intent="warning"
        title={t.data.warnings(warnings.length)}
        items={warnings.map((w) => ({ key: `${w.row}-${w.column}`, row: w.row, text: t.data.outlier(state.rows[w.row - 1].name, t.data.columns[w.column], w.value, w.peerMedian) }))}
        linkText={state.table ? t.data.goToCell : null}
        onGoTo={goTo}
      />
      <div className={styles.scroll}>
        <Table size="extra-small" className={styles.table} aria-label={t.steps.data}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.data.municipality}</TableHeaderCell>
              {NUMERIC_COLUMNS.map((c) => (
                <TableHeaderCell key={c}>{t.data.columns[c]}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {state.rows.map((row, i) => (
              <TableRow key={`${row.name}-${i}`}>
                <TableCell>{row.name}</TableCell>
                {NUMERIC_COLUMNS.map((c) => {
                  const problem = problemAt(i, c);
                  return (
                    <TableCell key={c}>
                      <Input
                        size="small"
                        className={styles.input}
                        value={row.values[c]}
                        readOnly={readOnly}
                        placeholder={t.data.blank}
                        aria-label={`${row.name} ${t.data.columns[c]}`}
                        aria-invalid={problem ? true : undefined}
                        title={problem?.error.text(language)}
                        onChange={(_, d) => dispatch({ type: "editCell", row: i, column: c, text: d.value })}
                      />
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
            {`${t.data.columns[c]}: ${state.sources[c][language]}${state.sources[c].year ? ` (${state.sources[c].year})` : ""} `}
            {state.sources[c].reconstructed && <Badge size="small" appearance="tint" color="warning">{t.data.reconstructed}</Badge>}
          </Text>
        ))}
      </div>
    </>
  );
}

interface IssueListProps {
  intent: "error" | "warning";
  title: string;
  items: { key: string; row: number; text: string }[];
  /** Text of the link to the cell, or null when the data are not in the workbook. */
  linkText: string | null;
  onGoTo: (row: number) => void;
}

/** Problems or warnings in one message bar, each with a link to its cell when there is one. */
function IssueList({ intent, title, items, linkText, onGoTo }: IssueListProps) {
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul className={styles.list}>
          {items.map((item) => (
            <li key={item.key}>
              {item.text} {linkText && <Link onClick={() => onGoTo(item.row)}>{linkText}</Link>}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
