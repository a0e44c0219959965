import { useEffect } from "react";
import type { WorkbookGateway } from "../../excel/gateway";
import type { GroupCell } from "../../excel/types";

/**
 * What a *Waarom?* panel follows on the scenario sheet: the selection read once, and Excel's
 * selection changes after it. Module-level values, so the effect below depends on nothing that
 * changes per render.
 */
export interface SelectionSource<T> {
  current(gateway: WorkbookGateway, sheetName: string): Promise<T | null>;
  follow(gateway: WorkbookGateway, sheetName: string, handler: (value: T | null) => void): Promise<() => Promise<void>>;
}

/** The municipality (row index) selected in the scenario block. */
export const MUNICIPALITY_SELECTION: SelectionSource<number> = {
  current: (gateway, sheetName) => gateway.selectedMunicipality(sheetName),
  follow: (gateway, sheetName, handler) => gateway.onSelectionChanged(sheetName, handler),
};

/** The cell selected in the group block. */
export const GROUP_CELL_SELECTION: SelectionSource<GroupCell> = {
  current: (gateway, sheetName) => gateway.selectedGroupCell(sheetName),
  follow: (gateway, sheetName, handler) => gateway.onGroupSelectionChanged(sheetName, handler),
};

/**
 * Once the scenario sheet is written: start at what is selected there, then follow Excel's
 * selection. A selection outside the block (null) leaves the choice as it is; the handler is
 * removed when the panel goes or the sheet changes, also when it arrives after that.
 */
export function useFollowSelection<T>(
  gateway: WorkbookGateway,
  source: SelectionSource<T>,
  sheetName: string | null,
  choose: (value: T) => void,
): void {
  useEffect(() => {
    if (!sheetName) return;
    let live = true;
    let stop: (() => Promise<void>) | null = null;
    const pick = (value: T | null) => live && value !== null && choose(value);
    source.current(gateway, sheetName).then(pick, () => undefined);
    source.follow(gateway, sheetName, pick).then(
      (s) => (live ? (stop = s) : void s().catch(() => undefined)),
      () => undefined,
    );
    return () => {
      live = false;
      stop?.().catch(() => undefined);
    };
  }, [gateway, source, sheetName, choose]);
}
