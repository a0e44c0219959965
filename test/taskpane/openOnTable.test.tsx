/**
 * @jest-environment jsdom
 */
/**
 * A workbook with a `Gemeenten` table opens on its figures (src/taskpane/state/openOnTable.ts):
 * the pane's preview is then computed from what the workbook holds, not from the embedded region.
 */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import "@testing-library/jest-dom";
import { PaneStyles, makeScenarioSheet, paneTestsOnFreshWorkbook, pressNext } from "./jsdomShims";
import type { WorkbookModel } from "../fake-excel/model";
import { App } from "../../src/taskpane/App";
import { createExcelGateway, type WorkbookGateway } from "../../src/excel/gateway";
import { STEDENDRIEHOEK_2024 } from "../../src/data";
import { TABLE_COLUMNS } from "../../src/sheets/tableColumns";

let model: WorkbookModel;

paneTestsOnFreshWorkbook((m) => (model = m));

/** The pane on `gateway`, and the promise of its own look for a table when the pane opens (settled before the test asserts). */
function openPane(gateway: WorkbookGateway, language: "nl" | "en" = "nl") {
  const looked = jest.spyOn(gateway, "findOpeningTables");
  render(<App gateway={gateway} language={language} theme="light" />, { wrapper: PaneStyles });
  return async () => {
    await waitFor(() => expect(looked).toHaveBeenCalledTimes(1));
    await act(async () => void (await looked.mock.results[0].value));
  };
}

/** A figure typed in Excel into the Gemeenten table: `municipality`'s cell in `header`'s column. */
function typeInTable(municipality: string, header: string, value: number): void {
  const table = model.table("Gemeenten")!;
  const row = STEDENDRIEHOEK_2024.municipalities.findIndex((m) => m.name === municipality);
  const column = TABLE_COLUMNS.findIndex((c) => c.header === header);
  model.sheet(table.sheet)!.set(table.row + 1 + row, table.column + column, { value });
}

test("the add-in's Gemeenten table with a figure changed in Excel: the pane opens on it, says so, writes on it unasked", async () => {
  const gateway = createExcelGateway();
  await gateway.writeMunicipalityTable(STEDENDRIEHOEK_2024);
  typeInTable("Apeldoorn", "Realisatie", 310);
  const settled = openPane(gateway);
  await settled();
  expect(screen.getByRole("radio", { name: /Tabel in deze werkmap/ })).toBeChecked();
  expect(screen.getByRole("textbox", { name: "Naam van de regio" })).toHaveValue(STEDENDRIEHOEK_2024.region); // its municipalities
  expect(
    screen.getByText(
      "Deze werkmap heeft al een tabel 'Gemeenten'. Het venster rekent met de cijfers daaruit (9 gemeenten). " +
        "Wilt u met de ingebouwde cijfers beginnen, kies dan 'Regio Stedendriehoek 2024 (ingebouwd)'.",
    ),
  ).toBeInTheDocument();
  pressNext();
  expect(screen.getByRole("textbox", { name: "Apeldoorn Realisatie" })).toHaveValue("310");
  // where the figures come from, said as it is: the table, not the embedded sources nor "ingevoerd in de wizard"
  expect(screen.getAllByText(/tabel 'Gemeenten' in deze werkmap \(2024\)/).length).toBeGreaterThan(0);
  const table = model.tableValues("Gemeenten");
  await makeScenarioSheet(2);
  // the table is the sheet's source as it is: not rewritten, so nothing to ask about
  expect(model.tableValues("Gemeenten")).toEqual(table);
  expect(screen.queryByRole("dialog")).toBeNull();
  const justification = [...model.sheet("Verantwoording")!.cells.values()].map((c) => String(c.value ?? ""));
  expect(justification.some((text) => text.includes("tabel 'Gemeenten' in deze werkmap"))).toBe(true);
});

test("in English too; choosing the built-in region afterwards starts from its figures", async () => {
  const gateway = createExcelGateway();
  await gateway.writeMunicipalityTable(STEDENDRIEHOEK_2024);
  typeInTable("Apeldoorn", "Realisatie", 310);
  const settled = openPane(gateway, "en");
  await settled();
  expect(
    screen.getByText(
      "This workbook already has a table 'Gemeenten'. The pane works with its figures (9 municipalities). " +
        "To start from the built-in figures, choose 'Regio Stedendriehoek 2024 (built in)'.",
    ),
  ).toBeInTheDocument();
  fireEvent.click(screen.getByRole("radio", { name: /Regio Stedendriehoek 2024 \(built in\)/ }));
  expect(screen.queryByText(/This workbook already has a table/)).toBeNull();
  pressNext("Next");
  expect(screen.getByRole("textbox", { name: /^Apeldoorn Reali/ })).toHaveValue("305");
});

