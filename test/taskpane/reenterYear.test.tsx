/**
 * @jest-environment jsdom
 */
/**
 * Issue 17 case 3: pasting a year again over figures already entered in the Monitor says so,
 * shows the old value next to the new one, and asks before overwriting.
 */
import { PaneStyles, installJsdomShims, preloadPaneParts } from "./jsdomShims";
import { act, configure, fireEvent, render, screen, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { installFakeExcel } from "../fake-excel/fakeExcel";
import { WorkbookModel } from "../fake-excel/model";
import { App } from "../../src/taskpane/App";
import { createExcelGateway } from "../../src/excel/gateway";
import { AdapterError } from "../../src/excel/types";
import { STEDENDRIEHOEK_2024 } from "../../src/data";
import { scenarioRequest } from "../excel/gatewayFixtures";

let model: WorkbookModel;

configure({ asyncUtilTimeout: 20_000 });
jest.setTimeout(120_000);

beforeAll(installJsdomShims);
beforeAll(preloadPaneParts);

beforeEach(() => {
  model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
});

async function withMonitor() {
  const gateway = createExcelGateway();
  await gateway.writeMunicipalityTable(STEDENDRIEHOEK_2024);
  await gateway.writeScenarioSheet(scenarioRequest());
  await gateway.writeMonitorSheet({
    sheetName: "Monitor",
    region: "Regio Stedendriehoek",
    target: { kind: "scenario", sheetName: "Verdeling 2024" },
    startYear: 2024,
    endYear: 2035,
    allowCredit: false,
    thresholds: { onTrack: 0.9, behind: 0.75 },
    language: "nl",
    replaceOwnSheet: false,
  });
  await gateway.enterRealisation({
    sheetName: "Monitor",
    year: 2024,
    pairs: [
      ["Epe", 12],
      ["Hattem", 5],
    ],
  });
  return gateway;
}

test("17.3 adapter: a second entry that changes figures is refused with old beside new; equal and empty cells need no asking", async () => {
  const gateway = await withMonitor();
  const before = model.snapshot();
  let refused: AdapterError | null = null;
  try {
    await gateway.enterRealisation({
      sheetName: "Monitor",
      year: 2024,
      pairs: [
        ["Epe", 15],
        ["Hattem", 5],
        ["Heerde", 7],
      ],
    });
  } catch (e) {
    refused = e as AdapterError;
  }
  expect(refused?.info.kind).toBe("confirmOverwrite");
  expect(refused?.info.overwrites).toEqual([{ name: "Epe", old: 12, new: 15 }]);
  expect(refused?.info.nl).toBe(
    "Op het blad 'Monitor' is voor 2024 al realisatie ingevuld; deze invoer zou die veranderen (Epe 12 → 15). Er is niets gewijzigd. " +
      "Bevestig dat de oude waarden overschreven mogen worden.",
  );
  expect(model.snapshot()).toEqual(before);
  // the same figures again, or figures for empty cells: entered without asking
  const same = await gateway.enterRealisation({
    sheetName: "Monitor",
    year: 2024,
    pairs: [
      ["Epe", 12],
      ["Heerde", 7],
    ],
  });
  expect(same.replaced).toEqual([]);
  const confirmed = await gateway.enterRealisation({ sheetName: "Monitor", year: 2024, pairs: [["Epe", 15]], overwrite: true });
  expect(confirmed.replaced).toEqual([{ name: "Epe", old: 12, new: 15 }]);
  const read = await gateway.readMonitor("Monitor");
  expect(read.monitor.rows.find((r) => r.name === "Epe")!.years[0].realised).toBe(15);
  expect(read.monitor.rows.find((r) => r.name === "Heerde")!.years[0].realised).toBe(7);
});

test("17.3 pane: re-pasting a year shows old → new and asks; 'Niet overschrijven' keeps, 'Overschrijven' writes", async () => {
  const gateway = await withMonitor();
  render(<App gateway={gateway} language="nl" theme="light" />, { wrapper: PaneStyles });
  for (let k = 0; k < 4; k++) fireEvent.click(screen.getAllByRole("tab")[k + 1]);
  const year = await screen.findByRole("textbox", { name: "Jaar van de realisatie" });
  fireEvent.change(year, { target: { value: "2024" } });
  fireEvent.change(screen.getByRole("textbox", { name: /Realisatie per gemeente/ }), { target: { value: "Epe\t15\nHattem\t6" } });
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Realisatie invoeren" })));
  const list = await screen.findByRole("list", { name: /Voor 2024 is al realisatie ingevuld\. Overschrijven\?/ });
  expect(
    within(list)
      .getAllByRole("listitem")
      .map((li) => li.textContent),
  ).toEqual(["Epe: 12 → 15", "Hattem: 5 → 6"]);
  const before = model.snapshot();
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Niet overschrijven" })));
  expect(screen.queryByRole("list", { name: /Overschrijven\?/ })).not.toBeInTheDocument();
  expect(model.snapshot()).toEqual(before);
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Realisatie invoeren" })));
  await act(async () => fireEvent.click(await screen.findByRole("button", { name: "Overschrijven" })));
  await screen.findByText(/Overschreven \(oud → nieuw\): Epe 12 → 15, Hattem 5 → 6\./);
  const read = await gateway.readMonitor("Monitor");
  expect(read.monitor.rows.find((r) => r.name === "Epe")!.years[0].realised).toBe(15);
});
