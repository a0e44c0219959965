import { Suspense } from "react";
import {
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
  Spinner,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title3,
  makeStyles,
} from "@fluentui/react-components";
import type { Rounding } from "../../engine/exact";
import type { Method } from "../../engine/options";
import { percentText } from "../../i18n";
import { useWizard } from "../context";
import { previewOf, settingsOf } from "../state/derive";
import { perMunicipalityOf } from "../state/perMunicipality";
import { SHARE_PARAMS, paramLabel, warningText, type ScenarioModel } from "../../scenario";
import { LIMITS } from "../../scenario/settings";
import { KeyPicker } from "./KeyPicker";
import { StaleSheetNotice } from "./StaleSheetNotice";
import { MunicipalityTable } from "./MunicipalityTable";
import { GROUP_PANEL } from "./scenarioPanels";
import type { SettableField } from "../state/wizard";

const useStyles = makeStyles({
  row: { display: "flex", gap: "8px", flexWrap: "wrap" },
  narrow: { flex: "1 1 130px" },
  number: { textAlign: "right" },
});

/** Step 3: need, shares, rounding, method, solidarity, growth years — with a live preview. */
export function ScenarioStep() {
  const { state, t, language } = useWizard();
  const { model } = previewOf(state);
  return (
    <>
      <Text>{t.scenario.intro}</Text>
      <StaleSheetNotice />
      <NeedFields />
      <ShareFields />
      <MethodFields />
      <KeyPicker />
      <Title3 as="h2">{t.scenario.preview}</Title3>
      <PreviewMessages />
      {model && <TotalsTable model={model} />}
      {model && <MunicipalityTable {...perMunicipalityOf(model, language)} language={language} />}
      <Suspense fallback={<Spinner size="tiny" label={t.loading} />}>
        <GROUP_PANEL.Component />
      </Suspense>
    </>
  );
}

/** A narrow text field bound to one field of the state, with its error message when the text is invalid. */
function StateField({ name, label, invalid }: { name: SettableField; label: string; invalid: string | undefined }) {
  const { state, dispatch } = useWizard();
  const styles = useStyles();
  return (
    <Field label={label} className={styles.narrow} validationState={invalid ? "error" : "none"} validationMessage={invalid}>
      <Input value={state[name]} inputMode="decimal" onChange={(_, d) => dispatch({ type: "set", field: name, value: d.value })} />
    </Field>
  );
}

/** The need, as a number of households or as a share of the lettings (then the number it comes to). */
function NeedFields() {
  const { state, dispatch, t, language } = useWizard();
  const styles = useStyles();
  const { errors } = settingsOf(state);
  const { model } = previewOf(state);
  return (
    <>
      <Field label={t.scenario.needKind}>
        <RadioGroup
          layout="horizontal"
          value={state.needKind}
          onChange={(_, d) => dispatch({ type: "setNeedKind", value: d.value as "number" | "share" })}
        >
          <Radio value="number" label={t.scenario.needNumber} />
          <Radio value="share" label={t.scenario.needShare} />
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        {state.needKind === "number" ? (
          <StateField name="needNumber" label={paramLabel("need", language)} invalid={errors.needNumber && t.scenario.needInvalid} />
        ) : (
          <StateField name="needPercent" label={t.scenario.needShareValue} invalid={errors.needPercent && t.scenario.percentInvalid} />
        )}
      </div>
      {model && model.needShareOfLettings !== null && (
        <Text weight="semibold">{t.scenario.needResult(model.need, percentText(model.needShareOfLettings, language, 1))}</Text>
      )}
    </>
  );
}

/** One percentage field per share parameter of the scenario columns (SHARE_PARAMS). */
function ShareFields() {
  const { state, dispatch, t, language } = useWizard();
  const styles = useStyles();
  const { errors } = settingsOf(state);
  return (
    <div className={styles.row}>
      {SHARE_PARAMS.map(({ key, share }) => (
        <Field
          key={key}
          label={`${paramLabel(key, language)} (%)`}
          className={styles.narrow}
          validationState={errors[share] ? "error" : "none"}
          validationMessage={errors[share] && t.scenario.percentInvalid}
        >
          <Input
            value={state.sharePercents[share]}
            inputMode="decimal"
            onChange={(_, d) => dispatch({ type: "setSharePercent", share, value: d.value })}
          />
        </Field>
      ))}
    </div>
  );
}

/** How the need is divided: rounding, method, solidarity and the last year of growth. */
function MethodFields() {
  const { state, dispatch, t, language } = useWizard();
  const styles = useStyles();
  const { errors } = settingsOf(state);
  return (
    <>
      <Field label={paramLabel("rounding", language)}>
        <Dropdown
          value={t.scenario.roundings[state.rounding]}
          selectedOptions={[state.rounding]}
          onOptionSelect={(_, d) => dispatch({ type: "setRounding", value: d.optionValue as Rounding })}
        >
          {(["round", "down", "up"] as const).map((r) => (
            <Option key={r} value={r}>
              {t.scenario.roundings[r]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={paramLabel("method", language)}>
        <RadioGroup value={state.method} onChange={(_, d) => dispatch({ type: "setMethod", value: d.value as Method })}>
          {(["hamilton", "webster", "dhondt"] as const).map((m) => (
            <Radio key={m} value={m} label={t.scenario.methods[m]} />
          ))}
        </RadioGroup>
      </Field>
      <Switch
        checked={state.solidarity}
        label={t.scenario.solidarity}
        onChange={(_, d) => dispatch({ type: "setSolidarity", value: d.checked })}
      />
      <div className={styles.row}>
        <StateField
          name="growthEnd"
          label={`${t.scenario.growth} (${state.year}–)`}
          invalid={errors.growthEnd && t.scenario.yearInvalid(LIMITS.maxYears)}
        />
      </div>
    </>
  );
}

/** Why the preview cannot be computed, else the model's warnings. */
function PreviewMessages() {
  const { state, language } = useWizard();
  const { model, error } = previewOf(state);
  return (
    <>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error.text(language)}</MessageBarBody>
        </MessageBar>
      )}
      {model?.warnings.map((w) => (
        <MessageBar key={`${w.key}-${w.column}`} intent="warning">
          <MessageBarBody>{warningText(w, language)}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}

/** Per scenario column: its total and what is not placed. */
function TotalsTable({ model }: { model: ScenarioModel }) {
  const { t, language } = useWizard();
  const styles = useStyles();
  return (
    <Table size="extra-small" aria-label={t.scenario.preview}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.scenario.scenarioCol}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{t.scenario.total}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{t.scenario.notPlaced}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {model.columns.map((column) => (
          <TableRow key={column.key}>
            <TableCell>{column.def.short(model.labels, language)}</TableCell>
            <TableCell className={styles.number}>{column.total}</TableCell>
            <TableCell className={styles.number}>{column.notPlaced}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
