import { createElement, type ReactNode } from "react";
import { createDOMRenderer, RendererProvider } from "@fluentui/react-components";
import { screen } from "@testing-library/react";
import { PREFETCHED } from "../../src/taskpane/parts";

/** jsdom lacks these browser APIs; Fluent UI's components ask for them. Call in beforeAll. */
export function installJsdomShims(): void {
  window.matchMedia =
    window.matchMedia ??
    ((() => ({
      matches: false,
      addListener() {},
      removeListener() {},
      addEventListener() {},
      removeEventListener() {},
    })) as unknown as typeof window.matchMedia);
  (globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

/**
 * The only CSS properties that testing-library and jest-dom read: whether an element is hidden
 * (role queries, accessible names, `toBeVisible`) and generated text.
 */
const READ_BY_QUERIES = /(^|[{;\s])(display|visibility|opacity|content)\s*:/;

/**
 * Fluent's style engine with only the rules that can hide an element or add text. jsdom's
 * getComputedStyle matches every rule of every sheet against the element and each ancestor, and a
 * role query calls it for every candidate: with Fluent's ~1100 atomic rules one `getByRole` over
 * the Result step cost 4 s of CPU. Rules that only colour, size or place an element cannot change
 * what a query finds, so leaving them out keeps every query's answer and makes it ~50× cheaper.
 */
const queryRelevantStyles = createDOMRenderer(document, { unstable_filterCSSRule: (rule) => READ_BY_QUERIES.test(rule) });

/** `render(ui, { wrapper: PaneStyles })`: the pane with only the query-relevant CSS rules. */
export function PaneStyles({ children }: { children: ReactNode }) {
  return createElement(RendererProvider, { renderer: queryRelevantStyles, targetDocument: document, children });
}

/**
 * Loads the pane's later steps and panels (src/taskpane/parts.ts, chunks of their own in the
 * build) before a file's tests, as the pane prefetches them while step 1 is read: a step then
 * shows at once on "Volgende". Loading on demand, with its spinner, is test/taskpane/lazySteps.test.tsx.
 * Call in beforeAll.
 */
export async function preloadPaneParts(): Promise<void> {
  await Promise.all(PREFETCHED.map((part) => part.preload()));
}

/**
 * The wizard's "Volgende" button, found by its text: a role query computes the accessible name of
 * every button in the pane first (~0.1 s on a step with a table, and the tests press it often).
 */
export function nextButton(word = "Volgende"): HTMLButtonElement {
  const button = screen.getByText(word, { exact: true }).closest("button");
  if (!button) throw new Error(`'${word}' is not on a button`);
  return button;
}
