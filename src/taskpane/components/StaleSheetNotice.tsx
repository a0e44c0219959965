import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { DocumentTable20Regular } from "@fluentui/react-icons/svg/document-table";
import { useWizard } from "../context";
import { sheetState } from "../state/staleness";

/**
 * Says plainly that the workbook no longer matches the pane (a figure or a setting changed after
 * the scenario sheet was written), with the way to update it: `onUpdate` where the update can be
 * done (step 4), else a button that leads there.
 */
export function StaleSheetNotice({ onUpdate }: { onUpdate?: () => void }) {
  const { state, dispatch, t } = useWizard();
  if (state.write.kind !== "done" || sheetState(state) !== "stale") return null;
  const sheet = state.write.result.sheetName;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{t.result.stale(sheet)}</MessageBarBody>
      <MessageBarActions>
        {onUpdate ? (
          <Button size="small" icon={<DocumentTable20Regular />} onClick={onUpdate}>
            {t.result.update}
          </Button>
        ) : (
          <Button size="small" onClick={() => dispatch({ type: "goTo", step: 3 })}>
            {t.result.staleGoTo}
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
