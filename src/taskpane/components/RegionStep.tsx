import { Suspense } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, Text, Textarea } from "@fluentui/react-components";
import { TableSearch20Regular } from "@fluentui/react-icons/svg/table-search";
import { useWizard } from "../context";
import { readWorkbookTable } from "../state/actions";
import type { Source } from "../state/wizard";
import { MAPPING_PANEL } from "./regionPanels";

/** Step 1: embedded Stedendriehoek data, a table in this workbook, or an empty region. */
export function RegionStep() {
  const { state, dispatch, gateway, t } = useWizard();
  return (
    <>
      <Text>{t.region.intro}</Text>
      <SourceChoice />
      {state.source === "workbook" && (
        <>
          <Button icon={<TableSearch20Regular />} onClick={() => readWorkbookTable(gateway, dispatch)}>
            {t.region.read}
          </Button>
          {state.tableNotFound && (
            <MessageBar intent="warning">
              <MessageBarBody>{t.region.noTable}</MessageBarBody>
            </MessageBar>
          )}
          {state.table && (
            <MessageBar intent="success">
              <MessageBarBody>{t.region.tableRead(state.table.name, state.rows.length)}</MessageBarBody>
            </MessageBar>
          )}
          <Suspense fallback={<Spinner size="tiny" label={t.loading} />}>
            <MAPPING_PANEL.Component />
          </Suspense>
        </>
      )}
      {state.source === "empty" && (
        <>
          <Field label={t.region.regionName}>
            <Input value={state.regionName} onChange={(_, d) => dispatch({ type: "set", field: "regionName", value: d.value })} />
          </Field>
          <Field
            label={t.region.names}
            validationMessage={state.rows.length === 0 ? t.region.namesRequired : undefined}
            validationState={state.rows.length === 0 ? "warning" : "none"}
          >
            <Textarea rows={8} value={state.emptyNames} onChange={(_, d) => dispatch({ type: "setEmptyNames", text: d.value })} />
          </Field>
        </>
      )}
      <Field label={t.region.year}>
        <Input value={state.year} inputMode="numeric" onChange={(_, d) => dispatch({ type: "set", field: "year", value: d.value })} />
      </Field>
    </>
  );
}

/** Where the region's data come from: the three sources, each with a line that says what it means. */
function SourceChoice() {
  const { state, dispatch, t } = useWizard();
  return (
    <RadioGroup
      value={state.source}
      onChange={(_, d) => dispatch({ type: "chooseSource", source: d.value as Source })}
      aria-label={t.steps.region}
    >
      <Radio
        value="embedded"
        label={
          <>
            {t.region.embedded}
            <br />
            <Text size={200}>{t.region.embeddedHint}</Text>
          </>
        }
      />
      <Radio
        value="workbook"
        label={
          <>
            {t.region.workbook}
            <br />
            <Text size={200}>{t.region.workbookHint}</Text>
          </>
        }
      />
      <Radio
        value="empty"
        label={
          <>
            {t.region.empty}
            <br />
            <Text size={200}>{t.region.emptyHint}</Text>
          </>
        }
      />
    </RadioGroup>
  );
}
