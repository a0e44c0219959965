import {
  Button,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { Language, formatDate } from "../../i18n";
import { CorrectionDraft, CorrectionLine, ScenarioKey, correctionProblems, isWithdrawal, lineOf, withdrawnBy } from "../../scenario";
import { useWizard } from "../context";
import { loadCorrections, recordCorrections } from "../state/actions";
import { previewOf } from "../state/derive";
import { WithdrawDialog } from "./WithdrawDialog";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: "8px" },
  row: { display: "flex", gap: "8px", flexWrap: "wrap" },
  narrow: { flex: "1 1 130px" },
  /**
   * The lines at 320 px: columns as wide as their content (Fluent's table is fixed, four equal columns, which clips "Intrekken"); the
   * reason wraps.
   */
  lines: { tableLayout: "auto" },
  nowrap: { whiteSpace: "nowrap" },
  /** A long reason or date breaks inside the cell rather than push "Intrekken" past the pane's edge (20.3). */
  reason: { overflowWrap: "anywhere" },
  withdraw: { minWidth: "auto" },
  number: { textAlign: "right" },
  /** A header over numbers, right-aligned as they are (the text sits in Fluent's full-width flex "button" slot). */
  numberHead: { "& .fui-TableHeaderCell__button": { justifyContent: "flex-end" } },
  start: { alignSelf: "flex-start" },
});

const today = (language: Language) => formatDate(new Date(), language);

/** A new line: the first municipality, dated today. */
const emptyDraft = (name: string, language: Language): CorrectionDraft => ({
  name,
  amount: "",
  reason: "",
  decidedBy: "",
  date: today(language),
});

/**
 * Correcties: record a local correction with its reason (appended to the workbook's
 * `Correcties` table, never deleted), withdraw one once (a new, opposite line, after confirming who decided it), choose the scenario
 * they adjust, and see each municipality's number before and after.
 */
/** Where recording a line stands: busy, done, or the gateway's message. */
type Status = { kind: "idle" | "busy" | "done" } | { kind: "error"; text: string };

