/**
 * @jest-environment jsdom
 */
/**
 * *Per groep* (issue 19) in the Scenario step: the groups' needs typed in labelled fields (blank =
 * unknown, a bad value named under its field), the live sum against the totals, the block one group
 * at a time beside "each group rounded on its own", the ties and *Waarom?* for a cell — in Dutch and
 * English; and the line that says how to add groups when the region has none. Small renders: the
 * panel alone in a wizard context with the real reducer.
 */
import { useReducer } from "react";
import { installJsdomShims, PaneStyles } from "./jsdomShims";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createExcelGateway } from "../../src/excel/gateway";
import { SETTINGS_KEY, parseRecord } from "../../src/excel/ownership";
import { address, parseAddress } from "../../src/sheets/a1";
import { writeScenario } from "../../src/taskpane/state/actions";
import { installFakeExcel } from "../fake-excel/fakeExcel";
import { WorkbookModel } from "../fake-excel/model";
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { WorkbookGateway } from "../../src/excel/gateway";
import { STEDENDRIEHOEK_2024 } from "../../src/data";
import { WizardContext } from "../../src/taskpane/context";
import { STRINGS } from "../../src/i18n/pane";
import { GroupPanel } from "../../src/taskpane/components/GroupPanel";
import { WizardState, initialState, reducer } from "../../src/taskpane/state/wizard";
import { groupPreviewOf } from "../../src/taskpane/state/groups";
import type { Language } from "../../src/i18n";

beforeAll(installJsdomShims);

const MANTELZORG = "Mantelzorgverleners en -ontvangers";
const OPVANG = "Uitstroom maatschappelijke opvang";
const REGIONAAL = "Regionaal: echtscheiding met minderjarige kinderen, herstructurering";

let latest: WizardState;
/** Until the sheet is written the panel never calls Excel. */
const NO_EXCEL = {} as WorkbookGateway;

function Harness({ start, language, gateway = NO_EXCEL }: { start: WizardState; language: Language; gateway?: WorkbookGateway }) {
  const [state, dispatch] = useReducer(reducer, start);
  latest = state;
  return (
    <FluentProvider theme={webLightTheme}>
      <WizardContext.Provider value={{ state, dispatch, gateway, t: STRINGS[language], language }}>
        <GroupPanel />
      </WizardContext.Provider>
    </FluentProvider>
  );
}

function show(language: Language = "nl", start: WizardState = { ...initialState(), step: 2 }) {
  render(<Harness start={start} language={language} />, { wrapper: PaneStyles });
}

const need = (group: string, text: string, word = "Behoefte") =>
  fireEvent.change(screen.getByRole("textbox", { name: `${word} ${group}` }), { target: { value: text } });

test("the ten groups of the default have labelled, empty need fields and a line saying what to do", () => {
  show();
  expect(screen.getByRole("heading", { name: "Per groep" })).toBeInTheDocument();
  const fields = within(screen.getByRole("group", { name: "Behoefte per groep" })).getAllByRole("textbox");
  expect(fields).toHaveLength(10);
  fields.forEach((f) => expect(f).toHaveValue(""));
  expect(screen.getByText(/Vul hierboven de behoefte van minstens één groep in/)).toBeInTheDocument();
  expect(screen.queryByRole("table")).not.toBeInTheDocument();
});

