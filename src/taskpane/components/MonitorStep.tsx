import {
  Badge,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
  Textarea,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DataLine20Regular } from "@fluentui/react-icons/svg/data-line";
import { Open20Regular } from "@fluentui/react-icons/svg/open";
import { TextBulletListAdd20Regular } from "@fluentui/react-icons/svg/text-bullet-list-add";
import { useEffect, useState } from "react";
import { STATUS_WORDS, MonitorStatus } from "../../engine/monitor";
import type { MonitorRead, Overwrite } from "../../excel/types";
import { percentText } from "../../i18n";
import { useWizard } from "../context";
import { parseCellText } from "../state/derive";
import { checkPaste, monitorRequestOf, namesTemplate, yearTargets } from "../state/monitor";
import { createMonitor, enterYear, loadMonitor } from "../state/monitorActions";

const useStyles = makeStyles({
  // two fields a row where they fit; a field (label and input) never wider than its column, or it overlaps the next (20.3)
  row: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))",
    gap: "8px",
    "& > *": { minWidth: 0 },
    "& .fui-Input": { minWidth: 0, width: "100%" },
    "& .fui-Input__input": { minWidth: 0 },
  },
  paste: { fontFamily: tokens.fontFamilyMonospace },
  list: { margin: 0, paddingLeft: "20px", display: "flex", flexDirection: "column", gap: "4px" },
  summary: {
    display: "flex",
    flexDirection: "column",
    gap: "6px",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: "8px",
  },
  line: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" },
});

const BADGE: Record<MonitorStatus, "success" | "warning" | "danger"> = { onTrack: "success", behind: "warning", farBehind: "danger" };

type TextField = "sheetName" | "startYear" | "endYear" | "onTrack" | "behind" | "year" | "pasted";

/** onChange of a text field of the monitor's state. */
function useSetter() {
  const { dispatch } = useWizard();
  return (field: TextField) => (_: unknown, d: { value: string }) => dispatch({ type: "monitor", patch: { [field]: d.value } });
}

/** Step 5: the monitor sheet from the scenario's growth path, one year's realisation entered by name, and the state of the region. */
export function MonitorStep() {
  const { state, dispatch, gateway, t } = useWizard();
  // a monitor already in the workbook: the yearly round first, its settings below
  const [existing, setExisting] = useState(false);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- read once per gateway: the sheet name is the one the step opened with
  useEffect(() => void loadMonitor(gateway, state.monitor.sheetName, dispatch).then(setExisting), [gateway]);
  const round = state.monitor.read && <YearlyRound />;
  return (
    <>
      <Text>{t.monitor.intro(state.sheetName)}</Text>
      {existing ? round : <Setup />}
      {existing ? <Setup /> : round}
    </>
  );
}

/** Sheet name, years, thresholds, credit; create or update. */
function Setup() {
  const { state, dispatch, gateway, t, language } = useWizard();
  const m = state.monitor;
  const tm = t.monitor;
  const styles = useStyles();
  const set = useSetter();
  const { errors } = monitorRequestOf(m, state.sheetName, "", language, false);
  const field = (key: "startYear" | "endYear" | "onTrack" | "behind", label: string, mode: "numeric" | "decimal") => (
    <Field label={label} validationState={errors[key] ? "error" : "none"} validationMessage={errors[key]?.[language]}>
      <Input value={m[key]} onChange={set(key)} inputMode={mode} />
    </Field>
  );
  return (
    <>
      <Title3 as="h2">{tm.setup}</Title3>
      <div className={styles.row}>
        <Field label={tm.sheetName}>
          <Input value={m.sheetName} onChange={set("sheetName")} />
        </Field>
        {field("startYear", tm.startYear, "numeric")}
        {field("endYear", tm.endYear, "numeric")}
        {field("onTrack", tm.onTrack, "decimal")}
        {field("behind", tm.behind, "decimal")}
      </div>
      <Checkbox
        checked={m.allowCredit}
        label={tm.allowCredit}
        onChange={(_, d) => dispatch({ type: "monitor", patch: { allowCredit: d.checked === true } })}
      />
      <Button
        appearance="primary"
        icon={<DataLine20Regular />}
        disabled={m.write.kind === "busy" || Object.keys(errors).length > 0}
        onClick={() => createMonitor(gateway, state, dispatch, language)}
      >
        {m.read || m.write.kind === "done" ? tm.update : tm.create}
      </Button>
      {m.write.kind === "busy" && <Spinner size="small" label={tm.writing} />}
      <WriteOutcome />
      <ConfirmDialog />
    </>
  );
}

