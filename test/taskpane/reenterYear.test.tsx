/**
 * @jest-environment jsdom
 */
/**
 * Issue 17 case 3: pasting a year again over figures already entered in the Monitor says so,
 * shows the old value next to the new one, and asks before overwriting.
 */
import { PaneStyles, installJsdomShims, preloadPaneParts } from "./jsdomShims";
import { fireEvent, render, screen, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { installFakeExcel } from "../fake-excel/fakeExcel";
import { WorkbookModel } from "../fake-excel/model";
import { App } from "../../src/taskpane/App";
import { createExcelGateway } from "../../src/excel/gateway";
import { AdapterError } from "../../src/excel/types";
import { STEDENDRIEHOEK_2024 } from "../../src/data";
import { monitorRequest, scenarioRequest } from "../excel/gatewayFixtures";
import { settlingGateway } from "./settlingGateway";

let model: WorkbookModel;

beforeAll(installJsdomShims);
beforeAll(preloadPaneParts);

beforeEach(() => {
  model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
});

async function withMonitor() {
  const gateway = createExcelGateway();
  await gateway.writeMunicipalityTable(STEDENDRIEHOEK_2024);
  await gateway.writeScenarioSheet(scenarioRequest());
  await gateway.writeMonitorSheet(monitorRequest());
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
  const { gateway, settle } = settlingGateway(await withMonitor());
  render(<App gateway={gateway} language="nl" theme="light" />, { wrapper: PaneStyles });
  for (let k = 0; k < 4; k++) fireEvent.click(screen.getAllByRole("tab")[k + 1]);
  await settle();
  fireEvent.change(screen.getByRole("textbox", { name: "Jaar van de realisatie" }), { target: { value: "2024" } });
  fireEvent.change(screen.getByRole("textbox", { name: /Realisatie per gemeente/ }), { target: { value: "Epe\t15\nHattem\t6" } });
  fireEvent.click(screen.getByRole("button", { name: "Realisatie invoeren" }));
  await settle();
  const list = screen.getByRole("list", { name: /Voor 2024 is al realisatie ingevuld\. Overschrijven\?/ });
  expect(
    within(list)
      .getAllByRole("listitem")
      .map((li) => li.textContent),
  ).toEqual(["Epe: 12 → 15", "Hattem: 5 → 6"]);
  const before = model.snapshot();
  fireEvent.click(screen.getByRole("button", { name: "Niet overschrijven" }));
  await settle();
  expect(screen.queryByRole("list", { name: /Overschrijven\?/ })).not.toBeInTheDocument();
  expect(model.snapshot()).toEqual(before);
  fireEvent.click(screen.getByRole("button", { name: "Realisatie invoeren" }));
  await settle();
  fireEvent.click(screen.getByRole("button", { name: "Overschrijven" }));
  await settle();
  expect(screen.getByText(/Overschreven \(oud → nieuw\): Epe 12 → 15, Hattem 5 → 6\./)).toBeInTheDocument();
  const read = await gateway.readMonitor("Monitor");
  expect(read.monitor.rows.find((r) => r.name === "Epe")!.years[0].realised).toBe(15);
});
