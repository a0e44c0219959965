/**
 * @jest-environment jsdom
 */
/**
 * Component tests of each wizard step against the real gateway over the fake Excel.
 */
import { makeScenarioSheet, nextButton, PaneStyles, paneTestsOnFreshWorkbook, pressNext } from "./jsdomShims";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import type { WorkbookModel } from "../fake-excel/model";
import { App } from "../../src/taskpane/App";
import { createExcelGateway } from "../../src/excel/gateway";

let model: WorkbookModel;

paneTestsOnFreshWorkbook((m) => (model = m));

const next = pressNext;

function renderApp(language: "nl" | "en" = "nl") {
  return render(<App gateway={createExcelGateway()} language={language} theme="light" />, { wrapper: PaneStyles });
}

test("step 1 Regio: three starting points, embedded chosen; back is disabled", () => {
  renderApp();
  expect(screen.getByRole("radio", { name: /Regio Stedendriehoek 2024/ })).toBeChecked();
  expect(screen.getByRole("radio", { name: /Tabel in deze werkmap/ })).not.toBeChecked();
  expect(screen.getByRole("button", { name: "Terug" })).toBeDisabled();
  expect(screen.getByText("Stap 1 van 5")).toBeInTheDocument();
});

test("step 1 Regio: reading a table that is not there says so; an existing one is read", async () => {
  renderApp();
  fireEvent.click(screen.getByRole("radio", { name: /Tabel in deze werkmap/ }));
  fireEvent.click(screen.getByRole("button", { name: "Tabel inlezen" }));
  await screen.findByText(/Geen gemeentetabel gevonden/);
  model.put("Data", "A1", [
    ["Gemeente", "Inwonertal", "Mutaties sociale huur", "Realisatie"],
    ["Aa", 100, 50, 5],
    ["Bb", 300, 70, 9],
  ]);
  model.tables.push({ name: "Eigen", sheet: "Data", row: 0, column: 0, rows: 3, columns: 4 });
  fireEvent.click(screen.getByRole("button", { name: "Tabel inlezen" }));
  await screen.findByText("Tabel 'Eigen' ingelezen: 2 gemeenten.");
});

test("step 2 Gegevens: values, sources, outlier warnings; a bad value blocks Next until fixed", () => {
  renderApp();
  next();
  expect(screen.getByRole("textbox", { name: "Apeldoorn Mutaties sociale huur" })).toHaveValue("1184");
  expect(screen.getByText("3 waarschuwingen")).toBeInTheDocument();
  expect(screen.getAllByText("gereconstrueerd")).toHaveLength(2);
  const cell = screen.getByRole("textbox", { name: "Lochem Realisatie" });
  fireEvent.change(cell, { target: { value: "3,5" } });
  expect(screen.getByText(/rij 4: realisatie moet een geheel aantal zijn \(3,5\)/)).toBeInTheDocument();
  expect(nextButton()).toBeDisabled();
  fireEvent.change(cell, { target: { value: "38" } });
  expect(nextButton()).toBeEnabled();
});

test("step 2 Gegevens: '1.170' in a count is shown as read (1170), beside the cell and in a list", () => {
  renderApp();
  next();
  const cell = screen.getByRole("textbox", { name: "Apeldoorn Gewicht: gepubliceerde fair share (kolom A)" });
  fireEvent.change(cell, { target: { value: "1.170" } });
  expect(cell).toHaveAccessibleDescription("gelezen als 1170");
  expect(screen.getByText("Zo gelezen")).toBeInTheDocument();
  expect(screen.getByText("Apeldoorn, Gewicht: gepubliceerde fair share (kolom A): '1.170' gelezen als 1170")).toBeInTheDocument();
  fireEvent.change(cell, { target: { value: "1,170" } }); // a decimal comma: read as 1,17, and refused
  expect(cell).toHaveAccessibleDescription("gelezen als 1,17");
  expect(screen.getByText(/inwonertal moet een geheel aantal zijn/)).toBeInTheDocument();
  fireEvent.change(cell, { target: { value: "1170" } });
  expect(cell).not.toHaveAccessibleDescription();
  expect(screen.queryByText("Zo gelezen")).not.toBeInTheDocument();
});

test("17.16 the default dataset's weights are labelled for what they are (column A); a new region's column stays 'Inwonertal'", () => {
  renderApp();
  next();
  const grid = screen.getByRole("table", { name: "Gegevens" });
  expect(within(grid).getByText("Gewicht: gepubliceerde fair share (kolom A)")).toBeInTheDocument();
  expect(within(grid).queryByText("Inwonertal")).not.toBeInTheDocument();
  expect(screen.getByText(/^Gewicht: gepubliceerde fair share \(kolom A\) — vervang door CBS-inwonertal/)).toBeInTheDocument();
  fireEvent.click(screen.getByRole("button", { name: "Terug" }));
  fireEvent.click(screen.getByLabelText(/Lege regio/));
  fireEvent.change(screen.getByLabelText("Gemeenten (één per regel)"), { target: { value: "Aa\nBb" } });
  next();
  expect(within(screen.getByRole("table", { name: "Gegevens" })).getByText("Inwonertal")).toBeInTheDocument();
});