export function CorrectionsPanel() {
  const { state, dispatch, gateway, t, language } = useWizard();
  const styles = useStyles();
  const { model } = previewOf(state);
  const names = model?.input.names ?? [];
  const [draft, setDraft] = useState<CorrectionDraft>(() => emptyDraft(names[0] ?? "", language));
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [touched, setTouched] = useState(false);
  useEffect(() => void loadCorrections(gateway, dispatch), [gateway, dispatch]);
  const problems = correctionProblems(draft, names);
  const show = (field: keyof CorrectionDraft) => (touched ? problems[field]?.[language] : undefined);
  const record = async () => {
    setTouched(true);
    if (Object.keys(problems).length > 0) return;
    await recordCorrections(gateway, dispatch, state.corrections, [lineOf(draft, names)], language, setStatus);
    setDraft({ ...draft, amount: "", reason: "" });
    setTouched(false);
  };
  // the line whose withdrawal is being confirmed (the dialog asks its own "besloten door" and date)
  const [withdrawing, setWithdrawing] = useState<CorrectionLine | null>(null);
  // `narrow` only inside a row: in the section's column its flex basis would be a 130 px height
  const field = (name: keyof CorrectionDraft, label: string, className: string | null = styles.narrow) => (
    <Field
      label={label}
      className={className ?? undefined}
      required
      validationState={show(name) ? "error" : "none"}
      validationMessage={show(name)}
    >
      <Input value={draft[name]} onChange={(_, d) => setDraft({ ...draft, [name]: d.value })} />
    </Field>
  );
  return (
    <section className={styles.section} aria-label={t.result.corrections}>
      <Text block size={200}>
        {t.result.correctionsIntro}
      </Text>
      <div className={styles.row}>
        <Field
          label={t.result.correctionMunicipality}
          className={styles.narrow}
          required
          validationState={show("name") ? "error" : "none"}
          validationMessage={show("name")}
        >
          <Dropdown
            value={draft.name}
            selectedOptions={[draft.name]}
            onOptionSelect={(_, d) => setDraft({ ...draft, name: d.optionValue ?? "" })}
          >
            {names.map((n) => (
              <Option key={n} value={n}>
                {n}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {field("amount", t.result.correctionAmount)}
      </div>
      {field("reason", t.result.correctionReason, null)}
      <div className={styles.row}>
        {field("decidedBy", t.result.correctionDecidedBy)}
        {field("date", t.result.correctionDate)}
      </div>
      <AdjustBaseField />
      <Button className={styles.start} disabled={status.kind === "busy"} onClick={record}>
        {t.result.correctionRecord}
      </Button>
      <RecordStatus status={status} />
      <CorrectionLines busy={status.kind === "busy"} onWithdraw={setWithdrawing} />
      <WithdrawDialog line={withdrawing} onClose={() => setWithdrawing(null)} />
      <AfterCorrections />
    </section>
  );
}

/** The scenario the corrections adjust ("Na correcties"): any placing column but N itself. */
function AdjustBaseField() {
  const { state, dispatch, t, language } = useWizard();
  const { model } = previewOf(state);
  return (
    <Field label={t.result.correctionBase}>
      <Dropdown
        value={model?.column(state.adjustBase)?.def.short(model.labels, language) ?? state.adjustBase}
        selectedOptions={[state.adjustBase]}
        onOptionSelect={(_, d) => dispatch({ type: "setAdjustBase", value: d.optionValue as ScenarioKey })}
      >
        {(model?.columns ?? [])
          .filter((c) => c.def.placement && c.key !== "N")
          .map((c) => (
            <Option key={c.key} value={c.key}>
              {c.def.short(model!.labels, language)}
            </Option>
          ))}
      </Dropdown>
    </Field>
  );
}

/** The recorded lines, each with its reason and who decided, and *Intrekken* where a line can still be withdrawn. */
function CorrectionLines({ busy, onWithdraw }: { busy: boolean; onWithdraw: (line: CorrectionLine) => void }) {
  const { state, t, language } = useWizard();
  const styles = useStyles();
  if (state.corrections.length === 0) return <Text size={200}>{t.result.correctionNone}</Text>;
  const withdrawn = withdrawnBy(state.corrections);
  const signed = (amount: number) => (amount > 0 ? `+${amount}` : amount);
  return (
    <Table size="extra-small" className={styles.lines} aria-label={t.result.corrections}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.data.municipality}</TableHeaderCell>
          <TableHeaderCell className={mergeClasses(styles.number, styles.numberHead)}>±</TableHeaderCell>
          <TableHeaderCell>{t.result.correctionReason}</TableHeaderCell>
          <TableHeaderCell />
        </TableRow>
      </TableHeader>
      <TableBody>
        {state.corrections.map((line, i) => (
          <TableRow key={i}>
            <TableCell>{line.name}</TableCell>
            <TableCell className={mergeClasses(styles.number, styles.nowrap)}>{line.amount === null ? "—" : signed(line.amount)}</TableCell>
            <TableCell className={styles.reason}>
              {`${line.reason} (${line.decidedBy}, ${line.date})`}
              {line.problem && (
                <Text block weight="semibold">
                  {t.result.correctionIgnored(line.problem[language])}
                </Text>
              )}
            </TableCell>
            <TableCell>
              {line.amount === null ? null : isWithdrawal(line) ? (
                <Text size={200}>{t.result.correctionIsWithdrawal}</Text>
              ) : withdrawn[i] !== null ? (
                <Text size={200}>{t.result.correctionWithdrawn}</Text>
              ) : (
                <Button
                  size="small"
                  className={styles.withdraw}
                  aria-label={`${t.result.correctionWithdraw}: ${line.name} ${signed(line.amount)}, ${line.reason}`}
                  disabled={busy}
                  onClick={() => onWithdraw(line)}
                >
                  {t.result.correctionWithdraw}
                </Button>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Per municipality whose number the corrections change: the base scenario's number and the number after. */
function AfterCorrections() {
  const { state, t } = useWizard();
  const { model } = previewOf(state);
  const N = model?.column("N");
  const base = model?.column(state.adjustBase);
  if (!model || !N || !base) return null;
  return (
    <ul aria-label={t.result.corrections}>
      {model.input.names.map((name, i) =>
        N.values[i] !== base.values[i] ? <li key={name}>{t.result.correctionAfter(name, base.values[i] ?? 0, N.values[i] ?? 0)}</li> : null,
      )}
    </ul>
  );
}

/** "Vastgelegd", or what went wrong while recording. */
function RecordStatus({ status }: { status: Status }) {
  const { t } = useWizard();
  if (status.kind === "done")
    return (
      <MessageBar intent="success">
        <MessageBarBody>{t.result.correctionRecorded}</MessageBarBody>
      </MessageBar>
    );
  if (status.kind === "error")
    return (
      <MessageBar intent="error">
        <MessageBarBody>{status.text}</MessageBarBody>
      </MessageBar>
    );
  return null;
}
