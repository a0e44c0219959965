/**
 * @jest-environment jsdom
 */
/**
 * Issue 21.1 in the pane: "Tabel in deze werkmap" → "Gebruik de selectie" on a corporation's
 * export without a table: the mapping view suggests every column, says which rows it left out and
 * why, and Volgende says why it is disabled until the mapping finds municipalities (21.4).
 */
import { PaneStyles, installJsdomShims, preloadPaneParts } from "./jsdomShims";
import { fireEvent, render, screen, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { installFakeExcel } from "../fake-excel/fakeExcel";
import { WorkbookModel } from "../fake-excel/model";
import { App } from "../../src/taskpane/App";
import { createExcelGateway } from "../../src/excel/gateway";
import { computeLikeExcel } from "../../src/preview/calculation";
import { CORPORATION_EXPORT, EXPORT_ADDRESS, EXPORT_MERGES, EXPORT_SHEET } from "../fixtures/corporationExport";

beforeAll(installJsdomShims);
beforeAll(preloadPaneParts);

async function openExport(selection: string, language: "nl" | "en" = "nl") {
  const model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel([EXPORT_SHEET]));
  model.put(EXPORT_SHEET, "A1", CORPORATION_EXPORT);
  model.sheet(EXPORT_SHEET)!.merges.push(...EXPORT_MERGES);
  computeLikeExcel(model);
  await model.selectCells(EXPORT_SHEET, selection);
  render(<App gateway={createExcelGateway()} language={language} theme="light" />, { wrapper: PaneStyles });
  fireEvent.click(screen.getByLabelText(language === "nl" ? /Tabel in deze werkmap/ : /Table in this workbook/));
  fireEvent.click(screen.getByText(language === "nl" ? "Gebruik de selectie" : "Use the selection"));
  return model;
}

test("the suggestions alone map the export; rows left out are named with their reason", async () => {
  await openExport(EXPORT_ADDRESS);
  expect(await screen.findByText("9 gemeenten gevonden.")).toBeInTheDocument();
  const view = screen.getByRole("region", { name: "Koppeling met Verhuringen!A1:E16" });
  const choice = (label: string) => within(view).getByRole("combobox", { name: label });
  expect(choice("Gemeente")).toHaveTextContent("A: Gemeente");
  expect(choice("Inwonertal")).toHaveTextContent("D: Inwoners per 1 januari 2019");
  expect(choice("Mutaties sociale huur")).toHaveTextContent("B: Verhuringen 2024 sociale huur t/m liberalisatiegrens");
  expect(choice("Mutaties tot 1e aftoppingsgrens")).toHaveTextContent("C: Verhuringen 2024 tot 1e aftoppingsgrens");
  expect(choice("Realisatie")).toHaveTextContent("E: Realisatie urgenten 2024");
  expect(choice("Herkomst")).toHaveTextContent("— niet in de bron —");
  expect(within(view).getByText("Apeldoorn 162445 · Brummen 20698 · Deventer 99957")).toBeInTheDocument();
  expect(within(view).getByText("rij 14: totaalrij 'Regio Stedendriehoek'")).toBeInTheDocument();
  expect(within(view).getByText("rij 16: voetnoot '* n.b. = niet bekend. Bron: woningcorporaties, CBS'")).toBeInTheDocument();
  expect(within(view).getByText("rij 15: lege rij")).toBeInTheDocument();
  const next = screen.getByText("Volgende").closest("button")!;
  expect(next).toBeEnabled();
  fireEvent.click(next);
  // the figures in the Gegevens step come from the user's cells, read-only there; n.b. is blank (unknown)
  expect(screen.getByLabelText("Apeldoorn Inwonertal")).toHaveValue("162445");
  expect(screen.getByLabelText("Apeldoorn Inwonertal")).toHaveAttribute("readonly");
  expect(screen.getByLabelText("Epe Mutaties tot 1e aftoppingsgrens")).toHaveValue("");
});

test("a selection without a header: Volgende says why it is disabled", async () => {
  await openExport("B5:C13");
  expect(await screen.findByText(/Geen kopregel gevonden/)).toBeInTheDocument();
  const next = screen.getByText("Volgende").closest("button")!;
  expect(next).toBeDisabled();
  const why = screen.getByText(/^Volgende kan pas als de koppeling gemeenten vindt/);
  expect(next).toHaveAttribute("aria-describedby", why.id);
});
