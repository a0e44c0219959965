import { lazyPart } from "../lazyPart";

/**
 * The mapping of the user's own range (step 1, *Tabel in deze werkmap*), a chunk of its own: most
 * users start from the embedded data, so step 1 shows without the source detection and its view;
 * the pane prefetches it with the later steps. Beside RegionStep as resultPanels.ts is beside ResultStep.
 */
export const MAPPING_PANEL = lazyPart(() => import(/* webpackChunkName: "panel-mapping" */ "./MappingView").then((m) => m.WorkbookSource));
