/**
 * @jest-environment jsdom
 */
/**
 * The per-municipality table (issue 11 item 3) from plain data: numbers, difference to A, who
 * falls short, unknown cells, the marks of what changed, the picked municipality's bars, and
 * both languages.
 */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { PaneStyles } from "./jsdomShims";
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MunicipalityTable, MunicipalityTableProps } from "../../src/taskpane/components/MunicipalityTable";
import { STEDENDRIEHOEK_2024 } from "../../src/data";
import { DEFAULT_SETTINGS, computeScenarios, inputOf } from "../../src/scenario";
import { perMunicipalityOf } from "../../src/taskpane/state/derive";

beforeAll(() => {
  window.matchMedia =
    window.matchMedia ??
    ((() => ({
      matches: false,
      addListener() {},
      removeListener() {},
      addEventListener() {},
      removeEventListener() {},
    })) as unknown as typeof window.matchMedia);
});

const columns = [
  { key: "A", label: "A · Naar inwonertal", text: "Naar inwonertal" },
  { key: "C", label: "C · Max. 30% sociale huur", text: "Max. 30% sociale huur" },
  { key: "S", label: "S · Solidariteit", text: "Solidariteit" },
];
const rows = [
  { name: "Apeldoorn", values: { A: 422, C: 355, S: 355 } },
  { name: "Deventer", values: { A: 259, C: 270, S: 270 } },
  { name: "Epe", values: { A: 84, C: null, S: 84 } },
];

function show(props: Partial<MunicipalityTableProps> = {}) {
  const all: MunicipalityTableProps = { rows, columns, language: "nl", ...props };
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <MunicipalityTable {...all} />
    </FluentProvider>,
    { wrapper: PaneStyles },
  );
  return {
    ...view,
    update: (next: Partial<MunicipalityTableProps>) =>
      view.rerender(
        <FluentProvider theme={webLightTheme}>
          <MunicipalityTable {...all} {...next} />
        </FluentProvider>,
      ),
  };
}

const table = () => screen.getByRole("table", { name: "Per gemeente" });
const row = (name: string) => within(table()).getByRole("row", { name: new RegExp(`^${name}`) });

test("a row per municipality, A first, each scenario with its difference to A", () => {
  show();
  const headers = within(table())
    .getAllByRole("columnheader")
    .map((h) => h.textContent);
  expect(headers).toEqual(["Gemeente", "A · Naar inwonertal", "C · Max. 30% sociale huur", "S · Solidariteit"]);
  expect(row("Apeldoorn")).toHaveTextContent("422");
  expect(row("Apeldoorn")).toHaveTextContent("355−67");
  expect(row("Apeldoorn")).toHaveTextContent("67 minder dan A");
  expect(row("Deventer")).toHaveTextContent("270+11");
  expect(row("Deventer")).toHaveTextContent("11 meer dan A");
  expect(row("Epe")).toHaveTextContent("—onbekend");
  expect(row("Epe")).toHaveTextContent("84= A");
});

test("the footer counts who falls short of A among the known", () => {
  show();
  const foot = row("Minder dan A");
  expect(
    within(foot)
      .getAllByRole("cell")
      .map((c) => c.textContent),
  ).toEqual(["", "1 van 2", "1 van 3"]);
});

test("a change of numbers (another method) is marked with what the cell was", () => {
  const view = show();
  expect(screen.queryByText(/^was /)).not.toBeInTheDocument();
  view.update({ rows: [{ name: "Apeldoorn", values: { A: 424, C: 355, S: 355 } }, rows[1], rows[2]] });
  expect(row("Apeldoorn")).toHaveTextContent("424was 422");
  expect(screen.getAllByText(/^was /)).toHaveLength(1);
  // re-rendering with the same numbers keeps the mark
  view.update({ rows: [{ name: "Apeldoorn", values: { A: 424, C: 355, S: 355 } }, rows[1], rows[2]] });
  expect(screen.getAllByText(/^was /)).toHaveLength(1);
});

