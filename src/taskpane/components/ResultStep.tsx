import {
  Button,
  Card,
  CardHeader,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DocumentTable20Regular } from "@fluentui/react-icons/svg/document-table";
import { Open20Regular } from "@fluentui/react-icons/svg/open";
import { Suspense, useEffect, useState } from "react";
import { sheetNameProblem } from "../../sheets/sheetNames";
import type { SheetStatus } from "../../excel/types";
import type { ScenarioModel } from "../../scenario";
import { useWizard } from "../context";
import { Confirmed, copyValues, writeScenario } from "../state/actions";
import { byHandSnippets } from "../state/byHand";
import { previewOf } from "../state/derive";
import { perMunicipalityOf } from "../state/perMunicipality";
import { MunicipalityTable } from "./MunicipalityTable";
import { CORRECTIONS_PANEL, WHY_PANEL } from "./resultPanels";
import { StaleSheetNotice } from "./StaleSheetNotice";
import { sheetState } from "../state/staleness";

const useStyles = makeStyles({
  cards: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))", gap: "8px" },
  // a scenario's name in a card 130 px wide: a long Dutch word ("aftoppingsgrens") is hyphenated
  // where the webview can, and broken at the card's edge where it cannot, not run past the card
  title: { hyphens: "auto", overflowWrap: "anywhere" },
  figure: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "pre-wrap",
    wordBreak: "break-all",
    margin: 0,
  },
});

/** Step 4: write or update the sheet and chart; summary cards; a values copy; the formulas for use by hand. */
export function ResultStep() {
  const { state, gateway, dispatch, t, language } = useWizard();
  const write = (confirmed?: Confirmed) => writeScenario(gateway, state, dispatch, language, confirmed);
  const { model } = previewOf(state);
  return (
    <>
      <Text>{t.result.intro}</Text>
      <WriteControls write={write} />
      <WriteOutcome />
      <ConfirmReplaceDialog write={write} />
      {model && <SummaryCards model={model} />}
      {model && <MunicipalityTable {...perMunicipalityOf(model, language)} language={language} />}
      <ValuesCopy />
      <Suspense fallback={<Spinner size="tiny" label={t.loading} />}>
        <WHY_PANEL.Component />
      </Suspense>
      <Title3 as="h2">{t.result.corrections}</Title3>
      <Suspense fallback={<Spinner size="tiny" label={t.loading} />}>
        <CORRECTIONS_PANEL.Component />
      </Suspense>
      <ByHandFormulas />
    </>
  );
}

/** The sheet's name (checked as typed) and the button that writes the sheet, or updates it when it is already the add-in's. */
function WriteControls({ write }: { write: (confirmed?: Confirmed) => void }) {
  const { state, dispatch, t, language } = useWizard();
  const status = state.write;
  const nameProblem = sheetNameProblem(state.sheetName);
  const sheetKind = useSheetKind(state.sheetName, nameProblem === null);
  const done = status.kind === "done" ? status.result : null;
  return (
    <>
      <Field label={t.scenario.sheetName} validationState={nameProblem ? "error" : "none"} validationMessage={nameProblem?.[language]}>
        <Input value={state.sheetName} onChange={(_, d) => dispatch({ type: "set", field: "sheetName", value: d.value })} />
      </Field>
      <Button
        appearance="primary"
        icon={<DocumentTable20Regular />}
        disabled={status.kind === "busy" || nameProblem !== null}
        onClick={() => write()}
      >
        {sheetKind === "ours" || done?.sheetName === state.sheetName ? t.result.update : t.result.write}
      </Button>
      {status.kind === "busy" && <Spinner size="small" label={t.result.writing} />}
      <StaleSheetNotice onUpdate={() => write()} />
    </>
  );
}

