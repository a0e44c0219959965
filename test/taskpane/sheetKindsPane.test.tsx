/**
 * @jest-environment jsdom
 */
/**
 * Issue 17 case 1 in the pane: a scenario sheet name that is the Correcties table's is not
 * offered as an update ("bijwerken"); writing is refused with a message naming the sheet and a
 * free name to use, and the corrections stay.
 */
import { installJsdomShims, nextButton, PaneStyles, preloadPaneParts } from "./jsdomShims";
import { act, fireEvent, render, screen } from "@testing-library/react";
import "@testing-library/jest-dom";
import { installFakeExcel } from "../fake-excel/fakeExcel";
import { WorkbookModel } from "../fake-excel/model";
import { App } from "../../src/taskpane/App";
import { createExcelGateway } from "../../src/excel/gateway";

let model: WorkbookModel;

beforeAll(installJsdomShims);
beforeAll(preloadPaneParts);

beforeEach(() => {
  model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
});

const next = () => fireEvent.click(nextButton());

test("17.1 pane: scenario sheet name 'Correcties' — no 'bijwerken', refused naming the sheet, a free name offered", async () => {
  const line = { name: "Apeldoorn", amount: -20, reason: "Tijdelijke opvang", decidedBy: "PHO Wonen", date: "12-03-2026" };
  await createExcelGateway().appendCorrections([line]);
  const before = model.snapshot();
  render(<App gateway={createExcelGateway()} language="nl" theme="light" />, { wrapper: PaneStyles });
  next();
  next();
  next();
  fireEvent.change(screen.getByRole("textbox", { name: "Naam van het scenarioblad" }), { target: { value: "Correcties" } });
  // the status is asked after a pause in typing; the button keeps saying "maken", never "bijwerken"
  await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
  expect(screen.getByRole("button", { name: "Scenarioblad maken" })).toBeInTheDocument();
  expect(screen.queryByRole("button", { name: "Scenarioblad bijwerken" })).not.toBeInTheDocument();
  fireEvent.click(screen.getByRole("button", { name: "Scenarioblad maken" }));
  await screen.findByText(/^Het blad 'Correcties' is de correctietabel .* Kies een andere naam, bijvoorbeeld 'Correcties \(2\)'\.$/);
  expect(screen.queryByRole("dialog", { hidden: true })).not.toBeInTheDocument();
  expect(model.snapshot()).toEqual(before); // not even the municipality table was written
  fireEvent.click(screen.getByRole("button", { name: "Gebruik 'Correcties (2)'" }));
  expect(screen.getByRole("textbox", { name: "Naam van het scenarioblad" })).toHaveValue("Correcties (2)");
});
