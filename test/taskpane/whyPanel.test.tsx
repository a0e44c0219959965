/**
 * @jest-environment jsdom
 */
/**
 * The "Waarom dit getal?" panel: in the Result step with the real gateway over the fake Excel —
 * pick a municipality, or select its row on the written scenario sheet and the panel follows;
 * English; the Alabama warning naming who is affected (the panel alone, in a wizard context).
 */
import { PaneStyles, paneTestsOnFreshWorkbook } from "./jsdomShims";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { WorkbookModel } from "../fake-excel/model";
import { App } from "../../src/taskpane/App";
import { createExcelGateway } from "../../src/excel/gateway";
import { settlingGateway } from "./settlingGateway";
import { WizardContext } from "../../src/taskpane/context";
import { STRINGS } from "../../src/i18n/pane";
import { WhyPanel } from "../../src/taskpane/components/WhyPanel";
import { initialState } from "../../src/taskpane/state/wizard";
import { STEDENDRIEHOEK_2024 } from "../../src/data";

let model: WorkbookModel;

paneTestsOnFreshWorkbook((m) => (model = m));

/** The pane at its Result step, once the work the steps set off (reading the Correcties table) has come back. */
async function toResult(language: "nl" | "en") {
  const { gateway, settle } = settlingGateway(createExcelGateway());
  render(<App gateway={gateway} language={language} theme="light" />, { wrapper: PaneStyles });
  const next = language === "nl" ? "Volgende" : "Next";
  for (let k = 0; k < 3; k++) fireEvent.click(screen.getByRole("button", { name: next }));
  await settle();
}

const panel = (name: RegExp) => screen.getByRole("list", { name });

test("Result step: pick a municipality and read why, per scenario, with the real numbers", async () => {
  await toResult("nl");
  expect(screen.getByRole("heading", { name: "Waarom dit getal?" })).toBeInTheDocument();
  const picker = screen.getByRole("combobox", { name: "Gemeente" });
  expect(picker).toHaveDisplayValue("Apeldoorn");
  const list = panel(/Waarom dit getal\? Apeldoorn/);
  expect(within(list).getByText("30% × 1.184 mutaties = 355,2 → 355 (half naar boven)")).toBeInTheDocument();
  expect(
    within(list).getByText("quotum = 1.170 × 422 / 1.170 = 422,00 → 422 heel; er blijven geen woningen over = 422"),
  ).toBeInTheDocument();
  expect(screen.getByText("Verdeelmethode voor A: Hamilton (grootste rest).")).toBeInTheDocument();
  expect(screen.getByText(/Niet geplaatst = opgave 1\.170 − geplaatst 956 = 214\./)).toBeInTheDocument();
  fireEvent.change(picker, { target: { value: "2" } });
  const deventer = panel(/Waarom dit getal\? Deventer/);
  expect(within(deventer).getByText("30% × 900 mutaties = 270")).toBeInTheDocument();
  expect(screen.getByText("A: 259 bij elke methode")).toBeInTheDocument();
});

test("after writing the sheet the panel follows Excel's selection on it", async () => {
  await toResult("nl");
  fireEvent.click(screen.getByRole("button", { name: "Scenarioblad maken" }));
  await screen.findByText("Klaar: blad 'Verdeling 2024' is geschreven.");
  await screen.findByText(/of selecteer een cel in haar rij op blad 'Verdeling 2024'/);
  await screen.findByText("Alle getallen staan ook op blad 'Verantwoording', klaar om af te drukken voor de raad.");
  await waitFor(() => expect(model.selectionHandlers).toHaveLength(1));
  await act(() => model.selectCells("Verdeling 2024", "E19")); // row 19 = the 7th municipality, Epe
  await waitFor(() => expect(screen.getByRole("combobox", { name: "Gemeente" })).toHaveDisplayValue("Epe"));
  expect(panel(/Waarom dit getal\? Epe/)).toBeInTheDocument();
  await act(() => model.selectCells("Verdeling 2024", "A2")); // a parameter row: stays on Epe
  expect(screen.getByRole("combobox", { name: "Gemeente" })).toHaveDisplayValue("Epe");
});

test("English when the pane is English", async () => {
  await toResult("en");
  expect(screen.getByRole("heading", { name: "Why this number?" })).toBeInTheDocument();
  expect(within(panel(/Why this number\? Apeldoorn/)).getByText("30% × 1,184 lettings = 355.2 → 355 (half up)")).toBeInTheDocument();
});

test("the Alabama warning names who is affected and suggests Sainte-Laguë", () => {
  const names = ["Noord", "Oost", "Zuid", "West", "Midden"];
  const dataset = {
    ...STEDENDRIEHOEK_2024,
    region: "Regio Alabama",
    need: 43,
    municipalities: [21878, 9713, 4167, 3252, 1065].map((population, i) => ({
      name: names[i],
      population,
      lettingsSocial: 100,
      lettingsCheap: 50,
      realised: 5,
      origin: null,
      stock: null,
    })),
  };
  const state = { ...initialState(dataset), step: 3 as const };
  render(
    <FluentProvider theme={webLightTheme}>
      <WizardContext.Provider value={{ state, dispatch: () => undefined, gateway: createExcelGateway(), t: STRINGS.nl, language: "nl" }}>
        <WhyPanel />
      </WizardContext.Provider>
    </FluentProvider>,
    { wrapper: PaneStyles },
  );
  fireEvent.change(screen.getByRole("combobox", { name: "Gemeente" }), { target: { value: "3" } });
  expect(
    screen.getByText(
      new RegExp(
        "Alabama-paradox bij Hamilton: met 44 in plaats van 43 woningen krijgt West er één minder \\(4 → 3\\)\\. " +
          "Sainte-Laguë \\(Webster\\) kan dit niet laten zien\\. Dit raakt deze gemeente\\.",
      ),
    ),
  ).toBeInTheDocument();
  expect(screen.getByText("A: 3 tot 4")).toBeInTheDocument();
});