test("a fresh workbook leaves the embedded region chosen and says nothing", async () => {
  const settled = openPane(createExcelGateway());
  await settled();
  expect(screen.getByRole("radio", { name: /Regio Stedendriehoek 2024/ })).toBeChecked();
  expect(screen.queryByText(/Deze werkmap heeft/)).toBeNull();
});

test("a region's table of another name is offered beside the built-in region, and read only at the user's word", async () => {
  model.put("Data", "A1", [["Toelichting"], ["geen gemeenten"]]);
  model.tables.push({ name: "Notities", sheet: "Data", row: 0, column: 0, rows: 2, columns: 1 });
  model.put("Data", "C1", [
    ["Gemeente", "Inwonertal"],
    ["Aa", 100],
    ["Bb", 300],
  ]);
  model.tables.push({ name: "Eigen", sheet: "Data", row: 0, column: 2, rows: 3, columns: 2 });
  const settled = openPane(createExcelGateway());
  await settled();
  // nothing read: the built-in region stays chosen, the table is offered
  expect(screen.getByRole("radio", { name: /Regio Stedendriehoek 2024/ })).toBeChecked();
  expect(
    await screen.findByText(
      "Deze werkmap heeft een tabel 'Eigen' met gemeenten en cijfers. Het venster rekent nu met de ingebouwde cijfers.",
    ),
  ).toBeInTheDocument();
  fireEvent.click(screen.getByRole("button", { name: "Met deze tabel rekenen" }));
  expect(await screen.findByText("Tabel 'Eigen' ingelezen: 2 gemeenten.")).toBeInTheDocument();
  expect(screen.getByRole("radio", { name: /Tabel in deze werkmap/ })).toBeChecked();
  expect(screen.queryByText(/met gemeenten en cijfers/)).toBeNull();
  // back to the built-in region: offered again
  fireEvent.click(screen.getByRole("radio", { name: /Regio Stedendriehoek 2024/ }));
  expect(await screen.findByRole("button", { name: "Met deze tabel rekenen" })).toBeInTheDocument();
});

test("its Aandachtsgroepen table comes with it: a need changed in Excel is the pane's, and writing the sheet asks nothing", async () => {
  const gateway = createExcelGateway();
  await gateway.writeMunicipalityTable(STEDENDRIEHOEK_2024);
  const groups = STEDENDRIEHOEK_2024.groups!.groups.map((g, i) => ({ ...g, need: i < 2 ? 100 * (i + 1) : null }));
  await gateway.writeGroupTable(groups, null);
  model.put("Aandachtsgroepen", "B3", [[450]]); // the second group's need, typed in Excel
  const settled = openPane(gateway);
  await settled();
  pressNext();
  pressNext();
  expect(screen.getByRole("textbox", { name: `Behoefte ${groups[1].name}` })).toHaveValue("450");
  await makeScenarioSheet(1);
  expect(screen.queryByRole("dialog")).toBeNull();
  expect(model.tableValues("Aandachtsgroepen")[2][1]).toBe(450);
});

test("another region's Gemeenten table: its name is asked for in step 1 beside the table, and titles what is written", async () => {
  const gateway = createExcelGateway();
  const achterhoek = {
    ...STEDENDRIEHOEK_2024,
    region: "Regio Achterhoek",
    need: 100,
    municipalities: ["Aalten", "Winterswijk", "Oost Gelre"].map((name, i) => ({
      name,
      population: 20_000 + i * 5000,
      lettingsSocial: 200 + i * 20,
      lettingsCheap: 100 + i * 10,
      realised: 10 + i,
      origin: null,
      stock: null,
    })),
  };
  await gateway.writeMunicipalityTable(achterhoek);
  const settled = openPane(gateway);
  await settled();
  // not the built-in region's municipalities: its name is asked for, not taken from the built-in region
  const name = screen.getByRole("textbox", { name: "Naam van de regio" });
  expect(name).toHaveValue("");
  expect(screen.getByText("Vul de naam van de regio in: die staat boven elk blad.")).toBeInTheDocument();
  fireEvent.change(name, { target: { value: "Regio Achterhoek" } });
  expect(screen.queryByText("Vul de naam van de regio in: die staat boven elk blad.")).toBeNull();
  await makeScenarioSheet(3);
  expect(model.sheet("Verantwoording")!.get(0, 0)?.value).toBe("Verantwoording verdeling urgente aandachtsgroepen — Regio Achterhoek 2024");
});
