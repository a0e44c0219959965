import { createElement, type ReactNode } from "react";
import { createDOMRenderer, RendererProvider } from "@fluentui/react-components";
import { fireEvent, screen } from "@testing-library/react";
import { installFakeExcel } from "../fake-excel/fakeExcel";
import { WorkbookModel } from "../fake-excel/model";
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
  labelControlById();
}

/** What a label's `control` reads on jsdom's node objects (its implementation side). */
interface LabelImpl {
  getAttributeNS(ns: null, name: string): string | null;
  getRootNode(options: object): { nodeType: number; getElementById?(id: string): FieldImpl | null };
}
interface FieldImpl {
  nodeType: number;
  namespaceURI: string | null;
  localName: string;
  type?: string;
  _ceDefinition?: { formAssociated?: boolean };
}

/**
 * jsdom finds a label's control (`<label for=id>`) by walking the whole document until it meets
 * the id, and an input's `labels` asks that of every label in the document: with Fluent's labelled
 * fields, each accessible name a role or label query computes walked the page once per label. The
 * document keeps an index of ids (what getElementById reads), so the control is found there, as
 * the HTML standard defines it: the element with that id if it is labelable, else none. A label
 * without `for`, or outside a document, keeps jsdom's own getter. The getter is jsdom's internal
 * one (a label's implementation object, found through the wrapper's symbol): if jsdom changes it,
 * this says so instead of silently doing nothing.
 */
function labelControlById(): void {
  const label = document.createElement("label") as unknown as Record<symbol, object>;
  const impl = Object.getOwnPropertySymbols(label)
    .map((s) => label[s])
    .find((v) => v && typeof v === "object" && Object.getOwnPropertyDescriptor(Object.getPrototypeOf(v), "control")?.get);
  if (!impl) throw new Error("test/taskpane/jsdomShims.ts: jsdom's label has another form; read labelControlById anew");
  const proto = Object.getPrototypeOf(impl) as object;
  const jsdomControl = Object.getOwnPropertyDescriptor(proto, "control")!.get!;
  if ((jsdomControl as { byId?: boolean }).byId) return; // this jsdom instance already has it
  const byId = function (this: LabelImpl): FieldImpl | null {
    const id = this.getAttributeNS(null, "for");
    const root = this.getRootNode({});
    if (id === null || root.nodeType !== 9 || !root.getElementById) return jsdomControl.call(this) as FieldImpl | null;
    if (id === "") return null;
    const field = root.getElementById(id);
    return field && labelable(field) ? field : null;
  };
  Object.assign(byId, { byId: true });
  Object.defineProperty(proto, "control", { configurable: true, get: byId });
}

/** The HTML standard's labelable elements (jsdom's isLabelable). */
function labelable(node: FieldImpl): boolean {
  if (node.nodeType !== 1 || node.namespaceURI !== "http://www.w3.org/1999/xhtml") return false;
  if (["button", "meter", "output", "progress", "select", "textarea"].includes(node.localName)) return true;
  if (node.localName === "input") return node.type !== "hidden";
  return node._ceDefinition?.formAssociated === true;
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
 * shows at once on "Volgende". Loading on demand, with its spinner, is the first block of test/taskpane/navigation.test.tsx.
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

/** Presses the wizard's "Volgende" (or `word`). */
export function pressNext(word?: string): void {
  fireEvent.click(nextButton(word));
}

/**
 * From an earlier step: "Volgende" `nexts` times to Resultaat, then *Scenarioblad maken*, until the
 * pane says the sheet 'Verdeling 2024' is written.
 *
 * @example
 *   render(<App … />); await makeScenarioSheet(3); // from step 1
 */
export async function makeScenarioSheet(nexts: number): Promise<void> {
  for (let k = 0; k < nexts; k++) pressNext();
  fireEvent.click(screen.getByRole("button", { name: "Scenarioblad maken" }));
  await screen.findByText("Klaar: blad 'Verdeling 2024' is geschreven.");
}

/**
 * The set-up of a pane test file against the fake Excel: the shims and every pane part loaded
 * once, and before each test a fresh workbook (with "Blad1"), handed to `use`.
 *
 * @example
 *   let model: WorkbookModel;
 *   paneTestsOnFreshWorkbook((m) => (model = m));
 */
export function paneTestsOnFreshWorkbook(use: (model: WorkbookModel) => void): void {
  beforeAll(installJsdomShims);
  beforeAll(preloadPaneParts);
  beforeEach(() => use(installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]))));
}
