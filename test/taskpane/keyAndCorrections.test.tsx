/**
 * @jest-environment jsdom
 */
/**
 * The blended key on the Scenario step and the corrections on the Result step, against the real
 * gateway over the fake Excel: percentages add up live, A by key beside A by population, a
 * correction needs a reason, is appended to the Correcties table (never deleted), and the
 * written sheet gets "K" and "Na correcties".
 * Issue 17 case 2: withdrawing a correction ("Intrekken") asks first, with its own "besloten door"
 * and date, and happens once: the withdrawn line shows that it is withdrawn, the withdrawal line
 * has no "Intrekken" of its own, and a second withdrawal of the same line adds nothing.
 */
import { nextButton, PaneStyles, paneTestsOnFreshWorkbook, pressNext } from "./jsdomShims";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import fc from "fast-check";
import type { WorkbookModel } from "../fake-excel/model";
import { App } from "../../src/taskpane/App";
import { createExcelGateway } from "../../src/excel/gateway";
import { CorrectionLine, isWithdrawal, netCorrections, withdrawalOf, withdrawnBy } from "../../src/scenario";
import { withdrawCorrection } from "../../src/taskpane/state/actions";
import { settlingGateway } from "./settlingGateway";
import { cases } from "../cases";

let model: WorkbookModel;

paneTestsOnFreshWorkbook((m) => (model = m));

const next = pressNext;

