/**
 * The wizard's reducer and derived state, without React: typed text is kept, blank ≠ 0,
 * problems and warnings, settings validation, and the live preview.
 */
import { initialState, reducer } from "../../src/taskpane/state/wizard";
import { parseCellText, percent, readAs, previewOf, problemsOf, settingsOf, warningsOf, datasetOf } from "../../src/taskpane/state/derive";

test("cell text: Dutch thousands and decimal comma, blank is null, text stays text", () => {
  expect(parseCellText("1.234")).toBe(1234);
  expect(parseCellText("12,5")).toBe(12.5);
  expect(parseCellText("  ")).toBeNull();
  expect(parseCellText("0")).toBe(0);
  expect(parseCellText("veel")).toBe("veel");
});

test("the embedded data: no problems, three outlier warnings, preview reproduces the seed totals", () => {
  const s = initialState();
  expect(problemsOf(s)).toEqual([]);
  expect(warningsOf(s).map((w) => w.row)).toEqual([7, 8, 9]);
  const { model } = previewOf(s);
  expect(model!.column("C")!.total).toBe(956);
  expect(model!.column("C")!.notPlaced).toBe(214);
});

test("editing keeps the typed text and reports the problem at its row", () => {
  let s = initialState();
  s = reducer(s, { type: "editCell", row: 3, column: "realised", text: "-2" });
  expect(s.rows[3].values.realised).toBe("-2");
  expect(problemsOf(s).map((p) => [p.row, p.column, p.error.messages.nl])).toEqual([[4, "realised", "rij 4: realisatie is negatief (-2)"]]);
  expect(datasetOf(s)).toBeNull();
  expect(previewOf(s).model).toBeNull();
});

test("an empty region from pasted names keeps earlier input per name", () => {
  let s = reducer(initialState(), { type: "chooseSource", source: "empty" });
  s = reducer(s, { type: "setEmptyNames", text: "Aa\nBb\n\n" });
  s = reducer(s, { type: "editCell", row: 1, column: "population", text: "500" });
  s = reducer(s, { type: "setEmptyNames", text: "Cc\nBb" });
  expect(s.rows.map((r) => [r.name, r.values.population])).toEqual([
    ["Cc", ""],
    ["Bb", "500"],
  ]);
});

test("duplicate names are a problem", () => {
  let s = reducer(initialState(), { type: "chooseSource", source: "empty" });
  s = reducer(s, { type: "setEmptyNames", text: "Epe\nepe" });
  expect(problemsOf(s)[0].error.messages.nl).toBe('rij 2: gemeente "epe" komt meer dan één keer voor');
});

test("settings: percentages, a need as share of the lettings, and field errors", () => {
  let s = initialState();
  s = reducer(s, { type: "setNeedKind", value: "share" });
  s = reducer(s, { type: "set", field: "needPercent", value: "36,7" });
  expect(settingsOf(s).settings!.need).toEqual({ kind: "share", share: 0.367 });
  expect(previewOf(s).model!.need).toBe(1169);
  s = reducer(s, { type: "setSharePercent", share: "capShare", value: "130" });
  s = reducer(s, { type: "set", field: "growthEnd", value: "2020" });
  expect(settingsOf(s)).toEqual({ settings: null, errors: { capShare: "percent", growthEnd: "year" } });
});

test("all weights zero: the preview shows the engine's message instead of numbers", () => {
  let s = initialState();
  s.rows.forEach((_, i) => (s = reducer(s, { type: "editCell", row: i, column: "population", text: "0" })));
  const { model, error } = previewOf(s);
  expect(model).toBeNull();
  expect(error!.messages.nl).toBe("alle waarden van inwonertal zijn 0 of leeg: er is niets om naar te verdelen");
});

test("readAs names every reading that differs from the text: 1.170 is shown as 1170, never silently", () => {
  expect(readAs("1.170")).toBe(1170);
  expect(readAs("1.234.567")).toBe(1234567);
  expect(readAs("12,5")).toBe(12.5);
  expect(readAs("1,170")).toBe(1.17); // read as a decimal, and then refused as not whole
  expect(readAs("007")).toBe(7);
  expect(readAs("1170")).toBeNull();
  expect(readAs(" 1170 ")).toBeNull();
  expect(readAs("")).toBeNull();
  expect(readAs("veel")).toBeNull();
});

