import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Text,
} from "@fluentui/react-components";
import { useState } from "react";
import { Language, formatDate } from "../../i18n";
import { CorrectionLine, correctionProblems } from "../../scenario";
import { useWizard } from "../context";
import { withdrawCorrection } from "../state/actions";

type Status = { kind: "idle" | "busy" | "done" | "already" } | { kind: "error"; text: string };

const today = (language: Language) => formatDate(new Date(), language);

/** "Apeldoorn -20, Tijdelijke opvang (PHO Wonen, 12-03-2026)": the line as the pane lists it. */
export const describeLine = (line: CorrectionLine) =>
  `${line.name} ${line.amount === null ? "—" : line.amount > 0 ? `+${line.amount}` : line.amount}, ${line.reason} (${line.decidedBy}, ` +
  `${line.date})`;

/**
 * Withdrawing a correction: asks first, naming the line, and asks who decided the withdrawal and
 * when — its own decision, never the form's fields for a new correction. Confirmed, one opposite
 * line is appended (once: {@link withdrawCorrection} finds a line already withdrawn and adds nothing).
 */
export function WithdrawDialog({ line, onClose }: { line: CorrectionLine | null; onClose: () => void }) {
  const { dispatch, gateway, t, language } = useWizard();
  const [decision, setDecision] = useState({ decidedBy: "", date: today(language) });
  const [touched, setTouched] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  // the decision is read by the same rules as a new correction's "besloten door" and date
  const problems = line
    ? correctionProblems({ name: line.name, amount: String(-(line.amount ?? 0)), reason: "-", ...decision }, [line.name])
    : {};
  const show = (field: "decidedBy" | "date") => (touched ? problems[field]?.[language] : undefined);
  const close = () => {
    setTouched(false);
    onClose();
  };
  const confirm = async () => {
    setTouched(true);
    if (!line || problems.decidedBy || problems.date) return;
    close();
    await withdrawCorrection(gateway, dispatch, line, decision, language, setStatus);
    setDecision({ decidedBy: "", date: today(language) });
  };
  const field = (name: "decidedBy" | "date", label: string) => (
    <Field label={label} required validationState={show(name) ? "error" : "none"} validationMessage={show(name)}>
      <Input value={decision[name]} onChange={(_, d) => setDecision({ ...decision, [name]: d.value })} />
    </Field>
  );
  return (
    <>
      <Dialog open={line !== null} onOpenChange={(_, d) => !d.open && close()}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.result.withdrawTitle}</DialogTitle>
            <DialogContent>
              <Text block>{line && t.result.withdrawBody(describeLine(line))}</Text>
              {field("decidedBy", t.result.correctionDecidedBy)}
              {field("date", t.result.correctionDate)}
            </DialogContent>
            <DialogActions>
              <Button onClick={close}>{t.result.withdrawNo}</Button>
              <Button appearance="primary" onClick={confirm}>
                {t.result.withdrawYes}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {status.kind === "done" && (
        <MessageBar intent="success">
          <MessageBarBody>{t.result.correctionRecorded}</MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "already" && (
        <MessageBar intent="info">
          <MessageBarBody>{t.result.withdrawAlready}</MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "error" && (
        <MessageBar intent="error">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