describe("the blended key and recording corrections", () => {
  const type = (label: RegExp | string, value: string) =>
    fireEvent.change(screen.getByRole("textbox", { name: label }), { target: { value } });

  test("Verdeelsleutel: 50% inwonertal + 50% mutaties sociale huur, summed live, compared with population alone", () => {
    render(<App gateway={createExcelGateway()} language="nl" theme="light" />, { wrapper: PaneStyles });
    next();
    next();
    type("Gewicht: gepubliceerde fair share (kolom A) (%)", "50");
    expect(screen.getByText(/Samen 50%.*precies 100%/)).toBeInTheDocument();
    expect(nextButton()).toBeDisabled();
    type("Mutaties sociale huur (%)", "50");
    expect(screen.getByText("Samen 100%")).toBeInTheDocument();
    const compare = screen.getByRole("table", { name: "Naar inwonertal en naar sleutel" });
    const apeldoorn = within(compare).getByRole("row", { name: /Apeldoorn/ });
    // A by population alone is the seed's 422; half by social lettings: quota 211 + 585 × 1184 / 3185 = 428.47 → 428
    expect(
      within(apeldoorn)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["Apeldoorn", "422", "428", "+6"]);
  });

  test("a correction needs a reason; recorded, it is appended to Correcties and the sheet gets 'Na correcties'", async () => {
    render(<App gateway={createExcelGateway()} language="nl" theme="light" />, { wrapper: PaneStyles });
    next();
    next();
    next();
    type(/Correctie \(woningen/, "-20");
    fireEvent.click(screen.getByRole("button", { name: "Correctie vastleggen" }));
    expect(await screen.findByText("Geef de reden: die hoort bij het besluit.")).toBeInTheDocument();
    expect(model.sheet("Correcties")).toBeUndefined();
    type("Reden", "Tijdelijke opvang in Apeldoorn vol");
    type("Besloten door", "PHO Wonen 12-11-2026");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Correctie vastleggen" })));
    await screen.findByText(/Vastgelegd in de tabel 'Correcties'/);
    expect(model.sheet("Correcties")!.get(1, 0)?.value).toBe("Apeldoorn");
    expect(model.sheet("Correcties")!.get(1, 1)?.value).toBe(-20);
    expect(screen.getByText("Apeldoorn: 422 → 402 na correcties")).toBeInTheDocument();

    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Scenarioblad maken" })));
    await screen.findByText("Klaar: blad 'Verdeling 2024' is geschreven.");
    const header = Array.from({ length: 9 }, (_, c) => model.sheet("Verdeling 2024")!.get(11, c)?.value);
    expect(header).toContain("N · Na correcties (A)");
    expect(header).toContain("K · Correcties (netto, uit tabel Correcties)");

    // withdrawing is a decision too: asked in its own dialog (see '17.2 withdrawing a correction' below); the first line stays
    await act(async () => fireEvent.click(screen.getByRole("button", { name: /^Intrekken: Apeldoorn -20, Tijdelijke opvang/ })));
    const dialog = await screen.findByRole("dialog", { hidden: true });
    fireEvent.change(within(dialog).getByRole("textbox", { name: "Besloten door", hidden: true }), {
      target: { value: "PHO Wonen 26-11-2026" },
    });
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Intrekken", hidden: true })));
    await waitFor(() => expect(model.sheet("Correcties")!.get(2, 3)?.value).toBe("PHO Wonen 26-11-2026"));
    await waitFor(() => expect(model.sheet("Correcties")!.get(2, 1)?.value).toBe(20));
    expect(model.sheet("Correcties")!.get(1, 1)?.value).toBe(-20);
    expect(String(model.sheet("Correcties")!.get(2, 2)?.value)).toMatch(/^Intrekking van: Tijdelijke opvang in Apeldoorn vol/);
  });

  test("17.13 a blended key on a column with no values: Volgende disabled, the pane says why, nothing to write", () => {
    render(<App gateway={createExcelGateway()} language="nl" theme="light" />, { wrapper: PaneStyles });
    next();
    next();
    type("Gewicht: gepubliceerde fair share (kolom A) (%)", "50");
    type("Woningvoorraad (%)", "50"); // the seed publishes no social-rent stock: every cell blank
    const why =
      "De verdeelsleutel rust op woningvoorraad, maar die kolom heeft in de tabel geen waarden (alle cellen leeg of 0). Vul de kolom in " +
      "of laat haar uit de sleutel.";
    expect(screen.getByRole("alert")).toHaveTextContent(why);
    expect(screen.getByText(`Volgende kan nog niet: ${why}`)).toBeInTheDocument();
    expect(nextButton()).toBeDisabled();
    type("Woningvoorraad (%)", "");
    type("Gewicht: gepubliceerde fair share (kolom A) (%)", "100");
    expect(screen.queryByText(/Volgende kan nog niet/)).not.toBeInTheDocument();
    expect(nextButton()).toBeEnabled();
  });
});

describe("17.2 withdrawing a correction", () => {
  const LINE: CorrectionLine = { name: "Apeldoorn", amount: -20, reason: "Tijdelijke opvang", decidedBy: "PHO Wonen", date: "12-03-2026" };

  describe("17.2 withdrawnBy: which later line withdraws which", () => {
    test("17.2 a withdrawal undoes the earliest matching line, once; it is not withdrawn itself", () => {
      const w = withdrawalOf(LINE, "PHO", "1-4-2026", "nl");
      expect(isWithdrawal(w)).toBe(true);
      expect(isWithdrawal(LINE)).toBe(false);
      expect(withdrawnBy([LINE, w])).toEqual([1, null]);
      expect(withdrawnBy([LINE, LINE, w])).toEqual([2, null, null]);
      expect(withdrawnBy([LINE, w, w])).toEqual([1, null, null]); // the second withdrawal finds nothing to undo
      expect(withdrawnBy([w, LINE])).toEqual([null, null]); // a withdrawal before its line undoes nothing
      expect(withdrawnBy([LINE, withdrawalOf(LINE, "PHO", "1-4-2026", "en")])).toEqual([1, null]);
      expect(withdrawnBy([LINE, { ...w, name: "Epe" }])).toEqual([null, null]);
    });

    test(
      "17.2 property: withdrawing every open line (through withdrawCorrection's rule) leaves every municipality's net blank, " +
        "whatever the order and repeats",
      async () => {
        const lineArb = fc.record({
          name: fc.constantFrom("Epe", "Hattem", "Lochem"),
          amount: fc.integer({ min: -30, max: 30 }).filter((n) => n !== 0),
          reason: fc.constantFrom("a", "b"),
          decidedBy: fc.constant("PHO"),
          date: fc.constantFrom("1-1-2026", "2-1-2026"),
        });
        fc.assert(
          fc.property(fc.array(lineArb, { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 12 }), (lines, picks) => {
            const table: CorrectionLine[] = [...lines];
            for (const pick of picks) {
              const line = lines[pick % Math.max(1, lines.length)];
              if (!line) continue;
              const by = withdrawnBy(table);
              // the adapter's rule: append only while an equal line is still open
              if (table.some((l, i) => JSON.stringify(l) === JSON.stringify(line) && by[i] === null && !isWithdrawal(l)))
                table.push(withdrawalOf(line, "PHO", "3-1-2026", "nl"));
            }
            // independent count: per distinct line, withdrawals appended ≤ its copies
            for (const line of lines) {
              const copies = lines.filter((l) => JSON.stringify(l) === JSON.stringify(line)).length;
              const undos = table.filter(
                (l) => l.name === line.name && l.reason === `Intrekking van: ${line.reason} (${line.date})` && l.amount === -line.amount,
              ).length;
              if (undos > copies) return false;
            }
            return true;
          }),
          cases(100, 20261204),
        );
        // and once every line is withdrawn, nothing is left
        const all = [LINE, { ...LINE, name: "Epe", amount: 5 }];
        const done = [...all, ...all.map((l) => withdrawalOf(l, "PHO", "3-1-2026", "nl"))];
        expect(netCorrections(["Apeldoorn", "Epe"], done)).toEqual([null, null]);
      },
    );

    test("17.2 withdrawCorrection twice on the same line appends one line (the second finds it withdrawn)", async () => {
      const gateway = createExcelGateway();
      await gateway.appendCorrections([LINE]);
      const statuses: string[] = [];
      const dispatch = jest.fn();
      const report = (s: { kind: string }) => statuses.push(s.kind);
      await withdrawCorrection(gateway, dispatch, LINE, { decidedBy: "PHO Wonen", date: "1-4-2026" }, "nl", report);
      await withdrawCorrection(gateway, dispatch, LINE, { decidedBy: "PHO Wonen", date: "1-4-2026" }, "nl", report);
      expect(statuses).toEqual(["busy", "done", "busy", "already"]);
      const lines = await gateway.readCorrections();
      expect(lines).toHaveLength(2);
      expect(lines[1]).toEqual({ ...withdrawalOf(LINE, "PHO Wonen", "1-4-2026", "nl") });
      expect(netCorrections(["Apeldoorn"], lines)).toEqual([null]);
    });
  });

  test(
    "17.2 pane: Intrekken asks first with its own 'besloten door' and date; then the line shows 'Ingetrokken', the withdrawal has " +
      "no Intrekken",
    async () => {
      await createExcelGateway().appendCorrections([LINE]);
      const { gateway, settle } = settlingGateway(createExcelGateway());
      render(<App gateway={gateway} language="nl" theme="light" />, { wrapper: PaneStyles });
      next();
      next();
      next();
      await settle();
      const lines = screen.getByRole("table", { name: "Correcties" });
      // the form's fields hold something else: the withdrawal must not take them over
      fireEvent.change(screen.getByRole("textbox", { name: "Besloten door" }), { target: { value: "Formulier" } });
      fireEvent.click(within(lines).getByRole("button", { name: /^Intrekken: Apeldoorn -20, Tijdelijke opvang/ }));
      await settle();
      const dialog = screen.getByRole("dialog", { hidden: true });
      expect(dialog).toHaveTextContent("Correctie intrekken?");
      expect(dialog).toHaveTextContent("Apeldoorn -20, Tijdelijke opvang (PHO Wonen, 12-03-2026) wordt ingetrokken");
      const decidedBy = within(dialog).getByRole("textbox", { name: "Besloten door", hidden: true });
      expect(decidedBy).toHaveValue(""); // its own field, empty
      // without who decided it: refused, nothing appended
      fireEvent.click(within(dialog).getByRole("button", { name: "Intrekken", hidden: true }));
      await settle();
      expect(within(dialog).getByText("Wie besloot dit (bijvoorbeeld 'Portefeuillehoudersoverleg')?")).toBeInTheDocument();
      expect(model.table("Correcties")!.rows).toBe(2);
      fireEvent.change(decidedBy, { target: { value: "PHO Wonen 1-4" } });
      fireEvent.change(within(dialog).getByRole("textbox", { name: "Datum besluit", hidden: true }), { target: { value: "01-04-2026" } });
      fireEvent.click(within(dialog).getByRole("button", { name: "Intrekken", hidden: true }));
      await settle();
      expect(model.table("Correcties")!.rows).toBe(3);
      const sheet = model.sheet("Correcties")!;
      expect([2, 3, 4].map((c) => sheet.get(2, c)?.value)).toEqual([
        "Intrekking van: Tijdelijke opvang (12-03-2026)",
        "PHO Wonen 1-4",
        "01-04-2026",
      ]);
      expect(within(lines).queryAllByRole("button", { name: /^Intrekken/ })).toHaveLength(0);
      const rows = within(screen.getByRole("table", { name: "Correcties" })).getAllByRole("row");
      expect(rows[1]).toHaveTextContent(/Ingetrokken$/);
      expect(rows[2]).toHaveTextContent(/Intrekking$/);
      expect(screen.getByRole("textbox", { name: "Besloten door" })).toHaveValue("Formulier");
    },
  );
});
