import { act } from "@testing-library/react";
import type { WorkbookGateway } from "../../src/excel/gateway";

/**
 * A gateway that knows which of its calls are still running, so a pane test waits for the pane's
 * work itself — every gateway call a click or a render set off, and React's render of the answers —
 * instead of polling for a text against a clock. A loaded machine can outlast any clock; it cannot
 * make this wait end early or late.
 *
 * @example
 *   const { gateway, settle } = settlingGateway(createExcelGateway());
 *   render(<App gateway={gateway} … />);
 *   fireEvent.click(screen.getByRole("button", { name: "Monitor maken" }));
 *   await settle();
 *   screen.getByText("Klaar: blad 'Monitor' is geschreven.");
 */
export function settlingGateway(inner: WorkbookGateway): { gateway: WorkbookGateway; settle: () => Promise<void> } {
  const pending = new Set<Promise<unknown>>();
  const gateway = new Proxy(inner, {
    get(target, key, receiver) {
      const member = Reflect.get(target, key, receiver) as unknown;
      if (typeof member !== "function") return member;
      return (...args: unknown[]) => {
        const result = (member as (...a: unknown[]) => unknown).apply(target, args);
        if (result instanceof Promise) {
          pending.add(result);
          const done = () => pending.delete(result);
          result.then(done, done);
        }
        return result;
      };
    },
  });
  /** Until no gateway call is running after React has rendered (and run the effects of) every answer. */
  const settle = async () => {
    for (let round = 0; round < 50; round++) {
      await act(async () => {
        await Promise.allSettled([...pending]);
        await new Promise((resolve) => setTimeout(resolve, 0)); // what an answer's .then starts next
      });
      if (pending.size === 0) return;
    }
    throw new Error("the pane kept calling the gateway: 50 rounds of calls");
  };
  return { gateway, settle };
}