/** What the last write did: the sheet written (with a "go to"), or why not (with a free name to use when the name is taken). */
function WriteOutcome() {
  const { state, dispatch, gateway, t, language } = useWizard();
  const status = state.write;
  const done = status.kind === "done" ? status.result : null;
  return (
    <>
      {done && sheetState(state) === "current" && (
        <MessageBar intent="success">
          <MessageBarBody>{done.updated ? t.result.updated(done.sheetName) : t.result.written(done.sheetName)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" icon={<Open20Regular />} onClick={() => gateway.select(done.sheetName, "A1")}>
              {t.result.goToSheet}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {status.kind === "error" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{status.error[language]}</MessageBarBody>
          {status.error.suggestedName && (
            <MessageBarActions>
              <Button size="small" onClick={() => dispatch({ type: "set", field: "sheetName", value: status.error.suggestedName! })}>
                {t.result.useName(status.error.suggestedName)}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
    </>
  );
}

/**
 * Asks before a write replaces a sheet of the same name, or figures changed in Excel in the
 * add-in's own table (the write waits in state "confirm"; a sheet already agreed to comes first).
 */
function ConfirmReplaceDialog({ write }: { write: (confirmed?: Confirmed) => void }) {
  const { state, dispatch, t } = useWizard();
  const cancel = () => dispatch({ type: "write", status: { kind: "idle" } });
  const confirm = state.write.kind === "confirm" ? state.write : null;
  const table = confirm?.editedTable;
  return (
    <Dialog open={state.write.kind === "confirm"} onOpenChange={(_, d) => !d.open && cancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{table ? t.result.confirmTableTitle : t.result.confirmTitle}</DialogTitle>
          <DialogContent>{table ? t.result.confirmTableBody(table) : t.result.confirmBody(state.sheetName)}</DialogContent>
          <DialogActions>
            <Button onClick={cancel}>{t.result.cancel}</Button>
            <Button
              appearance="primary"
              onClick={() => write({ sheet: true, tables: [...(confirm?.agreed ?? []), ...(table ? [table] : [])] })}
            >
              {table ? t.result.confirmTableYes : t.result.confirmYes}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** One card per scenario column: its total, the need and what is not placed, and how many municipalities it takes. */
function SummaryCards({ model }: { model: ScenarioModel }) {
  const { t, language } = useWizard();
  const styles = useStyles();
  return (
    <div className={styles.cards}>
      {model.columns.map((column) => (
        <Card key={column.key} size="small" aria-label={column.def.label(model.labels, language)}>
          <CardHeader
            header={
              <Text weight="semibold" className={styles.title}>
                {column.def.label(model.labels, language)}
              </Text>
            }
          />
          <Text className={styles.figure}>{column.total}</Text>
          <Text size={200}>
            {column.notPlaced === null
              ? t.result.need + " " + model.need
              : `${t.result.need} ${model.need} · ${t.result.notPlaced} ${column.notPlaced}`}
          </Text>
          {column.missing.length > 0 && (
            <Text size={200}>{t.result.taking(model.input.names.length - column.missing.length, model.input.names.length)}</Text>
          )}
        </Card>
      ))}
    </div>
  );
}

type CopyStatus = { kind: "idle" | "busy" } | { kind: "done"; sheets: string[] } | { kind: "error"; text: string };

/** Once the sheet is written: a copy of the add-in's sheets as values only, and what it made (or why not). */
function ValuesCopy() {
  const { state, gateway, t, language } = useWizard();
  const [copy, setCopy] = useState<CopyStatus>({ kind: "idle" });
  const done = state.write.kind === "done" ? state.write.result : null;
  if (!done) return null;
  return (
    <>
      <Text size={200}>{t.result.valuesCopyHint}</Text>
      <Button disabled={copy.kind === "busy"} onClick={() => copyValues(gateway, done.sheetName, language, setCopy)}>
        {t.result.valuesCopy}
      </Button>
      {copy.kind === "done" && (
        <MessageBar intent="success">
          <MessageBarBody>{t.result.valuesCopied(copy.sheets)}</MessageBarBody>
        </MessageBar>
      )}
      {copy.kind === "error" && (
        <MessageBar intent="error">
          <MessageBarBody>{copy.text}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** The sheet's formulas, cell by cell, for a user who builds the scenario by hand (from the same plan the write uses). */
function ByHandFormulas() {
  const { state, t, language } = useWizard();
  const styles = useStyles();
  const snippets = byHandSnippets(state, language);
  return (
    <>
      <Title3 as="h2">{t.result.byHand}</Title3>
      <Text size={200}>{t.result.byHandIntro}</Text>
      <pre className={styles.code}>{snippets.map((f) => `${f.cell} · ${f.label}\n${f.formula}`).join("\n\n")}</pre>
    </>
  );
}

/** Whether the named sheet is free, the add-in's own scenario sheet, another kind's or the user's — asked of Excel as the name changes. */
function useSheetKind(sheetName: string, valid: boolean): SheetStatus | null {
  const { gateway, state } = useWizard();
  const [kind, setKind] = useState<SheetStatus | null>(null);
  useEffect(() => {
    if (!valid) return setKind("invalid");
    let live = true;
    const timer = setTimeout(() => {
      gateway.sheetStatus(sheetName, "scenario").then(
        (k) => live && setKind(k),
        () => live && setKind(null),
      );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [gateway, sheetName, valid, state.write.kind]);
  return kind;
}
