/** Shared by the adapter and pane tests: the seed's scenario and Monitor requests, and helpers for refusals and sync counts. */
import { STEDENDRIEHOEK_2024 } from "../../src/data";
import { AdapterError, MonitorSheetRequest, ScenarioSheetRequest } from "../../src/excel/types";
import { DEFAULT_SETTINGS } from "../../src/scenario";
import type { WorkbookModel } from "../fake-excel/model";

/** The scenario sheet of the embedded region, as the pane asks for it (Dutch). */
export const scenarioRequest = (over: Partial<ScenarioSheetRequest> = {}): ScenarioSheetRequest => ({
  sheetName: "Verdeling 2024",
  tableName: "Gemeenten",
  settings: DEFAULT_SETTINGS,
  region: STEDENDRIEHOEK_2024.region,
  year: 2024,
  sources: STEDENDRIEHOEK_2024.sources,
  replaceOwnSheet: false,
  language: "nl",
  ...over,
});

/** The Monitor of the embedded region on that scenario sheet, 2024–2035, as the pane asks for it (Dutch). */
export const monitorRequest = (over: Partial<MonitorSheetRequest> = {}): MonitorSheetRequest => ({
  sheetName: "Monitor",
  region: STEDENDRIEHOEK_2024.region,
  target: { kind: "scenario", sheetName: "Verdeling 2024" },
  startYear: 2024,
  endYear: 2035,
  allowCredit: false,
  thresholds: { onTrack: 0.9, behind: 0.75 },
  language: "nl",
  replaceOwnSheet: false,
  ...over,
});

/** The AdapterError a gateway call is refused with; fails the test if it is not refused. */
export async function rejection(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof AdapterError) return e;
    throw e;
  }
  throw new Error("expected an AdapterError");
}

/** The context.sync calls of one gateway call. */
export async function syncsOf(model: () => WorkbookModel, step: () => Promise<unknown>): Promise<number> {
  const before = model().syncCount;
  await step();
  return model().syncCount - before;
}