/** One year's realisation pasted or typed, entered, and the summary. */
function YearlyRound() {
  const { state, dispatch, gateway, t } = useWizard();
  const m = state.monitor;
  const tm = t.monitor;
  const styles = useStyles();
  const set = useSetter();
  const yearOk = typeof parseCellText(m.year) === "number";
  return (
    <>
      <Title3 as="h2">{tm.enterTitle}</Title3>
      <Field label={tm.year} validationState={yearOk ? "none" : "error"} validationMessage={yearOk ? undefined : tm.yearInvalid}>
        <Input value={m.year} onChange={set("year")} inputMode="numeric" />
      </Field>
      <Field label={tm.pasted} hint={tm.pastedHint}>
        <Textarea className={styles.paste} value={m.pasted} onChange={set("pasted")} rows={6} resize="vertical" />
      </Field>
      <PlausibilityNotes />
      <div className={styles.line}>
        <Button
          icon={<TextBulletListAdd20Regular />}
          onClick={() => dispatch({ type: "monitor", patch: { pasted: namesTemplate(m.read!.names) } })}
        >
          {tm.fillNames}
        </Button>
        <Button
          appearance="primary"
          disabled={m.entry.kind === "busy" || !yearOk || m.pasted.trim() === ""}
          onClick={() => enterYear(gateway, state, dispatch)}
        >
          {tm.enter}
        </Button>
      </div>
      <EntryOutcome />
      <Summary read={m.read!} />
    </>
  );
}

