import { Suspense } from "react";
import { Field, Input, Radio, RadioGroup, Text } from "@fluentui/react-components";
import { useWizard } from "../context";
import type { Source } from "../state/wizard";
import { Loading } from "./Loading";
import { EMPTY_REGION_PANEL, MAPPING_PANEL, OFFERED_TABLE_PANEL } from "./regionPanels";

/** Step 1: embedded Stedendriehoek data, a table in this workbook, or an empty region. */
export function RegionStep() {
  const { state, dispatch, t } = useWizard();
  return (
    <>
      <Text>{t.region.intro}</Text>
      <SourceChoice />
      {state.source === "embedded" && state.offeredTable && (
        <Suspense fallback={null}>
          <OFFERED_TABLE_PANEL.Component />
        </Suspense>
      )}
      {state.source !== "embedded" && (
        <Suspense fallback={<Loading />}>
          {state.source === "workbook" ? <MAPPING_PANEL.Component /> : <EMPTY_REGION_PANEL.Component />}
        </Suspense>
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