test("a typed percentage becomes the share it means, exactly as typed", () => {
  expect(["36,7", "12,3456789", "100", "5", "0", "0,5", "0,05", "99.99", "30"].map(percent)).toEqual([
    0.367, 0.123456789, 1, 0.05, 0, 0.005, 0.0005, 0.9999, 0.3,
  ]);
  expect([percent("101"), percent("-1"), percent("abc")]).toEqual([null, null, null]);
});

test("opening on the workbook's Gemeenten table applies only on step 1 with the embedded region: an earlier choice stands", () => {
  const read = {
    tableName: "Gemeenten",
    sheetName: "Gemeenten",
    rows: [{ name: "Aa", population: 100, lettingsSocial: 50, lettingsCheap: null, realised: 5, origin: null, stock: null }],
    rowAddresses: ["Gemeenten!A2"],
    cellAddresses: {},
    headers: ["Gemeente", "Inwonertal"],
  };
  const opened = reducer(initialState(), { type: "openedOnTable", read, groups: null });
  expect(opened).toMatchObject({ source: "workbook", table: { name: "Gemeenten", opened: true } });
  expect(opened.rows.map((r) => [r.name, r.values.population])).toEqual([["Aa", "100"]]);
  // the user went on, or chose another source, first
  const moved = { ...initialState(), step: 1 };
  expect(reducer(moved, { type: "openedOnTable", read, groups: null })).toBe(moved);
  const empty = reducer(initialState(), { type: "chooseSource", source: "empty" });
  expect(reducer(empty, { type: "openedOnTable", read, groups: null })).toBe(empty);
  // reading the table on request afterwards is the user's own read, said as such
  expect(reducer(opened, { type: "tableRead", read }).table?.opened).toBe(false);
});

test("a table of another name is offered on step 1 with the embedded region only, and again after going back to it", () => {
  const offered = reducer(initialState(), { type: "tableOffered", name: "Eigen" });
  expect(offered).toMatchObject({ source: "embedded", offeredTable: "Eigen", table: null });
  const moved = { ...initialState(), step: 1 };
  expect(reducer(moved, { type: "tableOffered", name: "Eigen" })).toBe(moved);
  const empty = reducer(initialState(), { type: "chooseSource", source: "empty" });
  expect(reducer(empty, { type: "tableOffered", name: "Eigen" })).toBe(empty);
  const away = reducer(offered, { type: "chooseSource", source: "workbook" });
  expect(reducer(away, { type: "chooseSource", source: "embedded" }).offeredTable).toBe("Eigen");
});

test("a table read: the built-in name stays for its municipalities only; another region's name is asked for; a typed one stays", () => {
  const readOf = (names: string[]) => ({
    tableName: "Gemeenten",
    sheetName: "Gemeenten",
    rows: names.map((name) => ({ name, population: 100, lettingsSocial: 50, lettingsCheap: null, realised: 5, origin: null, stock: null })),
    rowAddresses: names.map((_, i) => `Gemeenten!A${i + 2}`),
    cellAddresses: {},
    headers: ["Gemeente", "Inwonertal"],
  });
  const builtIn = initialState();
  const ownNames = builtIn.rows.map((r) => ` ${r.name.toUpperCase()}\u00a0`); // spelled otherwise, read as the same names
  expect(reducer(builtIn, { type: "tableRead", read: readOf(ownNames) }).regionName).toBe(builtIn.regionName);
  expect(reducer(builtIn, { type: "tableRead", read: readOf(["Aalten", "Winterswijk"]) }).regionName).toBe("");
  expect(reducer(builtIn, { type: "tableRead", read: readOf(ownNames.slice(1)) }).regionName).toBe(""); // a municipality fewer
  const typed = { ...builtIn, regionName: "Regio Achterhoek" };
  expect(reducer(typed, { type: "tableRead", read: readOf(["Aalten"]) }).regionName).toBe("Regio Achterhoek");
});
