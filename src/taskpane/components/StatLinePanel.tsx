import { useMemo, useRef, useState } from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { DocumentArrowUp20Regular } from "@fluentui/react-icons/svg/document-arrow-up";
import { type StatLineTextKey, type Vars, STATLINE_TEXTS, listText, message } from "../../i18n";
import { useWizard } from "../context";
import { StatLinePreview, publishedComparison, statLinePreview } from "../state/statline";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: "8px" },
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
  list: { margin: 0, paddingLeft: "16px" },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  off: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** Population from a CBS StatLine export: paste or open, see what matched, then apply (with its source). */
export function StatLinePanel() {
  const { state, language } = useWizard();
  const t = (key: StatLineTextKey, vars?: Vars) => message(STATLINE_TEXTS, language, key, vars);
  const styles = useStyles();
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState<string | undefined>(undefined);
  const [period, setPeriod] = useState<string | undefined>(undefined);
  const fileInput = useRef<HTMLInputElement>(null);
  const preview = useMemo(
    () => (text.trim() === "" ? null : statLinePreview(text, fileName, state, period)),
    [text, fileName, state, period],
  );
  if (state.table !== null || state.link !== null) return <Text size={200}>{t("readOnly")}</Text>;
  const open = async (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    setPeriod(undefined);
    setText(await file.text());
  };
  return (
    <section className={styles.panel} aria-label={t("title")}>
      <Text weight="semibold">{t("title")}</Text>
      <Text size={200}>{t("intro")}</Text>
      <Field label={t("paste")}>
        <Textarea
          rows={3}
          value={text}
          onChange={(_, d) => {
            setText(d.value);
            setFileName(undefined);
          }}
        />
      </Field>
      <div className={styles.row}>
        <Button icon={<DocumentArrowUp20Regular />} onClick={() => fileInput.current?.click()}>
          {t("open")}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".csv,text/csv"
          hidden
          aria-label={t("open")}
          onChange={(e) => void open(e.target.files?.[0])}
        />
      </div>
      {preview && <StatLineOutcome preview={preview} onPeriod={setPeriod} />}
      <PublishedComparison />
    </section>
  );
}

/** What the export gave: the table and date, what matched, what did not; the button that applies it. */
function StatLineOutcome({ preview, onPeriod }: { preview: StatLinePreview; onPeriod: (p: string) => void }) {
  const { state, dispatch, language } = useWizard();
  const t = (key: StatLineTextKey, vars?: Vars) => message(STATLINE_TEXTS, language, key, vars);
  const styles = useStyles();
  const read = preview.read;
  if (!read.ok)
    return (
      <MessageBar intent="error">
        <MessageBarBody>{t(`problem.${read.problem}`, { labels: read.labels.join("; ") })}</MessageBarBody>
      </MessageBar>
    );
  const missing = preview.matches.filter((m) => m.value === null && m.ambiguous.length === 0).map((m) => m.name);
  const refused = preview.matches.filter((m) => m.value?.kind === "refused");
  const source = preview.source!;
  const applied =
    state.sources.population[language] === source[language] &&
    preview.values.every((v, i) => (v === null ? "" : String(v)) === state.rows[i]?.values.population.trim());
  return (
    <>
      {read.periods.length > 1 && (
        <Field label={t("period")}>
          <Select value={read.period} onChange={(_, d) => onPeriod(d.value)}>
            {read.periods.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </Select>
        </Field>
      )}
      <MessageBar intent={preview.found === state.rows.length ? "success" : "warning"} layout="multiline">
        <MessageBarBody>
          {t("read", {
            table: read.table.title ? `${read.table.title}${read.table.id ? ` (${read.table.id})` : ""}` : t("unnamedTable"),
            date: read.date[language],
            found: preview.found,
            n: state.rows.length,
          })}
          <ul className={styles.list}>
            {missing.length > 0 && <li>{t("missing", { names: listText(missing, language) })}</li>}
            {preview.matches
              .filter((m) => m.ambiguous.length > 1)
              .map((m) => (
                <li key={m.name}>{t("ambiguous", { name: m.name, options: m.ambiguous.join(", ") })}</li>
              ))}
            {refused.map((m) => (
              <li key={m.name}>{t("refused", { name: m.name, text: m.value?.kind === "refused" ? m.value.text : "" })}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
      {applied ? (
        <Text size={200}>{t("applied", { source: source[language] })}</Text>
      ) : (
        <Button
          appearance="primary"
          disabled={preview.found === 0}
          onClick={() => dispatch({ type: "applyPopulation", values: preview.values, source })}
        >
          {t("apply")}
        </Button>
      )}
    </>
  );
}

/** Column A as published beside A shared by the population now in the pane (embedded region only). */
function PublishedComparison() {
  const { state, language } = useWizard();
  const t = (key: StatLineTextKey, vars?: Vars) => message(STATLINE_TEXTS, language, key, vars);
  const styles = useStyles();
  const comparison = publishedComparison(state);
  if (!comparison) return null;
  return (
    <>
      <Text weight="semibold">{t("comparison")}</Text>
      <Text size={200}>{t("comparisonIntro")}</Text>
      <Table size="extra-small" aria-label={t("comparison")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("municipality")}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t("population")}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t("computed")}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t("published")}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t("difference")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {comparison.map((c) => (
            <TableRow key={c.name}>
              <TableCell>{c.name}</TableCell>
              <TableCell className={styles.number}>{c.population ?? "–"}</TableCell>
              <TableCell className={styles.number}>{c.computed ?? "–"}</TableCell>
              <TableCell className={styles.number}>{c.published}</TableCell>
              <TableCell className={c.difference ? mergeClasses(styles.number, styles.off) : styles.number}>
                {c.difference === null ? "–" : c.difference > 0 ? `+${c.difference}` : c.difference}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