test("17.16 the 'was' marks have a legend, compare with the first numbers shown, and go when the numbers return (back to Hamilton)", () => {
  const view = show();
  expect(screen.queryByText(/Geel met 'was/)).not.toBeInTheDocument();
  const dhondt = [
    { name: "Apeldoorn", values: { A: 424, C: 355, S: 355 } },
    { name: "Deventer", values: { A: 257, C: 270, S: 270 } },
    rows[2],
  ];
  view.update({ rows: dhondt });
  expect(row("Apeldoorn")).toHaveTextContent("424was 422");
  expect(row("Deventer")).toHaveTextContent("257was 259");
  expect(screen.getByText(/^Geel met 'was 422': het getal is veranderd/)).toBeInTheDocument();
  // a further change is still compared with the first numbers: Apeldoorn 430 "was 422", not "was 424"
  view.update({ rows: [{ name: "Apeldoorn", values: { A: 430, C: 355, S: 355 } }, dhondt[1], rows[2]] });
  expect(row("Apeldoorn")).toHaveTextContent("430was 422");
  view.update({ rows }); // back to the first method's numbers
  expect(screen.queryByText(/^was /)).not.toBeInTheDocument();
  expect(screen.queryByText(/Geel met 'was/)).not.toBeInTheDocument();
});

test("the picked municipality's scenarios as bars, with A as reference", () => {
  show();
  expect(screen.getByText("Apeldoorn: scenario's naast het eerlijke deel A")).toBeInTheDocument();
  fireEvent.change(screen.getByRole("combobox", { name: "Toon gemeente" }), { target: { value: "1" } });
  const figure = screen.getByRole("figure", { name: "Deventer: scenario's naast het eerlijke deel A" });
  expect(
    within(figure)
      .getAllByRole("listitem")
      .map((li) => li.textContent),
  ).toEqual(["A · Naar inwonertal259", "C · Max. 30% sociale huur270 (+11)", "S · Solidariteit270 (+11)"]);
  expect(figure).toHaveTextContent("streep: A = 259");
});

test("English", () => {
  show({
    language: "en",
    columns: [
      { key: "A", label: "A · By population", text: "By population" },
      { key: "C", label: "C · Max. 30% social rent", text: "Max. 30% social rent" },
    ],
  });
  const t = screen.getByRole("table", { name: "Per municipality" });
  expect(within(t).getByRole("row", { name: /^Apeldoorn/ })).toHaveTextContent("67 less than A");
  expect(within(t).getByRole("row", { name: /^Less than A/ })).toHaveTextContent("1 of 2");
  expect(screen.getByRole("combobox", { name: "Show municipality" })).toBeInTheDocument();
});

test("nothing to show, nothing shown", () => {
  const { container } = show({ rows: [] });
  expect(container.querySelector("table")).toBeNull();
});

test("A's range over the three methods shows under A where the methods differ (need 500: Apeldoorn 180–182)", () => {
  const model = computeScenarios(
    inputOf(STEDENDRIEHOEK_2024.municipalities),
    { ...DEFAULT_SETTINGS, need: { kind: "number", value: 500 } },
    2024,
  );
  const props = perMunicipalityOf(model, "nl");
  expect(props.rows[0].range).toEqual({ low: 180, high: 182 });
  show({ ...props });
  const apeldoorn = screen.getByRole("row", { name: /Apeldoorn/ });
  expect(within(apeldoorn).getByText("bij de drie verdeelmethoden tussen 180 en 182")).toBeInTheDocument();
  const equal = props.rows.findIndex((r) => r.range && r.range.low === r.range.high);
  if (equal >= 0)
    expect(within(screen.getByRole("row", { name: new RegExp(props.rows[equal].name) })).queryByText(/verdeelmethoden/)).toBeNull();
});
