import { Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, Textarea } from "@fluentui/react-components";
import { TableSearch20Regular } from "@fluentui/react-icons/svg/table-search";
import { useWizard } from "../context";
import { readWorkbookTable } from "../state/actions";
import { WorkbookSource } from "./MappingView";

/**
 * Step 1's two sources beyond the embedded data, each a chunk of its own (regionPanels.ts): most
 * users start from the embedded region, so the first chunk carries neither the table reader's
 * messages and mapping view nor the names field.
 */

/** "Tabel in deze werkmap": read the `Gemeenten` table, or point at the region's own range and map it. */
export function WorkbookTableSource() {
  const { state, dispatch, gateway, t } = useWizard();
  return (
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
        <MessageBar intent={state.table.opened ? "info" : "success"}>
          <MessageBarBody>
            {state.table.opened
              ? t.region.openedOnTable(state.table.name, state.rows.length, t.region.embedded)
              : t.region.tableRead(state.table.name, state.rows.length)}
          </MessageBarBody>
        </MessageBar>
      )}
      {/* the region's name titles every sheet: shown here too, so a table of another region is not written under the built-in name */}
      <RegionNameField />
      <WorkbookSource />
    </>
  );
}

/**
 * Beside the built-in region: the workbook's own table of municipalities under another name than
 * `Gemeenten`, found when the pane opened (state.offeredTable) — read at the user's word only, as
 * *Tabel in deze werkmap* → *Tabel inlezen* reads it.
 */
export function OfferedTable() {
  const { state, dispatch, gateway, t } = useWizard();
  if (!state.offeredTable) return null;
  const read = () => {
    dispatch({ type: "chooseSource", source: "workbook" });
    void readWorkbookTable(gateway, dispatch);
  };
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{t.region.tableOffered(state.offeredTable)}</MessageBarBody>
      <MessageBarActions>
        <Button icon={<TableSearch20Regular />} onClick={read}>
          {t.region.readOffered}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** The region's name, which titles the sheets and the Verantwoording. */
function RegionNameField() {
  const { state, dispatch, t } = useWizard();
  return (
    <Field
      label={t.region.regionName}
      validationMessage={state.regionName.trim() === "" ? t.region.regionNameRequired : undefined}
      validationState={state.regionName.trim() === "" ? "warning" : "none"}
    >
      <Input value={state.regionName} onChange={(_, d) => dispatch({ type: "set", field: "regionName", value: d.value })} />
    </Field>
  );
}

/** "Lege regio": the region's name and its municipalities, typed or pasted one per line. */
export function EmptyRegionSource() {
  const { state, dispatch, t } = useWizard();
  return (
    <>
      <RegionNameField />
      <Field
        label={t.region.names}
        validationMessage={state.rows.length === 0 ? t.region.namesRequired : undefined}
        validationState={state.rows.length === 0 ? "warning" : "none"}
      >
        <Textarea rows={8} value={state.emptyNames} onChange={(_, d) => dispatch({ type: "setEmptyNames", text: d.value })} />
      </Field>
    </>
  );
}