/** Counts far above the year's target, named before they are entered (they may be right). */
function PlausibilityNotes() {
  const { state, language } = useWizard();
  const styles = useStyles();
  const m = state.monitor;
  const notes = checkPaste(m.pasted, m.read?.names ?? [], yearTargets(m.read, m.year)).notes;
  if (notes.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <ul className={styles.list}>
          {notes.map((n, i) => (
            <li key={i}>{n[language]}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

function WriteOutcome() {
  const { state, dispatch, gateway, t, language } = useWizard();
  const w = state.monitor.write;
  if (w.kind === "done")
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          {t.monitor.written(w.result.sheetName, w.result.kept)}
          {w.result.dropped.length > 0 && ` ${t.monitor.dropped(w.result.dropped.length)}`}
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" icon={<Open20Regular />} onClick={() => gateway.select(w.result.sheetName, "A1")}>
            {t.result.goToSheet}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  if (w.kind !== "error") return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>{w.error[language]}</MessageBarBody>
      {w.error.suggestedName && (
        <MessageBarActions>
          <Button
            size="small"
            onClick={() => dispatch({ type: "monitor", patch: { sheetName: w.error.suggestedName!, write: { kind: "idle" } } })}
          >
            {t.monitor.useName(w.error.suggestedName)}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

function ConfirmDialog() {
  const { state, dispatch, gateway, t, language } = useWizard();
  const close = () => dispatch({ type: "monitor", patch: { write: { kind: "idle" } } });
  return (
    <Dialog open={state.monitor.write.kind === "confirm"} onOpenChange={(_, d) => !d.open && close()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.monitor.confirmTitle}</DialogTitle>
          <DialogContent>{t.monitor.confirmBody(state.monitor.sheetName)}</DialogContent>
          <DialogActions>
            <Button onClick={close}>{t.monitor.cancel}</Button>
            <Button appearance="primary" onClick={() => createMonitor(gateway, state, dispatch, language, true)}>
              {t.monitor.confirmYes}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** Figures already entered for the year: old beside new, and a choice — nothing is replaced without it. */
function ConfirmOverwrite({ overwrites }: { overwrites: Overwrite[] }) {
  const { state, dispatch, gateway, t } = useWizard();
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        {t.monitor.overwriteTitle(state.monitor.year)}
        <ul className={styles.list} aria-label={t.monitor.overwriteTitle(state.monitor.year)}>
          {overwrites.map((o) => (
            <li key={o.name}>{`${o.name}: ${o.old} → ${o.new}`}</li>
          ))}
        </ul>
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={() => enterYear(gateway, state, dispatch, true)}>
          {t.monitor.overwriteYes}
        </Button>
        <Button size="small" onClick={() => dispatch({ type: "monitor", patch: { entry: { kind: "idle" } } })}>
          {t.monitor.overwriteNo}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

function EntryOutcome() {
  const { state, gateway, t, language } = useWizard();
  const styles = useStyles();
  const e = state.monitor.entry;
  if (e.kind === "busy") return <Spinner size="small" label={t.monitor.writing} />;
  if (e.kind === "error" && e.error.kind === "confirmOverwrite") return <ConfirmOverwrite overwrites={e.error.overwrites ?? []} />;
  if (e.kind === "error")
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          {e.error.problems ? t.monitor.problemsTitle : e.error[language]}
          {e.error.problems && (
            <ul className={styles.list}>
              {e.error.problems.map((p, i) => (
                <li key={i}>{p[language]}</li>
              ))}
            </ul>
          )}
        </MessageBarBody>
      </MessageBar>
    );
  if (e.kind !== "done") return null;
  const r = e.result;
  const [sheet, at] = splitAddress(r.address);
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        {t.monitor.entered(state.monitor.year, r.written)}
        {r.missing.length > 0 && ` ${t.monitor.missing(r.missing.join(", "))}`}
        {r.skippedHeader && ` ${t.monitor.headerSkipped}`}
        {r.replaced.length > 0 && ` ${t.monitor.replaced(r.replaced.map((o) => `${o.name} ${o.old} → ${o.new}`).join(", "))}`}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" icon={<Open20Regular />} onClick={() => gateway.select(sheet, at)}>
          {t.monitor.goToYear(state.monitor.year)}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** "'Monitor 2'!D34:D42" → ["Monitor 2", "D34:D42"]. */
function splitAddress(full: string): [string, string] {
  const k = full.lastIndexOf("!");
  return [
    full
      .slice(0, k)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'"),
    full.slice(k + 1),
  ];
}

function Summary({ read }: { read: MonitorRead }) {
  const { gateway, t, language } = useWizard();
  const styles = useStyles();
  const s = read.monitor.summary;
  const words = STATUS_WORDS[language];
  const pct = (p: number | null) => (p === null ? "—" : percentText(p, language, 0));
  const go = (at: string) => () => void gateway.select(read.sheetName, at).catch(() => undefined);
  const rowOf = new Map(read.names.map((n, i) => [n, i]));
  const latest = read.monitor.totals.find((y) => y.year === s.latestYear);
  return (
    <section className={styles.summary} aria-label={t.monitor.summary}>
      <Title3 as="h2">{t.monitor.summary}</Title3>
      {s.status === null || s.latestYear === null ? (
        <Text>{t.monitor.noData}</Text>
      ) : (
        <>
          <div className={styles.line}>
            <Badge appearance="filled" color={BADGE[s.status]}>
              {words[s.status]}
            </Badge>
            <Text weight="semibold">{t.monitor.region(words[s.status], pct(s.percent), s.latestYear)}</Text>
          </div>
          <Text size={200}>{t.monitor.regionCumulative(s.cumulativeRealised, s.cumulativeTarget)}</Text>
          {latest && latest.known < read.names.length && (
            <Text size={200}>{t.monitor.partly(s.latestYear, latest.known, read.names.length)}</Text>
          )}
          <Link onClick={go(read.cells.summary)}>{t.monitor.goToRegion}</Link>
          <Text weight="semibold">{t.monitor.behindTitle}</Text>
          {s.behind.length === 0 ? (
            <Text>{t.monitor.allOnTrack}</Text>
          ) : (
            <ul className={styles.list}>
              {s.behind.map((b) => (
                <li key={b.name}>
                  <Badge appearance="tint" color={BADGE[b.status]}>
                    {words[b.status]}
                  </Badge>{" "}
                  <Text>{t.monitor.behindLine(b.name, b.shortfall, pct(b.percent))}</Text>{" "}
                  <Link onClick={go(read.cells.status[rowOf.get(b.name)!])} aria-label={`${t.monitor.goTo} ${b.name}`}>
                    {t.monitor.goTo}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <Text>{t.monitor.backlog(s.backlogCarried, s.latestYear + 1)}</Text>
          {s.creditCarried > 0 && <Text>{t.monitor.credit(s.creditCarried)}</Text>}
        </>
      )}
    </section>
  );
}
