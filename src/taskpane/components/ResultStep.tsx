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
import { DocumentTable20Regular, Open20Regular } from "@fluentui/react-icons";
import { useWizard } from "../context";
import { writeScenario } from "../state/actions";
import { perMunicipalityOf, previewOf, scenarioLabel } from "../state/derive";
import { MunicipalityTable } from "./MunicipalityTable";

const useStyles = makeStyles({
  cards: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))", gap: "8px" },
  figure: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, whiteSpace: "pre-wrap", wordBreak: "break-all", margin: 0 },
});

/** Step 4: write or update the sheet and chart; summary cards; the formulas for use by hand. */
export function ResultStep() {
  const { state, dispatch, gateway, t, language } = useWizard();
  const styles = useStyles();
  const { result } = previewOf(state);
  const status = state.write;
  const write = (confirmed = false) => writeScenario(gateway, state, dispatch, confirmed);
  const done = status.kind === "done" ? status.result : null;
  return (
    <>
      <Text>{t.result.intro}</Text>
      <Field label={t.scenario.sheetName}>
        <Input value={state.sheetName} onChange={(_, d) => dispatch({ type: "set", field: "sheetName", value: d.value })} />
      </Field>
      <Button appearance="primary" icon={<DocumentTable20Regular />} disabled={status.kind === "busy"} onClick={() => write(false)}>
        {done ? t.result.update : t.result.write}
      </Button>
      {status.kind === "busy" && <Spinner size="small" label={t.result.writing} />}
      {done && (
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
      <Dialog open={status.kind === "confirm"} onOpenChange={(_, d) => !d.open && dispatch({ type: "write", status: { kind: "idle" } })}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.result.confirmTitle}</DialogTitle>
            <DialogContent>{t.result.confirmBody(state.sheetName)}</DialogContent>
            <DialogActions>
              <Button onClick={() => dispatch({ type: "write", status: { kind: "idle" } })}>{t.result.cancel}</Button>
              <Button appearance="primary" onClick={() => write(true)}>
                {t.result.confirmYes}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {result && (
        <div className={styles.cards}>
          {Object.entries(result.columns).map(([key, column]) => (
            <Card key={key} size="small" aria-label={scenarioLabel(t.scenario.labels[key], state)}>
              <CardHeader header={<Text weight="semibold">{scenarioLabel(t.scenario.labels[key], state)}</Text>} />
              <Text className={styles.figure}>{column!.total}</Text>
              <Text size={200}>{`${t.result.need} ${result.need} · ${t.result.notPlaced} ${column!.notPlaced}`}</Text>
            </Card>
          ))}
        </div>
      )}
      {result && <MunicipalityTable {...perMunicipalityOf(state, result, t.scenario.labels)} language={language} />}
      <Title3 as="h2">{t.result.byHand}</Title3>
      <Text size={200}>{t.result.byHandIntro}</Text>
      <pre className={styles.code}>
        {[
          `=THUIS.FAIRSHARE(${result?.need ?? 1170}; Gemeenten[Inwonertal])`,
          "=THUIS.CAP30(Gemeenten[Mutaties sociale huur])",
          "=THUIS.CAP30(Gemeenten[Mutaties tot 1e aftoppingsgrens]; 30%; \"down\")",
          "=THUIS.MIN15(Gemeenten[Mutaties sociale huur])",
          "=THUIS.SHORTFALL(B13:B21; D13:D21)",
          "=THUIS.REDISTRIBUTE(B13:B21; D13:D21)",
          `=THUIS.GROWTHPATH(C13:C21; B13:B21; ${state.year}; ${state.growthEnd})`,
        ].join("\n")}
      </pre>
    </>
  );
}
