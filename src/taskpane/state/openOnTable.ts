import type { Dispatch } from "react";
import type { WorkbookGateway } from "../../excel/gateway";
import type { Action } from "./wizard";

/**
 * When the pane opens in a workbook that has a `Gemeenten` table — the add-in's own, written in an
 * earlier round, or one the region made under that name — it starts from that table's figures,
 * not from the embedded region: the workbook is the record of the agreement, and a preview
 * computed from other figures would be read as the workbook's. The reducer applies it only while
 * the user is still on step 1 with the embedded region (a choice made before the workbook answered
 * stands). A workbook without such a table, or an Excel that cannot answer, changes nothing and
 * shows nothing: the user asked for nothing, and choosing *Tabel in deze werkmap* reads again and
 * says what is wrong.
 *
 * @example
 *   useEffect(() => whenIdle(() => void openOnWorkbookTable(gateway, dispatch)), [gateway]);
 *   // a workbook with the add-in's Gemeenten table of 9 rows: step 1 shows "Tabel in deze werkmap", its 9 municipalities read
 */
export async function openOnWorkbookTable(gateway: WorkbookGateway, dispatch: Dispatch<Action>): Promise<void> {
  try {
    const { municipalities, groups, offered } = await gateway.findOpeningTables();
    if (municipalities) dispatch({ type: "openedOnTable", read: municipalities, groups });
    else if (offered) dispatch({ type: "tableOffered", name: offered });
  } catch {
    // nothing to show (see above)
  }
}
