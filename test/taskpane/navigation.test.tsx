/**
 * @jest-environment jsdom
 */
/**
 * Moving between the wizard's steps. Issue 20, the code split: the later steps and panels are chunks of
 * their own (src/taskpane/parts.ts). A step or panel not loaded yet shows "Laden…" and then itself; while
 * step 1 is read every part is fetched, after which a step shows at once. The Excel adapter loads on first
 * use (lazyGateway). 17.16: whenever *Volgende* is disabled the pane says why, beside the button, in every
 * step (state/navigation.ts gives the reason; the footer shows it and links it to the button).
 */
import { installJsdomShims, nextButton, PaneStyles, preloadPaneParts } from "./jsdomShims";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import "@testing-library/jest-dom";
import { installFakeExcel } from "../fake-excel/fakeExcel";
import { WorkbookModel } from "../fake-excel/model";
import { App } from "../../src/taskpane/App";
import { createExcelGateway } from "../../src/excel/gateway";
import { lazyGateway } from "../../src/taskpane/lazyGateway";
import { LATER_STEPS, PREFETCHED } from "../../src/taskpane/parts";
import { EMPTY_REGION_PANEL } from "../../src/taskpane/components/regionPanels";
import { initialState, reducer } from "../../src/taskpane/state/wizard";
import { nextBlock, reachableSteps } from "../../src/taskpane/state/navigation";

beforeAll(installJsdomShims);

// first in the file: its first test needs the later steps not loaded yet (the block below preloads them)
describe("loading the later steps on demand", () => {
  afterEach(() => jest.useRealTimers());
  beforeEach(() => installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"])));

  const next = () => fireEvent.click(nextButton());

  test("a step or panel not loaded yet shows 'Laden…', then itself", async () => {
    jest.useFakeTimers(); // the idle prefetch (a timer in jsdom) does not run: nothing is loaded ahead
    render(<App gateway={createExcelGateway()} language="nl" theme="light" />, { wrapper: PaneStyles });
    // a region of two: a small Gegevens step to render
    fireEvent.click(screen.getByLabelText(/Lege regio/));
    // Lege regio's fields are a part of their own too
    await act(() => EMPTY_REGION_PANEL.preload());
    fireEvent.change(screen.getByLabelText("Gemeenten (één per regel)"), { target: { value: "Aa\nBb" } });
    next(); // before the idle prefetch has run: the Gegevens step is not loaded
    expect(screen.getByText("Laden…")).toBeInTheDocument();
    await act(() => LATER_STEPS[0].preload()); // the load that opening the step started
    expect(screen.getByText("Bb")).toBeInTheDocument();
    expect(screen.queryByText("Laden…")).not.toBeInTheDocument();
  });

  test("while step 1 is read every later step and panel is fetched; a fetched step then shows at once", async () => {
    const preloads = PREFETCHED.map((part) => jest.spyOn(part, "preload"));
    render(<App gateway={createExcelGateway()} language="nl" theme="light" />, { wrapper: PaneStyles });
    await waitFor(() => preloads.forEach((preload) => expect(preload).toHaveBeenCalled()));
    // step 1's two other sources, the steps, Per groep, Waarom? and Correcties
    expect(PREFETCHED).toHaveLength(LATER_STEPS.length + 5);
    await Promise.all(preloads.map((preload) => preload.mock.results[0].value));
    next();
    next();
    expect(screen.queryByText("Laden…")).not.toBeInTheDocument();
    expect(screen.getByRole("table", { name: "Voorvertoning" })).toBeInTheDocument();
  });

  describe("lazyGateway", () => {
    test("loads the adapter once, at the first call, and forwards every argument and answer", async () => {
      const load = jest.fn(async () => createExcelGateway());
      const gateway = lazyGateway(load);
      expect(load).not.toHaveBeenCalled();
      expect(await gateway.sheetStatus("Blad1", "scenario")).toEqual(await createExcelGateway().sheetStatus("Blad1", "scenario"));
      expect(await gateway.readWorkbookTables().then((t) => t.municipalities)).toBeNull();
      expect(load).toHaveBeenCalledTimes(1);
    });

    test("a failed load fails the call and is tried again at the next", async () => {
      const load = jest
        .fn()
        .mockRejectedValueOnce(new Error("offline"))
        .mockImplementation(async () => createExcelGateway());
      const gateway = lazyGateway(load);
      await expect(gateway.readWorkbookTables().then((t) => t.municipalities)).rejects.toThrow("offline");
      expect(await gateway.readWorkbookTables().then((t) => t.municipalities)).toBeNull();
      expect(load).toHaveBeenCalledTimes(2);
    });
  });
});

describe("17.16 why Volgende is disabled", () => {
  beforeAll(preloadPaneParts);

  test("17.16 the reason Volgende is disabled, per step, and none while it is enabled", () => {
    const start = initialState();
    expect(nextBlock(start, "nl")).toBeNull();
    const workbook = reducer(start, { type: "chooseSource", source: "workbook" });
    expect(nextBlock(workbook, "nl")).toEqual({ kind: "readTable" });
    expect(nextBlock(reducer(workbook, { type: "tableRead", read: null }), "nl")).toEqual({ kind: "noTable" });
    expect(nextBlock(reducer(start, { type: "chooseSource", source: "empty" }), "nl")).toEqual({ kind: "noNames" });
    let data = reducer(start, { type: "goTo", step: 1 });
    data = reducer(data, { type: "editCell", row: 0, column: "realised", text: "-5" });
    data = reducer(data, { type: "editCell", row: 1, column: "realised", text: "veel" });
    expect(nextBlock(data, "nl")).toEqual({ kind: "dataProblems", count: 2 });
    const scenario = reducer(reducer(start, { type: "goTo", step: 2 }), { type: "setSharePercent", share: "capShare", value: "130" });
    expect(nextBlock(scenario, "nl")).toEqual({ kind: "settings" });
    expect(reachableSteps(scenario, "nl")).toEqual([true, true, true, false, false]);
    expect(nextBlock(reducer(start, { type: "goTo", step: 4 }), "nl")).toEqual({ kind: "last" });
  });

  test("17.16 'Tabel in deze werkmap' without a table read: Volgende is disabled and the pane says why", () => {
    installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
    render(<App gateway={createExcelGateway()} language="nl" theme="light" />, { wrapper: PaneStyles });
    const next = screen.getByText("Volgende").closest("button")!;
    expect(next).toBeEnabled();
    expect(screen.queryByText(/^Volgende kan pas/)).not.toBeInTheDocument();
    fireEvent.click(screen.getByLabelText(/Tabel in deze werkmap/));
    expect(next).toBeDisabled();
    const why = screen.getByText("Volgende kan pas als de tabel is ingelezen: kies 'Tabel inlezen'.");
    expect(next).toHaveAttribute("aria-describedby", why.id);
    fireEvent.click(screen.getByLabelText(/Regio Stedendriehoek 2024/));
    expect(next).toBeEnabled();
    expect(screen.queryByText(/^Volgende kan pas/)).not.toBeInTheDocument();
  });
});
