import type { WorkbookGateway } from "../excel/types";

/** Every method of the gateway (the type below fails to compile when one is missing). */
const METHODS = [
  "checkSupport",
  "findMunicipalityTable",
  "writeMunicipalityTable",
  "sheetStatus",
  "writeScenarioSheet",
  "readCorrections",
  "appendCorrections",
  "writeValuesCopy",
  "writeMonitorSheet",
  "enterRealisation",
  "readMonitor",
  "select",
  "selectedMunicipality",
  "onSelectionChanged",
  "listSources",
  "readSourceRange",
] as const satisfies readonly (keyof WorkbookGateway)[];
type Unlisted = Exclude<keyof WorkbookGateway, (typeof METHODS)[number]>;
const EVERY_METHOD_LISTED: [Unlisted] extends [never] ? true : Unlisted = true;

/**
 * A gateway whose Excel adapter (src/excel with the sheet planners: a third of the pane's code)
 * loads on first use or on `preload()`, not before the first step shows. Every method of the
 * gateway is asynchronous, so each one simply awaits the adapter and forwards its arguments.
 *
 * @example
 *   const gateway = lazyGateway(() => import("../excel/gateway").then((m) => m.createExcelGateway()));
 *   await gateway.findMunicipalityTable(); // loads the adapter, then reads the table
 */
export function lazyGateway(load: () => Promise<WorkbookGateway>): WorkbookGateway & { preload: () => Promise<unknown> } {
  let adapter: Promise<WorkbookGateway> | undefined;
  const preload = () =>
    (adapter ??= load().catch((error: unknown) => {
      adapter = undefined; // a failed fetch is tried again on the next call
      throw error;
    }));
  const forward =
    (name: (typeof METHODS)[number]) =>
    async (...args: unknown[]) =>
      ((await preload())[name] as (...a: unknown[]) => unknown)(...args);
  void EVERY_METHOD_LISTED;
  return Object.assign(Object.fromEntries(METHODS.map((name) => [name, forward(name)])) as unknown as WorkbookGateway, { preload });
}
