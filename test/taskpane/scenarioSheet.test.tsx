/**
 * @jest-environment jsdom
 */
/**
 * Writing the scenario sheet from the pane, against the real gateway over the fake Excel.
 * Issue 17 case 1: a scenario sheet name that is the Correcties table's is not offered as an update
 * ("bijwerken"); writing is refused with a message naming the sheet and a free name to use, and the
 * corrections stay.
 * 17.6: the pane says when the workbook no longer matches what it shows. The fingerprint of what the
 * scenario sheet was written from (state/staleness.ts), and the pane's notice with the update.
 */
import { PaneStyles, makeScenarioSheet, paneTestsOnFreshWorkbook, pressNext } from "./jsdomShims";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import type { WorkbookModel } from "../fake-excel/model";
import { App } from "../../src/taskpane/App";
import { createExcelGateway } from "../../src/excel/gateway";
import { initialState, reducer, WizardState } from "../../src/taskpane/state/wizard";
import { modelFingerprint, sheetState } from "../../src/taskpane/state/staleness";
import type { WriteScenarioResult } from "../../src/excel/types";

let model: WorkbookModel;

paneTestsOnFreshWorkbook((m) => (model = m));

const next = pressNext;

/** The pane in Dutch, walked to Resultaat, the scenario sheet written with the embedded region. */
async function writtenFromPane(): Promise<void> {
  render(<App gateway={createExcelGateway()} language="nl" theme="light" />, { wrapper: PaneStyles });
  await makeScenarioSheet(3);
}

describe("17.1 a scenario sheet named like the Correcties table", () => {
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
});

