import {
  Field,
  Input,
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
import { formatRounded } from "../../i18n";
import { KEY_COLUMNS } from "../../scenario";
import { useWizard } from "../context";
import { columnNames, emptyKeyColumns, emptyKeyText, keyComparison, keyPercentSum, settingsOf } from "../state/derive";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: "8px" },
  row: { display: "flex", gap: "8px", flexWrap: "wrap" },
  narrow: { flex: "1 1 130px" },
  number: { textAlign: "right" },
  /** A header over numbers, right-aligned as they are (the text sits in Fluent's full-width flex "button" slot). */
  numberHead: { "& .fui-TableHeaderCell__button": { justifyContent: "flex-end" } },
  invalid: { color: tokens.colorPaletteRedForeground1 },
  // columns as wide as their words (Fluent's fixed layout gives four equal columns: at 320 px
  // "Apeldoorn" ran into the figure beside it)
  table: { tableLayout: "auto" },
});

/** The blended key for A: a percentage per key column, their live sum, and A by key beside A by population. */
export function KeyPicker() {
  const { state, dispatch, t, language } = useWizard();
  const styles = useStyles();
  const sum = keyPercentSum(state);
  const invalid = settingsOf(state).errors.key !== undefined;
  const rows = keyComparison(state);
  const empty = emptyKeyColumns(state);
  const names = columnNames(state, t.data.columns, language);
  const format = (x: number) => formatRounded(x, language, 2);
  return (
    <section className={styles.section} aria-label={t.scenario.key}>
      <Text weight="semibold">{t.scenario.key}</Text>
      <Text block size={200}>
        {t.scenario.keyIntro}
      </Text>
      <div className={styles.row}>
        {KEY_COLUMNS.map((c) => (
          <Field key={c} label={`${names[c]} (%)`} className={styles.narrow}>
            <Input
              value={state.keyPercents[c]}
              inputMode="decimal"
              onChange={(_, d) => dispatch({ type: "setKeyPercent", column: c, value: d.value })}
            />
          </Field>
        ))}
      </div>
      <Text role="status" weight={invalid ? "semibold" : "regular"} className={invalid ? styles.invalid : undefined}>
        {sum === null ? t.scenario.keySumInvalid : `${t.scenario.keySum(format(sum))}${invalid ? ` · ${t.scenario.keySumInvalid}` : ""}`}
      </Text>
      {empty.length > 0 && (
        <Text role="alert" weight="semibold" className={styles.invalid}>
          {emptyKeyText(empty, language)}
        </Text>
      )}
      {rows && (
        <Table size="extra-small" className={styles.table} aria-label={t.scenario.keyCompare}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.data.municipality}</TableHeaderCell>
              <TableHeaderCell className={mergeClasses(styles.number, styles.numberHead)}>{t.scenario.keyPopulation}</TableHeaderCell>
              <TableHeaderCell className={mergeClasses(styles.number, styles.numberHead)}>{t.scenario.keyBlended}</TableHeaderCell>
              <TableHeaderCell className={mergeClasses(styles.number, styles.numberHead)}>{t.scenario.keyDifference}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.name}>
                <TableCell>{r.name}</TableCell>
                <TableCell className={styles.number}>{r.population ?? "–"}</TableCell>
                <TableCell className={styles.number}>{r.blended ?? "–"}</TableCell>
                <TableCell className={styles.number}>
                  {r.population !== null && r.blended !== null ? signed(r.blended - r.population) : "–"}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

function signed(x: number): string {
  return x > 0 ? `+${x}` : String(x);
}