test("step 2 links a problem to the cell that holds the value when the data came from the workbook", async () => {
  model.put("Data", "A1", [
    ["Gemeente", "Inwonertal", "Mutaties sociale huur", "Realisatie"],
    ["Aa", 100, 50, -5],
    ["Bb", 300, 70, 9],
  ]);
  model.tables.push({ name: "Eigen", sheet: "Data", row: 0, column: 0, rows: 3, columns: 4 });
  renderApp();
  fireEvent.click(screen.getByRole("radio", { name: /Tabel in deze werkmap/ }));
  fireEvent.click(screen.getByRole("button", { name: "Tabel inlezen" }));
  await screen.findByText("Tabel 'Eigen' ingelezen: 2 gemeenten.");
  next();
  expect(screen.getByText(/rij 1: realisatie is negatief \(-5\)/)).toBeInTheDocument();
  fireEvent.click(screen.getByText("Ga naar cel"));
  await waitFor(() => expect(model.selection).toBe("Data!D2")); // Realisatie of Aa, not its name cell A2
});

test("step 3 Scenario: live preview of totals and 'niet geplaatst'; method explanations", () => {
  renderApp();
  next();
  next();
  expect(screen.getByText("Opgave: 1170 huishoudens = 36,7% van de mutaties sociale huur")).toBeInTheDocument();
  const preview = screen.getByRole("table", { name: "Voorvertoning" });
  const row = within(preview).getByRole("row", { name: /C · Max. 30% sociale huur/ });
  expect(row).toHaveTextContent("956");
  expect(row).toHaveTextContent("214");
  expect(screen.getByRole("radio", { name: /D'Hondt \(Jefferson\)/ })).toBeInTheDocument();
  fireEvent.change(screen.getByRole("textbox", { name: "Maximaal aandeel C en D (%)" }), { target: { value: "25" } });
  const capped = within(preview).getByRole("row", { name: /C · Max. 25% sociale huur/ }); // the label follows the share
  expect(capped).toHaveTextContent("796");
  expect(capped).toHaveTextContent("374");
});

test("step 3 Scenario: every municipality's answer; D'Hondt visibly changes the numbers where they differ", () => {
  renderApp();
  next();
  next();
  // label and text queries: role queries over this many cells cost tens of seconds under load
  const table = screen.getByRole("table", { name: "Per gemeente" });
  const row = (name: string) => within(table).getByText(name, { selector: "th" }).closest("tr")!;
  expect(row("Apeldoorn")).toHaveTextContent(/^Apeldoorn422/);
  expect(row("Apeldoorn")).toHaveTextContent("67 minder dan A"); // C 355 against A 422
  fireEvent.change(screen.getByLabelText("Regionale opgave (huishoudens per jaar)"), { target: { value: "500" } });
  expect(row("Apeldoorn")).toHaveTextContent(/^Apeldoorn180/);
  fireEvent.click(screen.getByLabelText(/D'Hondt \(Jefferson\)/));
  // with the range of A over the methods; marked with the number the table first showed (need 1170)
  expect(row("Apeldoorn")).toHaveTextContent(/^Apeldoorn182180–182bij de drie verdeelmethoden tussen 180 en 182was 422/);
  expect(row("Hattem")).toHaveTextContent(/^Hattem1313–14bij de drie verdeelmethoden tussen 13 en 14was 32/);
  fireEvent.change(screen.getByLabelText("Regionale opgave (huishoudens per jaar)"), { target: { value: "1170" } });
  fireEvent.click(screen.getByLabelText(/Grootste rest/)); // back as it was: no marks
  expect(table).not.toHaveTextContent("was");
});

test("step 4 Resultaat: writes the sheet, then asks before updating it", async () => {
  renderApp();
  await makeScenarioSheet(3);
  expect(model.sheet("Verdeling 2024")!.get(12, 1)?.formula).toBe("=THUIS.FAIRSHARE($B$3,Gemeenten[Inwonertal],$B$8)");
  fireEvent.click(screen.getByRole("button", { name: "Scenarioblad bijwerken" }));
  // The dialog opens only after the gateway answered "ours": await it, then its button.
  // `hidden: true`: under jsdom Fluent's focus manager (tabster) sometimes leaves aria-hidden on
  // the open dialog depending on timing (microsoft/fluentui#33897) — the flake of this test under
  // load. The real-browser test (test/e2e) finds the dialog by role and name and runs axe on it.
  const dialog = await screen.findByRole("dialog", { hidden: true });
  expect(within(dialog).getByText("Blad bijwerken?")).toBeInTheDocument();
  expect(dialog).toHaveTextContent("Het blad 'Verdeling 2024' is eerder door Verdeelwijzer gemaakt.");
  const confirm = within(dialog).getByRole("button", { name: "Bijwerken", hidden: true });
  await act(async () => fireEvent.click(confirm));
  await screen.findByText("Klaar: blad 'Verdeling 2024' is bijgewerkt.");
  await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).not.toBeInTheDocument());
  expect(model.sheets.filter((s) => s.name.startsWith("Verdeling"))).toHaveLength(1);
});

test("step 4 Resultaat: a sheet name taken by the user is refused with a free name to use", async () => {
  model.put("Verdeling 2024", "A1", [["mijn eigen werk"]]);
  renderApp();
  next();
  next();
  next();
  fireEvent.click(screen.getByRole("button", { name: "Scenarioblad maken" }));
  await screen.findByText(/De naam 'Verdeling 2024' is al in gebruik/);
  expect(model.sheet("Verdeling 2024")!.get(0, 0)?.value).toBe("mijn eigen werk");
  fireEvent.click(screen.getByRole("button", { name: "Gebruik 'Verdeling 2024 (2)'" }));
  expect(screen.getByRole("textbox", { name: "Naam van het scenarioblad" })).toHaveValue("Verdeling 2024 (2)");
});

test("English catalogue when Office runs in English", () => {
  renderApp("en");
  expect(screen.getByRole("button", { name: "Next" })).toBeInTheDocument();
  expect(screen.getByText("Step 1 of 5")).toBeInTheDocument();
});
