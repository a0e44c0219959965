/**
 * @jest-environment jsdom
 */
/**
 * 17.16: whenever *Volgende* is disabled the pane says why, beside the button, in every step
 * (state/navigation.ts gives the reason; the footer shows it and links it to the button).
 */
import { PaneStyles, installJsdomShims, preloadPaneParts } from "./jsdomShims";
import { fireEvent, render, screen } from "@testing-library/react";
import "@testing-library/jest-dom";
import { installFakeExcel } from "../fake-excel/fakeExcel";
import { WorkbookModel } from "../fake-excel/model";
import { App } from "../../src/taskpane/App";
import { createExcelGateway } from "../../src/excel/gateway";
import { initialState, reducer } from "../../src/taskpane/state/wizard";
import { nextBlock, reachableSteps } from "../../src/taskpane/state/navigation";

beforeAll(installJsdomShims);
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
