import { lazyPart } from "../lazyPart";

/**
 * Step 1's sources other than the embedded data, chunks of their own (see RegionSources.tsx):
 * *Tabel in deze werkmap* with the mapping of the user's own range, and *Lege regio*. The pane
 * prefetches them with the later steps. Beside RegionStep as resultPanels.ts is beside ResultStep.
 */
export const MAPPING_PANEL = lazyPart(() =>
  import(/* webpackChunkName: "panel-mapping" */ "./RegionSources").then((m) => m.WorkbookTableSource),
);
/** The workbook's own table offered beside the built-in region (shown only when the pane found one). */
export const OFFERED_TABLE_PANEL = lazyPart(() =>
  import(/* webpackChunkName: "panel-mapping" */ "./RegionSources").then((m) => m.OfferedTable),
);
export const EMPTY_REGION_PANEL = lazyPart(() =>
  import(/* webpackChunkName: "panel-empty-region" */ "./RegionSources").then((m) => m.EmptyRegionSource),
);
