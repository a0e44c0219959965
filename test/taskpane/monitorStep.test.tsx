/**
 * @jest-environment jsdom
 */
/**
 * The Monitor step against the real gateway over the fake Excel: create the monitor from the
 * written scenario sheet, paste one year's realisation (names matched, problems listed and
 * nothing written), the summary of the region and go-to links to the cells.
 * Issue 17 case 3: pasting a year again over figures already entered in the Monitor says so,
 * shows the old value next to the new one, and asks before overwriting.
 */
import { installJsdomShims, nextButton, PaneStyles, preloadPaneParts } from "./jsdomShims";
import { fireEvent, render, screen, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { installFakeExcel } from "../fake-excel/fakeExcel";
import { computeLikeExcel } from "../../src/preview/calculation";
import { WorkbookModel } from "../fake-excel/model";
import { App } from "../../src/taskpane/App";
import { createExcelGateway } from "../../src/excel/gateway";
import { AdapterError } from "../../src/excel/types";
import { checkPaste } from "../../src/taskpane/state/monitor";
import { STEDENDRIEHOEK_2024 } from "../../src/data";
import { monitorRequest, scenarioRequest } from "../excel/gatewayFixtures";
import { settlingGateway } from "./settlingGateway";

let model: WorkbookModel;

beforeAll(installJsdomShims);
beforeAll(preloadPaneParts);

describe("the Monitor step", () => {
  let pane: ReturnType<typeof settlingGateway>;

  beforeEach(() => {
    model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
    computeLikeExcel(model); // Excel computes the Monitor's targets, which the summary reads
    pane = settlingGateway(createExcelGateway());
  });

  const next = () => fireEvent.click(nextButton());
  const paste = (text: string) =>
    fireEvent.change(screen.getByRole("textbox", { name: /Realisatie per gemeente/ }), { target: { value: text } });

  async function toMonitor(): Promise<void> {
    render(<App gateway={pane.gateway} language="nl" theme="light" />, { wrapper: PaneStyles });
    next();
    next();
    next();
    fireEvent.click(screen.getByRole("button", { name: "Scenarioblad maken" }));
    await pane.settle();
    expect(screen.getByText("Klaar: blad 'Verdeling 2024' is geschreven.")).toBeInTheDocument();
    next();
    expect(screen.getByText("Stap 5 van 5")).toBeInTheDocument();
  }

  test("checkPaste: tab columns from Excel, semicolons, typed spaces, a header, empty lines; unreadable counts named by row", () => {
    const names = ["Apeldoorn", "Epe", "Heerde", "Zutphen", "Lochem", "Voorst"];
    const check = checkPaste(
      "Gemeente\tRealisatie 2025\r\nApeldoorn\t1204\n\nEpe; 3\nGemeente Heerde 2,5\nZutphen\t\nLochem\nVoorst 1.204",
      names,
    );
    expect(check.pairs).toEqual([
      ["Gemeente", "Realisatie 2025"],
      ["Apeldoorn", 1204],
      ["", null],
      ["Epe", 3],
      ["Gemeente Heerde", null],
      ["Zutphen", null],
      ["Lochem", null],
      ["Voorst", null],
    ]);
    expect(check.problems.map((p) => p.nl)).toEqual([
      "rij 5 (Gemeente Heerde): 2,5 is geen heel aantal",
      "rij 8 (Voorst): '1.204' is dubbelzinnig: bedoelt u 1204 of 1,204? Typ het getal zonder punt of komma.",
    ]);
    expect(check.missing).toEqual(["Heerde", "Zutphen", "Lochem", "Voorst"]);
  });

  test("create the monitor, enter 2024 and 2025 by pasting, see who is behind and go to the cell", async () => {
    await toMonitor();
    fireEvent.click(screen.getByRole("button", { name: "Monitor maken" }));
    await pane.settle();
    expect(screen.getByText("Klaar: blad 'Monitor' is geschreven.")).toBeInTheDocument();
    expect(screen.getByText("Nog geen realisatie ingevuld.")).toBeInTheDocument();
    fireEvent.change(screen.getByRole("textbox", { name: "Jaar van de realisatie" }), { target: { value: "2024" } });
    paste("Apeldoorn\t305\nBrummen\t23\nDeventer\t246\nLochem\t38\nVoorst\t21\nZutphen\t79\nEpe\t39\nHattem\t15\nHeerde\t29");
    fireEvent.click(screen.getByRole("button", { name: "Realisatie invoeren" }));
    await pane.settle();
    expect(screen.getByText("Klaar: realisatie 2024 ingevuld voor 9 gemeenten.")).toBeInTheDocument();
    expect(screen.getByText(/Regio: op koers — 100% van de cumulatieve opgave gerealiseerd \(t\/m 2024\)/)).toBeInTheDocument();
    fireEvent.change(screen.getByRole("textbox", { name: "Jaar van de realisatie" }), { target: { value: "2025" } });
    paste("Gemeente\tRealisatie 2025\nAPELDOORN\t0\ngemeente Epe\t40");
    fireEvent.click(screen.getByRole("button", { name: "Realisatie invoeren" }));
    await pane.settle();
    expect(
      screen.getByText(/Klaar: realisatie 2025 ingevuld voor 2 gemeenten\. Niet in de invoer \(ongewijzigd\): Brummen, Deventer/),
    ).toBeInTheDocument();
    expect(model.sheet("Monitor")!.get(33, 3)?.value).toBe(0);
    const behind = screen.getByRole("list");
    const apeldoorn = within(behind)
      .getByText(/^Apeldoorn: \d+ huishoudens achter \(\d+% gerealiseerd\)$/)
      .closest("li")!;
    expect(within(apeldoorn).getByText("ver achter")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Ga naar Apeldoorn" }));
    await pane.settle();
    expect(model.selection).toBe("Monitor!B73");
    expect(screen.getByText(/Achterstand mee naar 2026: \d+ huishoudens\./)).toBeInTheDocument();
  });

  test("a pasted name not in the region and a negative count: listed, nothing written", async () => {
    await toMonitor();
    fireEvent.click(screen.getByRole("button", { name: "Monitor maken" }));
    await pane.settle();
    expect(screen.getByText("Klaar: blad 'Monitor' is geschreven.")).toBeInTheDocument();
    const before = model.snapshot();
    paste("Apeldoorn\t-3\nAmsterdam\t4");
    fireEvent.click(screen.getByRole("button", { name: "Realisatie invoeren" }));
    await pane.settle();
    expect(screen.getByText("Niets ingevuld. Verbeter de invoer:")).toBeInTheDocument();
    expect(screen.getByText("rij 1 (Apeldoorn): -3 is negatief")).toBeInTheDocument();
    expect(screen.getByText('rij 2: gemeente "Amsterdam" hoort niet bij de regio')).toBeInTheDocument();
    expect(model.snapshot()).toEqual(before);
  });

  test("updating asks first and keeps the realised figures", async () => {
    await toMonitor();
    fireEvent.click(screen.getByRole("button", { name: "Monitor maken" }));
    await pane.settle();
    expect(screen.getByText("Klaar: blad 'Monitor' is geschreven.")).toBeInTheDocument();
    paste("Epe\t12");
    fireEvent.click(screen.getByRole("button", { name: "Realisatie invoeren" }));
    await pane.settle();
    expect(screen.getByText(/Klaar: realisatie 2025 ingevuld voor 1 gemeente\./)).toBeInTheDocument();
    fireEvent.change(screen.getByRole("textbox", { name: "Eindjaar" }), { target: { value: "2036" } });
    fireEvent.click(screen.getByRole("button", { name: "Monitor bijwerken" }));
    await pane.settle();
    // the dialog as Fluent renders it at once, before its motion has run (as the withdraw and steps tests read theirs; axe audits the
    // shown dialog in the browser test)
    const dialog = screen.getByRole("dialog", { hidden: true });
    fireEvent.click(within(dialog).getByRole("button", { name: "Bijwerken", hidden: true }));
    await pane.settle();
    expect(screen.getByText("Klaar: blad 'Monitor' is geschreven; 1 ingevuld realisatiecijfer is behouden.")).toBeInTheDocument();
    expect(model.sheet("Monitor")!.get(39, 3)?.value).toBe(12);
  });

  test("a monitor already in the workbook: its status is read on arrival, the yearly round comes before the settings", async () => {
    const gateway = createExcelGateway();
    await gateway.writeMunicipalityTable(STEDENDRIEHOEK_2024);
    await gateway.writeScenarioSheet(scenarioRequest());
    await gateway.writeMonitorSheet(monitorRequest());
    await gateway.enterRealisation({ sheetName: "Monitor", year: 2024, pairs: [["Epe", 1]] });
    render(<App gateway={pane.gateway} language="nl" theme="light" />, { wrapper: PaneStyles });
    for (let k = 0; k < 4; k++) fireEvent.click(screen.getAllByRole("tab")[k + 1]);
    await pane.settle();
    expect(screen.getByText(/Regio: ver achter — \d+% van de cumulatieve opgave gerealiseerd \(t\/m 2024\)/)).toBeInTheDocument();
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
      "Realisatie van één jaar invoeren",
      "Stand van de monitor",
      "Monitor instellen",
    ]);
  });

  test("no scenario sheet written yet: a clear message, nothing written", async () => {
    render(<App gateway={pane.gateway} language="nl" theme="light" />, { wrapper: PaneStyles });
    for (let k = 0; k < 4; k++) next();
    const before = model.snapshot();
    fireEvent.click(screen.getByRole("button", { name: "Monitor maken" }));
    await pane.settle();
    expect(
      screen.getByText(
        "Het blad 'Verdeling 2024' is geen scenarioblad van Verdeelwijzer (of bestaat niet meer). Maak eerst het scenarioblad; er is " +
          "niets gewijzigd.",
      ),
    ).toBeInTheDocument();
    expect(model.snapshot()).toEqual(before);
    fireEvent.change(screen.getByRole("textbox", { name: "Achter vanaf (%; daaronder ver achter)" }), { target: { value: "95" } });
    expect(screen.getByText("De drempel voor 'achter' mag niet boven die voor 'op koers' liggen.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Monitor maken" })).toBeDisabled();
  });
});

describe("17.3 entering a year again", () => {
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

  test(
    "17.3 adapter: a second entry that changes figures is refused with old beside new; " + "equal and empty cells need no asking",
    async () => {
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
        "Op het blad 'Monitor' is voor 2024 al realisatie ingevuld; deze invoer zou die veranderen (Epe 12 → 15). " +
          "Er is niets gewijzigd. Bevestig dat de oude waarden overschreven mogen worden.",
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
    },
  );

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
});