test("needs filled: the sum, the totals per municipality beside each group on its own, one group's column, Waarom? for a cell", () => {
  show();
  need(MANTELZORG, "400");
  need(OPVANG, "500");
  expect(screen.getByRole("status")).toHaveTextContent("Samen 900 van 1.170: nog 270.");
  expect(
    screen.getByText("de totalen per gemeente tellen op tot 1.170 en de behoeften per groep tot 900: die moeten gelijk zijn"),
  ).toBeInTheDocument();
  need(REGIONAAL, "270");
  expect(screen.getByRole("status")).toHaveTextContent("Samen 1.170 huishoudens: gelijk aan de gemeentetotalen.");
  expect(screen.getByText("7 groepen doen niet mee (behoefte onbekend).")).toBeInTheDocument();
  const group = groupPreviewOf(latest)!;
  const totals = within(screen.getByRole("table", { name: "Per groep: Totaal per gemeente" }));
  expect(within(totals.getByRole("row", { name: /^Apeldoorn/ })).getAllByRole("cell")[0]).toHaveTextContent("422");
  expect(within(totals.getByRole("row", { name: /^Totaal/ })).getAllByRole("cell")[0]).toHaveTextContent("1170");
  // one group's column: its cells add up to its need, and "Apart" is that group rounded on its own
  fireEvent.click(screen.getByRole("combobox", { name: "Toon groep" }));
  fireEvent.click(within(screen.getByRole("listbox")).getByRole("option", { name: OPVANG }));
  const column = within(screen.getByRole("table", { name: `Per groep: ${OPVANG}` }));
  group.names.forEach((name, i) => {
    const cells = within(column.getByRole("row", { name: new RegExp(`^${name}`) })).getAllByRole("cell");
    expect(cells[0]).toHaveTextContent(String(group.result!.seats[i][1]));
    expect(cells[1]).toHaveTextContent(String(group.separate[i][1]));
  });
  expect(within(column.getByRole("row", { name: /^Totaal/ })).getAllByRole("cell")[0]).toHaveTextContent("500");
  // Waarom? follows the picked group; the cell's quota and divisors with the real numbers
  const why = screen.getByRole("list", { name: new RegExp(`^Waarom\\? Apeldoorn · ${OPVANG}: ${group.result!.seats[0][1]}$`) });
  expect(within(why).getByText(/^quotum = behoefte 500 × gewicht 422 \/ 1\.170 \(alle gewichten van Uitstroom/)).toBeInTheDocument();
  expect(
    within(why).getByText(/^gemeentedeler [\d.,]+ \(Apeldoorn\), groepsdeler [\d.,]+ \(Uitstroom maatschappelijke opvang\)$/),
  ).toBeInTheDocument();
  expect(within(why).getByText(/^gewicht ÷ \(gemeentedeler × groepsdeler\) = 422 \/ /)).toBeInTheDocument();
  fireEvent.change(screen.getByRole("combobox", { name: "Gemeente van de cel" }), { target: { value: "6" } });
  expect(screen.getByRole("list", { name: new RegExp(`^Waarom\\? Epe · ${OPVANG}`) })).toBeInTheDocument();
});

test("a need that cannot be read is named under its field and that group takes no part", () => {
  show();
  need(MANTELZORG, "2,5");
  expect(screen.getByText(/2,5/, { selector: "[id*=validation], div[role=alert], span" })).toBeInTheDocument();
  expect(groupPreviewOf(latest)).toBeNull(); // no group with a known need: no block
});

test("English: labels, the sum and Waarom? in English", () => {
  show("en");
  need(MANTELZORG, "1170", "Need");
  expect(screen.getByRole("heading", { name: "Per group" })).toBeInTheDocument();
  expect(screen.getByRole("status")).toHaveTextContent("Together 1,170 households: equal to the municipality totals.");
  expect(screen.getByRole("table", { name: "Per group: Total per municipality" })).toBeInTheDocument();
  expect(screen.getByText(/^quota = need 1,170 × weight 422 \/ 1,170/)).toBeInTheDocument();
  expect(screen.getByText(/^Every municipality has a divisor and every group has a divisor\./)).toBeInTheDocument();
});

test("a region without groups: one line saying how to add them", () => {
  const { groups: _none, ...withoutGroups } = STEDENDRIEHOEK_2024;
  show("nl", { ...initialState(withoutGroups), step: 2 });
  expect(screen.getByText(/Voeg in de werkmap een tabel 'Aandachtsgroepen' toe/)).toBeInTheDocument();
  expect(screen.queryByRole("group", { name: "Behoefte per groep" })).not.toBeInTheDocument();
});

test("19 a group's key and the method are labelled choices; both reach the model (and so the sheet and the Verantwoording)", () => {
  show();
  need(MANTELZORG, "700");
  need(REGIONAAL, "470");
  const key = screen.getByRole("combobox", { name: `Verdeeld naar: ${MANTELZORG}` });
  expect(key).toHaveValue("population");
  expect(
    within(key)
      .getAllByRole("option")
      .map((o) => o.textContent),
  ).toEqual(["inwonertal", "herkomst", "mutaties", "woningvoorraad", "gemengde sleutel (stap 3)"]);
  fireEvent.change(key, { target: { value: "lettingsSocial" } });
  expect(groupPreviewOf(latest)!.groups[0].key).toBe("lettingsSocial");
  // the weights are the municipalities' social-rent lettings now
  expect(groupPreviewOf(latest)!.weights.map((row) => row[0])).toEqual(STEDENDRIEHOEK_2024.municipalities.map((m) => m.lettingsSocial));
  const method = screen.getByRole("radiogroup", { name: "Afronding per groep (THUIS.GROUPSHARE)" });
  expect(within(method).getByRole("radio", { name: "Sainte-Laguë: gewoon afronden (standaard)" })).toBeChecked();
  fireEvent.click(within(method).getByRole("radio", { name: "D'Hondt: naar beneden afronden" }));
  expect(latest.groupMethod).toBe("dhondt");
  expect(groupPreviewOf(latest)!.method).toBe("dhondt");
});

test("19 in English: the key and method choices in English words", () => {
  show("en");
  need(MANTELZORG, "1170", "Need");
  const key = screen.getByRole("combobox", { name: `Shared by: ${MANTELZORG}` });
  expect(
    within(key)
      .getAllByRole("option")
      .map((o) => o.textContent),
  ).toEqual(["population", "origin", "lettings", "stock", "blended key (step 3)"]);
  expect(screen.getByRole("radio", { name: "D'Hondt: rounding down" })).not.toBeChecked();
});

test("19 Waarom? follows a cell clicked in the sheet's group block (once the sheet is written)", async () => {
  const model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
  const gateway = createExcelGateway();
  let state: WizardState = { ...initialState(), step: 2 };
  [700, 0, 470].forEach((n, i) => (state = reducer(state, { type: "setGroupNeed", index: [0, 2, 9][i], text: String(n) })));
  await writeScenario(gateway, state, (a) => (state = reducer(state, a)), "nl");
  expect(state.write.kind).toBe("done");
  const matrix = parseRecord(model.settings.get(SETTINGS_KEY)).sheets["Verdeling 2024"].groupMatrix!;
  const at = parseAddress(matrix);
  expect([at.rows, at.columns]).toEqual([9, 3]);
  render(<Harness start={state} language="nl" gateway={gateway} />, { wrapper: PaneStyles });
  await waitFor(() => expect(model.selectionHandlers.length).toBeGreaterThan(0));
  // the 7th municipality (Epe) in the third group's column
  await act(() => model.selectCells("Verdeling 2024", address(at.row + 6, at.column + 2)));
  await waitFor(() => expect(screen.getByRole("list", { name: new RegExp(`^Waarom\\? Epe · ${escape(REGIONAAL)}:`) })).toBeInTheDocument());
  expect(screen.getByRole("combobox", { name: "Gemeente van de cel" })).toHaveDisplayValue("Epe");
  // a cell outside the block leaves the choice as it is
  await act(() => model.selectCells("Verdeling 2024", "A1"));
  expect(screen.getByRole("combobox", { name: "Gemeente van de cel" })).toHaveDisplayValue("Epe");
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
