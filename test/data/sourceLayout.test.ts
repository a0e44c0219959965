import fc from "fast-check";
import { detectLayout, readSourceValue, suggestMapping } from "../../src/data/source";
import { cases } from "../cases";

/** A sheet shaped like a corporation's export: title, spanning group header, header with years, totals row, footnote, n.b. */
const EXPORT: unknown[][] = [
  ["Verhuringen aan aandachtsgroepen, Regio Stedendriehoek", "", "", "", ""],
  ["", "", "", "", ""],
  ["", "Verhuringen", "", "Inwoners", ""],
  ["Gemeente", "sociale huur t/m liberalisatiegrens 2024", "tot 1e aftoppingsgrens 2024", "per 1 januari 2024", "Realisatie urgenten 2024"],
  ["Apeldoorn", 1184, 684, "n.b.", 305],
  ["Brummen", 160, 77, "n.b.", 23],
  ["Epe", 180, "-", "n.b.", 39],
  ["Regio Stedendriehoek", 1524, 761, "", 367],
  ["* voorlopige cijfers; n.b. = niet bekend", "", "", "", ""],
  ["Bron: Spectrum / woningcorporaties", "", "", "", ""],
];

describe("detectLayout: the table inside a region's own sheet", () => {
  it("finds the header below the title, the municipalities, and says which rows it left out and why", () => {
    const layout = detectLayout(EXPORT);
    expect(layout.headerRow).toBe(3);
    expect(layout.nameColumn).toBe(0);
    expect(layout.dataRows).toEqual([4, 5, 6]);
    expect(layout.left).toEqual([
      { row: 0, reason: "title", text: "Verhuringen aan aandachtsgroepen, Regio Stedendriehoek" },
      { row: 1, reason: "empty", text: "" },
      { row: 2, reason: "title", text: "Verhuringen" },
      { row: 7, reason: "total", text: "Regio Stedendriehoek" },
      { row: 8, reason: "footnote", text: "* voorlopige cijfers; n.b. = niet bekend" },
      { row: 9, reason: "footnote", text: "Bron: Spectrum / woningcorporaties" },
    ]);
  });

  it("joins a spanning group header with the header below it, over the columns its merged cell spans", () => {
    const merged = [
      { row: 2, column: 1, columnCount: 2 },
      { row: 2, column: 3, columnCount: 1 },
    ];
    expect(detectLayout(EXPORT, { merged }).headers).toEqual([
      "Gemeente",
      "Verhuringen sociale huur t/m liberalisatiegrens 2024",
      "Verhuringen tot 1e aftoppingsgrens 2024",
      "Inwoners per 1 januari 2024",
      "Realisatie urgenten 2024",
    ]);
    expect(detectLayout(EXPORT).headers[2]).toBe("tot 1e aftoppingsgrens 2024");
  });

  it("knows a totals row by its figures when its name says nothing (the sum of the rows above)", () => {
    const cells = [
      ["Gemeente", "Inwoners", "Mutaties"],
      ["Epe", 10, 3],
      ["Hattem", 5, 2],
      ["Heerde", 7, 1],
      ["Stedendriehoek-noord", 22, 6],
    ];
    const layout = detectLayout(cells);
    expect(layout.dataRows).toEqual([1, 2, 3]);
    expect(layout.left).toEqual([{ row: 4, reason: "total", text: "Stedendriehoek-noord" }]);
  });

  it("finds no header in a sheet without one, and claims no rows", () => {
    expect(
      detectLayout([
        [1, 2],
        [3, 4],
      ]),
    ).toEqual({ headerRow: null, headers: [], nameColumn: null, dataRows: [], left: [] });
  });

  it("every row below the header is either a municipality or left out with a reason, never both or neither", () => {
    const cell = fc.oneof(fc.constantFrom("", "n.b.", "-", "Totaal", "Bron: CBS"), fc.nat(5000), fc.string({ maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 12 }), (body) => {
        const cells = [["Gemeente", "Inwoners", "Mutaties"], ...body];
        const layout = detectLayout(cells);
        if (layout.headerRow === null) return;
        const rows = [...layout.dataRows, ...layout.left.map((l) => l.row)].sort((a, b) => a - b);
        expect(rows).toEqual(Array.from({ length: cells.length }, (_, i) => i).filter((r) => r !== layout.headerRow));
      }),
      cases(100, 20261203),
    );
  });
});

describe("suggestMapping: which source column holds which figure", () => {
  it("maps the export's headers by their words alone (years, units and spanning headers ignored)", () => {
    const layout = detectLayout(EXPORT);
    expect(suggestMapping(layout.headers, { nameColumn: layout.nameColumn })).toEqual({
      name: 0,
      lettingsSocial: 1,
      lettingsCheap: 2,
      population: 3,
      realised: 4,
      origin: null,
      stock: null,
    });
  });

  it("prefers the latest year among equally good headers and uses each source column once", () => {
    const headers = ["Gemeente", "Toewijzingen 2023", "Toewijzingen 2024", "Woningvoorraad", "Inwonertal", "Herkomst"];
    expect(suggestMapping(headers)).toEqual({
      name: 0,
      population: 4,
      lettingsSocial: 2,
      lettingsCheap: null,
      realised: null,
      origin: 5,
      stock: 3,
    });
  });

  it("suggests nothing for a header it does not understand", () => {
    expect(suggestMapping(["Kolom1", "Kolom2"])).toEqual({
      name: null,
      population: null,
      lettingsSocial: null,
      lettingsCheap: null,
      realised: null,
      origin: null,
      stock: null,
    });
  });
});

describe("readSourceValue: a cell read as a person reads it", () => {
  it.each([
    [422, { kind: "number", value: 422 }],
    ["1234", { kind: "number", value: 1234 }],
    [null, { kind: "unknown", marker: "" }],
    ["n.b.", { kind: "unknown", marker: "n.b." }],
    [" – ", { kind: "unknown", marker: "–" }],
    ["Onbekend", { kind: "unknown", marker: "Onbekend" }],
    ["1.234", { kind: "refused", reason: "ambiguous", text: "1.234" }],
    ["12,000", { kind: "refused", reason: "ambiguous", text: "12,000" }],
    [12.5, { kind: "refused", reason: "notWhole", text: "12.5" }],
    [-3, { kind: "refused", reason: "negative", text: "-3" }],
    ["zeven", { kind: "refused", reason: "text", text: "zeven" }],
  ])("%p", (cell, expected) => {
    expect(readSourceValue(cell)).toEqual(expected);
  });

  it("never reads an unknown marker or a blank as 0", () => {
    for (const marker of ["", " ", "n.b.", "NB", "-", "—", ".", "x", "?"]) expect(readSourceValue(marker).kind).toBe("unknown");
  });
});
