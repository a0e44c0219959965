/**
 * @jest-environment jsdom
 */
/**
 * Figures from outside the region's table, in the pane (issue 21).
 * 21.1: "Tabel in deze werkmap" → "Gebruik de selectie" on a corporation's export without a table:
 * the mapping view suggests every column, says which rows it left out and why, and Volgende says why
 * it is disabled until the mapping finds municipalities (21.4).
 * 21.2: a CBS StatLine export pasted in Gegevens — a real one, from a public repository
 * (test/fixtures/statline/README.md) — fills the population with its source and date, and column A
 * as published stays beside it with the difference.
 */
import { PaneStyles, installJsdomShims, preloadPaneParts } from "./jsdomShims";
import { readFileSync } from "fs";
import { join } from "path";
import { fireEvent, render, screen, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { installFakeExcel } from "../fake-excel/fakeExcel";
import { WorkbookModel } from "../fake-excel/model";
import { App } from "../../src/taskpane/App";
import { createExcelGateway } from "../../src/excel/gateway";
import { computeLikeExcel } from "../../src/preview/calculation";
import { initialState, reducer } from "../../src/taskpane/state/wizard";
import { datasetOf } from "../../src/taskpane/state/derive";
import { publishedComparison, statLinePreview } from "../../src/taskpane/state/statline";
import { fairShare } from "../../src/engine/fairShare";
import { STEDENDRIEHOEK_2024_PUBLISHED } from "../../src/data/stedendriehoek2024";
import { CORPORATION_EXPORT, EXPORT_ADDRESS, EXPORT_MERGES, EXPORT_SHEET } from "../fixtures/corporationExport";

beforeAll(installJsdomShims);
beforeAll(preloadPaneParts);

describe("21.1 mapping a selection without a table", () => {
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
});

describe("21.2 a CBS StatLine export", () => {
  const NAME = "Regionale_kerncijfers_Nederland_03022022_140149.csv";
  const EXPORT = readFileSync(join(__dirname, "..", "fixtures", "statline", NAME), "utf8");
  const MEASURE = "Bevolking/Bevolkingssamenstelling op 1 januari/Totale bevolking (aantal)";
  const CBS_2019 = [162445, 20698, 99957, 33590, 24417, 47609, 33145, 12173, 18546];

  test("the export's figures and source go into the dataset; the Verantwoording gets the table and date", () => {
    const preview = statLinePreview(EXPORT, NAME, initialState());
    expect(preview.found).toBe(9);
    expect(preview.values).toEqual(CBS_2019);
    const state = reducer(initialState(), { type: "applyPopulation", values: preview.values, source: preview.source! });
    const dataset = datasetOf(state)!;
    expect(dataset.municipalities.map((m) => m.population)).toEqual(CBS_2019);
    expect(dataset.sources.population).toEqual({
      nl: `CBS StatLine, tabel "Regionale kerncijfers Nederland" (70072ned): ${MEASURE}, 1 januari 2019`,
      en: `CBS StatLine, table "Regionale kerncijfers Nederland" (70072ned): ${MEASURE}, 1 January 2019`,
      year: 2019,
    });
    // the published column A beside A by CBS population: an independent sum of the shares, and the difference
    const comparison = publishedComparison(state)!;
    const computed = fairShare(1170, CBS_2019);
    expect(comparison.map((c) => c.published)).toEqual([...STEDENDRIEHOEK_2024_PUBLISHED.fairShare]);
    expect(comparison.map((c) => c.computed)).toEqual(computed);
    expect(comparison.map((c) => c.difference)).toEqual(computed.map((a, i) => a! - STEDENDRIEHOEK_2024_PUBLISHED.fairShare[i]));
    expect(computed.reduce((s, a) => s! + a!, 0)).toBe(1170);
    // while the weights still are the published column, there is nothing to compare
    expect(publishedComparison(initialState())).toBeNull();
  });

  test("pasted in the pane: what was found is said, applied on request, and compared with the published A", () => {
    installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
    render(<App gateway={createExcelGateway()} language="nl" theme="light" />, { wrapper: PaneStyles });
    fireEvent.click(screen.getByText("Volgende"));
    fireEvent.change(screen.getByLabelText("Plak de CSV-export"), { target: { value: EXPORT } });
    // pasted text has no file name: the table cannot be named from it, the date can
    expect(screen.getByText(/CBS StatLine, 1 januari 2019: 9 van de 9 gemeenten gevonden\./)).toBeInTheDocument();
    expect(screen.getByLabelText("Apeldoorn Gewicht: gepubliceerde fair share (kolom A)")).toHaveValue("422");
    fireEvent.click(screen.getByText("Gebruik als inwonertal"));
    expect(screen.getByLabelText("Apeldoorn Inwonertal")).toHaveValue("162445");
    expect(screen.getByText(/^Inwonertal vervangen\. Bron: CBS StatLine: .*1 januari 2019$/)).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "Vergelijking met de gepubliceerde kolom A" });
    const apeldoorn = within(table).getByText("Apeldoorn").closest("tr")!;
    expect(within(apeldoorn).getByText("162445")).toBeInTheDocument();
    expect(within(apeldoorn).getByText("422")).toBeInTheDocument();
  });

  test("not an export: said plainly, nothing applied", () => {
    installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
    render(<App gateway={createExcelGateway()} language="en" theme="light" />, { wrapper: PaneStyles });
    fireEvent.click(screen.getByText("Next"));
    fireEvent.change(screen.getByLabelText("Paste the CSV export"), { target: { value: "Naam;Waarde\nEpe;1" } });
    expect(screen.getByText(/No column of regions found/)).toBeInTheDocument();
    expect(screen.queryByText("Use as population")).not.toBeInTheDocument();
  });
});
