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
      {problems.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.data.problems(problems.length)}</MessageBarTitle>
            <ul className={styles.list}>
              {problems.map((p) => (
                <li key={`${p.row}-${p.column}`}>
                  {`${state.rows[p.row - 1]?.name || "?"} — ${p.error.text(language)}`}{" "}
                  {state.table && <Link onClick={() => goTo(p.row)}>{t.data.goToCell}</Link>}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.data.warnings(warnings.length)}</MessageBarTitle>
            <ul className={styles.list}>
              {warnings.map((w) => (
                <li key={`${w.row}-${w.column}`}>
                  {t.data.outlier(state.rows[w.row - 1].name, t.data.columns[w.column], w.value, w.peerMedian)}{" "}
                  {state.table && <Link onClick={() => goTo(w.row)}>{t.data.goToCell}</Link>}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
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