describe("17.6 a sheet that no longer matches the pane", () => {
  const RESULT = { sheetName: "Verdeling 2024", updated: false } as WriteScenarioResult;
  const written = (s: WizardState): WizardState =>
    reducer(s, { type: "write", status: { kind: "done", result: RESULT, fingerprint: modelFingerprint(s)! } });

  test("17.6 the fingerprint follows every input and setting of the plan, not the sheet name or the step", () => {
    const s = written(initialState());
    expect(sheetState(initialState())).toBe("none");
    expect(sheetState(s)).toBe("current");
    expect(sheetState(reducer(s, { type: "goTo", step: 2 }))).toBe("current");
    expect(sheetState(reducer(s, { type: "set", field: "sheetName", value: "Andere naam" }))).toBe("current");
    const changes: Parameters<typeof reducer>[1][] = [
      { type: "editCell", row: 0, column: "lettingsSocial", text: "1000" },
      { type: "setMethod", value: "dhondt" },
      { type: "setRounding", value: "down" },
      { type: "setSolidarity", value: false },
      { type: "set", field: "needNumber", value: "1000" },
      { type: "setSharePercent", share: "capShare", value: "25" },
      { type: "set", field: "growthEnd", value: "2030" },
      { type: "set", field: "regionName", value: "Regio X" },
      { type: "setKeyPercent", column: "population", value: "50" },
    ];
    for (const change of changes) {
      const next = reducer(s, change);
      // an invalid state (the key at 50% alone) has no model: nothing to compare, so stale too
      expect({ change, state: sheetState(next) }).toEqual({ change, state: "stale" });
    }
    // back to what was written: current again
    const there = reducer(s, { type: "setMethod", value: "dhondt" });
    expect(sheetState(reducer(there, { type: "setMethod", value: "hamilton" }))).toBe("current");
  });

  test(
    "17.6 after a change in Scenario the pane says the sheet shows the old figures, offers the update, and is current after " + "it",
    async () => {
      await writtenFromPane();
      expect(screen.queryByText(/toont nog de vorige cijfers/)).not.toBeInTheDocument();

      fireEvent.click(screen.getByRole("button", { name: "Terug" })); // to Scenario
      fireEvent.click(screen.getByLabelText(/D'Hondt \(Jefferson\)/));
      expect(screen.getByText(/Het blad 'Verdeling 2024' toont nog de vorige cijfers/)).toBeInTheDocument();
      fireEvent.click(screen.getByText("Naar Resultaat om bij te werken").closest("button")!);

      expect(screen.getByText("Stap 4 van 5")).toBeInTheDocument();
      expect(screen.queryByText("Klaar: blad 'Verdeling 2024' is geschreven.")).not.toBeInTheDocument();
      const stale = screen.getByText(/Het blad 'Verdeling 2024' toont nog de vorige cijfers/).closest(".fui-MessageBar") as HTMLElement;
      fireEvent.click(within(stale).getByText("Scenarioblad bijwerken").closest("button")!);
      const dialog = await screen.findByRole("dialog", { hidden: true });
      await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Bijwerken", hidden: true })));
      await screen.findByText("Klaar: blad 'Verdeling 2024' is bijgewerkt.");
      expect(screen.queryByText(/toont nog de vorige cijfers/)).not.toBeInTheDocument();
      expect(model.sheet("Verdeling 2024")!.get(7, 1)?.value).toMatch(/D'Hondt/i); // the method cell of the parameters
    },
  );

  test("17.6 a changed figure in Gegevens is named in Gegevens itself", async () => {
    render(<App gateway={createExcelGateway()} language="en" theme="light" />, { wrapper: PaneStyles });
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    fireEvent.click(screen.getByRole("button", { name: "Create scenario sheet" }));
    await screen.findByText("Done: sheet 'Verdeling 2024' was written.");
    // the table the sheet refers to was written for an English reader too (its headers stay: formulas name them)
    expect(model.sheet("Gemeenten")!.get(11, 0)?.value).toBe("Sources Regio Stedendriehoek, reference year 2024:");
    fireEvent.click(screen.getByRole("tab", { name: "Data" }));
    expect(screen.queryByText(/still shows the previous figures/)).not.toBeInTheDocument();
    fireEvent.change(screen.getByLabelText("Epe Social-rent lettings"), { target: { value: "300" } });
    await waitFor(() => expect(screen.getByText(/The sheet 'Verdeling 2024' still shows the previous figures/)).toBeInTheDocument());
  });
});

describe("a figure changed in Excel in the add-in's own Gemeenten table", () => {
  test("writing again asks before replacing it: cancelled, the figure stays; agreed, the pane's figure is written", async () => {
    await writtenFromPane();
    model.put("Gemeenten", "B2", [[165_000]]); // Apeldoorn's population, typed in Excel
    const write = async () => {
      // the pane asks Excel what the name holds after a pause: the add-in's own sheet, so "bijwerken"
      fireEvent.click(await screen.findByRole("button", { name: "Scenarioblad bijwerken" }));
      const sheetDialog = await screen.findByRole("dialog", { hidden: true });
      expect(within(sheetDialog).getByText("Blad bijwerken?")).toBeInTheDocument();
      await act(async () => fireEvent.click(within(sheetDialog).getByRole("button", { name: "Bijwerken", hidden: true })));
      // then the table: nothing was written yet
      const tableDialog = await screen.findByRole("dialog", { hidden: true });
      await within(tableDialog).findByText("Cijfers in de tabel vervangen?");
      expect(
        within(tableDialog).getByText(/In de tabel 'Gemeenten' zijn cijfers veranderd sinds Verdeelwijzer ze schreef/),
      ).toBeInTheDocument();
      expect(model.tableValues("Gemeenten")[1][1]).toBe(165_000);
      return tableDialog;
    };
    const first = await write();
    await act(async () => fireEvent.click(within(first).getByRole("button", { name: "Annuleren", hidden: true })));
    await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).not.toBeInTheDocument());
    expect(model.tableValues("Gemeenten")[1][1]).toBe(165_000);

    const second = await write();
    await act(async () => fireEvent.click(within(second).getByRole("button", { name: "Vervangen", hidden: true })));
    await screen.findByText("Klaar: blad 'Verdeling 2024' is bijgewerkt.");
    expect(model.tableValues("Gemeenten")[1][1]).toBe(422);
  });
});
