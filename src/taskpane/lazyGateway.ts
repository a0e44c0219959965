import type { WorkbookGateway } from "../excel/gateway";

/**
 * A gateway whose Excel adapter (src/excel with the sheet planners: a third of the pane's code)
 * loads on first use or on `preload()`, not before the first step shows. Every method of the
 * gateway is asynchronous, so each one simply awaits the adapter and forwards its arguments —
 * whatever its name: the methods are not listed here, so a new gateway operation needs nothing
 * in this file (its type comes from the gateway).
 *
 * @example
 *   const gateway = lazyGateway(() => import("../excel/gateway").then((m) => m.createExcelGateway()));
 *   await gateway.readWorkbookTables(); // loads the adapter, then reads the tables
 */
export function lazyGateway(load: () => Promise<WorkbookGateway>): WorkbookGateway & { preload: () => Promise<unknown> } {
  let adapter: Promise<WorkbookGateway> | undefined;
  const preload = () =>
    (adapter ??= load().catch((error: unknown) => {
      adapter = undefined; // a failed fetch is tried again on the next call
      throw error;
    }));
  const forwarders = new Map<string, (...args: unknown[]) => Promise<unknown>>();
  const forward =
    (name: string) =>
    async (...args: unknown[]) =>
      ((await preload())[name as keyof WorkbookGateway] as (...a: unknown[]) => unknown)(...args);
  return new Proxy({} as WorkbookGateway & { preload: () => Promise<unknown> }, {
    get(_, name) {
      if (name === "preload") return preload;
      // not a method name (a symbol, or `then` when the gateway passes through a promise): nothing
      if (typeof name !== "string" || name === "then") return undefined;
      // one forwarder per name: the same function each time, as a plain object's method would be
      if (!forwarders.has(name)) forwarders.set(name, forward(name));
      return forwarders.get(name);
    },
  });
}
