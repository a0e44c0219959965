/**
 * The bad-input catalogue: what a user can get wrong, across the THUIS functions, the Excel
 * adapter and the pane — each with the exact message the user sees, and proof that no user
 * cell changed (function inputs are frozen and compared; the fake workbook is snapshotted).
 */
import { STEDENDRIEHOEK_2024 } from "../src/data";
import { DEFAULT_SETTINGS } from "../src/scenario";
import { ERROR_KINDS, InputError } from "../src/engine";
import { toExcelError } from "../src/functions/errors";
import * as thuis from "../src/functions/wrappers";
import { createExcelGateway } from "../src/excel/gateway";
import { AdapterError } from "../src/excel/types";
import { initialState, reducer } from "../src/taskpane/state/wizard";
import { previewOf, problemsOf, settingsOf, warningsOf } from "../src/taskpane/state/derive";
import { installFakeExcel } from "./fake-excel/fakeExcel";
import { WorkbookModel } from "./fake-excel/model";

const col = (...xs: unknown[]) => xs.map((x) => [x]);
const EXCEL = { invalidValue: "#VALUE!", divisionByZero: "#DIV/0!" } as const;

function deepFreeze<T>(x: T): T {
  if (Array.isArray(x)) {
    x.forEach(deepFreeze);
    Object.freeze(x);
  }
  return x;
}

/**
 * [function, arguments, Excel error, exact Dutch message]. Excel shows a custom message only
 * with #VALUE! and #N/A, so every input the user can fix is #VALUE!; #DIV/0! (no message
 * shown) only where there is nothing to divide by.
 */
const functionCases: [string, unknown[], string, string][] = [
  ["FAIRSHARE", [1170, col(100, -1), null], "#VALUE!", "rij 2: gewicht is negatief (-1)"],
  ["FAIRSHARE", [1170, col(100, "veel"), null], "#VALUE!", 'rij 2: gewicht is geen getal ("veel")'],
  ["FAIRSHARE", [1170, col(0, 0, 0), null], "#DIV/0!", "alle waarden van gewicht zijn 0 of leeg: er is niets om naar te verdelen"],
  ["FAIRSHARE", [1170, col(null, ""), null], "#DIV/0!", "alle waarden van gewicht zijn 0 of leeg: er is niets om naar te verdelen"],
  ["FAIRSHARE", [1170, col(0, null), null], "#DIV/0!", "alle waarden van gewicht zijn 0 of leeg: er is niets om naar te verdelen"],
  ["FAIRSHARE", [1e12, col(1, 2), null], "#VALUE!", "totaal is te groot (1.000.000.000.000; maximaal 1.000.000.000)"],
  ["FAIRSHARE", [-5, col(1, 2), null], "#VALUE!", "totaal is negatief (-5)"],
  ["FAIRSHARE", [10.5, col(1, 2), null], "#VALUE!", "totaal moet een geheel aantal zijn (10,5)"],
  ["FAIRSHARE", [10.0000001, col(1, 2), null], "#VALUE!", "totaal moet een geheel aantal zijn (10,0000001)"],
  ["FAIRSHARE", ["tien", col(1, 2), null], "#VALUE!", 'totaal is geen getal ("tien")'],
  ["FAIRSHARE", [null, col(1, 2), null], "#VALUE!", "totaal ontbreekt (lege cel)"],
  [
    "FAIRSHARE",
    [
      10,
      [
        [1, 2],
        [3, 4],
      ],
      null,
    ],
    "#VALUE!",
    "gewicht is een blok van 2 kolommen: geef per kolom een factor (samen 1), of gebruik één rij of kolom",
  ],
  ["FAIRSHARE", [[[10, 20]], col(1, 2), null], "#VALUE!", "totaal moet één waarde zijn, geen bereik van meerdere cellen"],
  ["FAIRSHARE", [10, [[1], [2, 3]], null], "#VALUE!", "gewicht moet één rij of één kolom zijn, geen blok van meerdere rijen en kolommen"],
  ["FAIRSHARE", [10, col(1, 2), "loting"], "#VALUE!", 'onbekende methode "loting"; kies "hamilton", "webster" of "dhondt"'],
  ["FAIRSHARE", [10, col(1, 2), col("hamilton", "webster")], "#VALUE!", "methode moet één waarde zijn, geen bereik van meerdere cellen"],
  ["FAIRSHARE", [10, [[1, NaN]], null], "#VALUE!", "kolom 2: gewicht is geen eindig getal"],
  ["FAIRSHARE", [10, col(1, 1e13), null], "#VALUE!", "rij 2: gewicht is te groot (10.000.000.000.000; maximaal 1.000.000.000.000)"],
  ["FAIRSHARE", [10, col(1, -1e-7), null], "#VALUE!", "rij 2: gewicht is negatief (-0,0000001)"],
  ["FAIRSHARE", [10, col(true), null], "#VALUE!", "gewicht is geen getal (WAAR)"],
  ["CAP30", [col(100, -3), null, null], "#VALUE!", "rij 2: mutaties is negatief (-3)"],
  ["CAP30", [col(100, 2.5), null, null], "#VALUE!", "rij 2: mutaties moet een geheel aantal zijn (2,5)"],
  ["CAP30", [col(100), 30, null], "#VALUE!", "aandeel moet tussen 0 en 1 liggen (30); gebruik 30% of 0,3"],
  ["CAP30", [col(100), -0.3, null], "#VALUE!", "aandeel moet tussen 0 en 1 liggen (-0,3); gebruik 30% of 0,3"],
  ["CAP30", [col(100), 1.0000001, null], "#VALUE!", "aandeel moet tussen 0 en 1 liggen (1,0000001); gebruik 30% of 0,3"],
  ["CAP30", [col(100), "130%", null], "#VALUE!", 'aandeel moet tussen 0 en 1 liggen ("130%"); gebruik 30% of 0,3'],
  ["CAP30", [col(100), "dertig", null], "#VALUE!", 'aandeel is geen getal ("dertig")'],
  ["CAP30", [col(100), null, "bankiers"], "#VALUE!", 'onbekende afronding "bankiers"; kies "round", "down" of "up"'],
  ["CAP30", [col(100), [[0.3, 0.2]], null], "#VALUE!", "aandeel moet één waarde zijn, geen bereik van meerdere cellen"],
  ["CAP30", [col(100), null, col("down", "up")], "#VALUE!", "afronding moet één waarde zijn, geen bereik van meerdere cellen"],
  [
    "CAP30",
    [
      [
        [1, 2],
        [3, 4],
      ],
      null,
      null,
    ],
    "#VALUE!",
    "mutaties moet één rij of één kolom zijn, geen blok van meerdere rijen en kolommen",
  ],
  ["MIN15", [col("n.v.t."), null, null], "#VALUE!", 'mutaties is geen getal ("n.v.t.")'],
  ["MIN15", [col(1e12), null, null], "#VALUE!", "mutaties is te groot (1.000.000.000.000; maximaal 1.000.000.000)"],
  ["MIN15", [col(10), 2, null], "#VALUE!", "aandeel moet tussen 0 en 1 liggen (2); gebruik 30% of 0,3"],
  ["SHORTFALL", [col(1, 2), col(1), null], "#VALUE!", "vraag en aanbod moeten even groot zijn"],
  ["SHORTFALL", [col(1, 2), [[1, 2]], null], "#VALUE!", "vraag en aanbod moeten even groot zijn"],
  [
    "SHORTFALL",
    [
      col(1, 2),
      [
        [1, 2],
        [3, 4],
      ],
      null,
    ],
    "#VALUE!",
    "aanbod moet één rij of één kolom zijn, geen blok van meerdere rijen en kolommen",
  ],
  ["SHORTFALL", [col(1), col(1), "landelijk"], "#VALUE!", 'onbekende modus "landelijk"; kies "region" of "local"'],
  ["SHORTFALL", [col(1, 2), col(1, 2), [["region", "local"]]], "#VALUE!", "modus moet één waarde zijn, geen bereik van meerdere cellen"],
  ["SHORTFALL", [col(1, -1), col(1, 1), null], "#VALUE!", "rij 2: vraag is negatief (-1)"],
  ["SHORTFALL", [[[1, 2]], [[1, "vol"]], null], "#VALUE!", 'kolom 2: aanbod is geen getal ("vol")'],
  ["SHORTFALL", [col(1, 2.5), col(1, 1), null], "#VALUE!", "rij 2: vraag moet een geheel aantal zijn (2,5)"],
  ["REDISTRIBUTE", [col(1, 2), col(1), null], "#VALUE!", "vraag en capaciteit moeten even groot zijn"],
  [
    "REDISTRIBUTE",
    [col(5, 0), col(1, 3), col(0, 0)],
    "#DIV/0!",
    "alle waarden van gewicht zijn 0 of leeg: er is niets om naar te verdelen",
  ],
  [
    "REDISTRIBUTE",
    [col(5, 0), col(1, 3), col(null, "")],
    "#DIV/0!",
    "alle waarden van gewicht zijn 0 of leeg: er is niets om naar te verdelen",
  ],
  ["REDISTRIBUTE", [col(5, 0), col(1, 3), col(1)], "#VALUE!", "vraag en gewicht moeten even groot zijn"],
  ["REDISTRIBUTE", [col(5, 0), col(1, "vol"), null], "#VALUE!", 'rij 2: capaciteit is geen getal ("vol")'],
  ["GROWTHPATH", [795, 1170, 2035, 2024], "#VALUE!", "het eindjaar 2024 ligt vóór het beginjaar 2035"],
  ["GROWTHPATH", [795, 1170, 1900, 2035], "#VALUE!", "het groeipad is langer dan 100 jaar"],
  ["GROWTHPATH", [795, 1170, 24, 35], "#VALUE!", "beginjaar moet een jaartal tussen 1900 en 2200 zijn (24)"],
  ["GROWTHPATH", [795, 1170, 2024, 20350], "#VALUE!", "eindjaar moet een jaartal tussen 1900 en 2200 zijn (20350)"],
  ["GROWTHPATH", [795, 1170, 2024.5, 2035], "#VALUE!", "beginjaar moet een geheel aantal zijn (2024,5)"],
  ["GROWTHPATH", [795, 1170, col(2024, 2025), 2035], "#VALUE!", "beginjaar moet één waarde zijn, geen bereik van meerdere cellen"],
  ["GROWTHPATH", [col(1, 2), col(1), 2024, 2035], "#VALUE!", "beginwaarde en doelwaarde moeten even groot zijn"],
  ["GROWTHPATH", [col(1, -2), col(1, 2), 2024, 2035], "#VALUE!", "rij 2: beginwaarde is negatief (-2)"],
  ["GROWTHPATH", [[[1, -2]], [[1, 2]], 2024, 2035], "#VALUE!", "kolom 2: beginwaarde is negatief (-2)"],
  ["CARRYOVER", [[[1, 2]], [[1]], null], "#VALUE!", "opgave en realisatie moeten even groot zijn"],
  ["CARRYOVER", [[[1, 2]], [[1, 2]], "soms"], "#VALUE!", 'tegoed toestaan moet WAAR of ONWAAR zijn ("soms")'],
  [
    "CARRYOVER",
    [
      [
        [1, 2],
        [3, "x"],
      ],
      [
        [1, 2],
        [3, 4],
      ],
      null,
    ],
    "#VALUE!",
    'rij 2, kolom 2: opgave is geen getal ("x")',
  ],
  ["MUTATIONRATE", [col(5, 6), col(0, 0)], "#DIV/0!", "de woningvoorraad is in totaal 0: delen door 0"],
  ["MUTATIONRATE", [col(5, 6), col(null, "")], "#DIV/0!", "de woningvoorraad is in totaal 0: delen door 0"],
  ["MUTATIONRATE", [col(5, 6), col(100)], "#VALUE!", "mutaties en woningvoorraad moeten even groot zijn"],
  [
    "FAIRSHARE",
    [
      10,
      [
        [1, 2],
        [3, 4],
      ],
      null,
      [[0.5, 0.4]],
    ],
    "#VALUE!",
    "de factoren tellen op tot 0,9, niet tot 1; gebruik bijv. 50% en 50% of 0,5 en 0,5",
  ],
  [
    "FAIRSHARE",
    [
      10,
      [
        [1, 2],
        [3, 4],
      ],
      null,
      [[0.5], [0.25], [0.25]],
    ],
    "#VALUE!",
    "het aantal factoren (3) verschilt van het aantal sleutelkolommen (2)",
  ],
  [
    "FAIRSHARE",
    [
      10,
      [
        [1, 2],
        [3, 4],
      ],
      null,
      [[1.5, -0.5]],
    ],
    "#VALUE!",
    "kolom 2: factor is negatief (-0,5)",
  ],
  [
    "FAIRSHARE",
    [
      10,
      [
        [1, 0],
        [3, 0],
      ],
      null,
      [[0.5, 0.5]],
    ],
    "#DIV/0!",
    "kolom 2: de sleutelkolom telt op tot 0 over de rijen die meedoen: delen door 0",
  ],
  ["ADJUST", [col(5, 12, 3), col(null, -20, null), null], "#VALUE!", "rij 2: de correctie (-20) maakt de verdeling (12) negatief"],
  [
    "ADJUST",
    [col(5, 5), col(6, null), null],
    "#VALUE!",
    "de correcties vragen samen 6 extra, maar de rijen zonder correctie kunnen er maar 5 afstaan",
  ],
  [
    "ADJUST",
    [col(5, 5), col(-3, 0), null],
    "#VALUE!",
    "de correcties geven samen 3 vrij, maar er is geen rij zonder correctie met een gewicht groter dan 0 om ze over te verdelen",
  ],
  ["ADJUST", [col(5, 5), col(1.5, null), null], "#VALUE!", "rij 1: correctie moet een geheel aantal zijn (1,5)"],
  ["ADJUST", [col(5, 5), [[1, null]], null], "#VALUE!", "verdeling en correctie moeten even groot zijn"],
  [
    "GROUPSHARE",
    [[[1, 1]], [[3]], [[1, 1]], null],
    "#VALUE!",
    "de totalen per gemeente tellen op tot 3 en de behoeften per groep tot 2: die moeten gelijk zijn",
  ],
  [
    "GROUPSHARE",
    [
      [
        [0, 0],
        [1, 1],
      ],
      col(1, 1),
      [[1, 1]],
      null,
    ],
    "#VALUE!",
    "rij 1: totaal is 1, maar deze rij heeft geen gewicht groter dan 0 in een kolom met een behoefte groter dan 0",
  ],
  [
    "GROUPSHARE",
    [
      [
        [1, 0],
        [1, 0],
        [1, 1],
      ],
      col(1, 1, 1),
      [[1, 2]],
      null,
    ],
    "#VALUE!",
    "kolom 2 heeft een behoefte van 2, maar alleen rij 3 heeft daar een gewicht groter dan 0, met samen een totaal van 1: de nullen in " +
      "de gewichten maken het onmogelijk om alle totalen en behoeften precies te halen",
  ],
  [
    "GROUPSHARE",
    [[[1, 1]], [[2]], [[1, 1]], "hamilton"],
    "#VALUE!",
    'onbekende methode "hamilton"; kies "webster" (gewoon afronden) of "dhondt" (naar beneden afronden)',
  ],
  ["GROUPSHARE", [[[1, -2]], [[2]], [[1, 1]], null], "#VALUE!", "rij 1, kolom 2: gewicht is negatief (-2)"],
];

/** Kinds of InputError the catalogue produced, checked for coverage at the end of the file. */
const kindsSeen = new Set<string>();

describe("THUIS functions: Excel error, exact message, inputs untouched", () => {
  test.each(functionCases)("%s with %j", (name, args, excel, message) => {
    const frozen = deepFreeze(
      JSON.parse(
        JSON.stringify(args, (_k, v) => (Number.isNaN(v) ? "__NaN__" : v)),
        (_k, v) => (v === "__NaN__" ? NaN : v),
      ),
    );
    const before = JSON.stringify(frozen);
    let caught: unknown;
    try {
      (thuis as unknown as Record<string, (...a: unknown[]) => unknown>)[name](...frozen);
    } catch (e) {
      caught = e;
    }
    const { code, message: text } = toExcelError(caught, "nl");
    expect(caught).toBeInstanceOf(InputError); // a bug would surface as a plain Error
    kindsSeen.add((caught as InputError).kind);
    expect(EXCEL[code]).toBe(excel);
    expect(text).toBe(message);
    expect(JSON.stringify(frozen)).toBe(before);
  });
});

describe("Excel adapter: refusal, exact message, no user cell changed", () => {
  let model: WorkbookModel;
  const gateway = () => createExcelGateway();
  const request = (over = {}) => ({
    sheetName: "Verdeling 2024",
    tableName: "Gemeenten",
    settings: DEFAULT_SETTINGS,
    region: "Regio Stedendriehoek",
    year: 2024,
    sources: STEDENDRIEHOEK_2024.sources,
    replaceOwnSheet: false,
    language: "nl" as const,
    ...over,
  });
  beforeEach(async () => {
    model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
    model.put("Blad1", "A1", [["eigen werk van de gebruiker", 42]]);
    await gateway().writeMunicipalityTable(STEDENDRIEHOEK_2024);
  });

  const adapterCases: [string, (m: WorkbookModel) => Promise<void> | void, () => Promise<unknown>, string][] = [
    [
      "a sheet name taken by the user",
      (m) => m.put("Verdeling 2024", "A1", [["notities"]]),
      () => gateway().writeScenarioSheet(request()),
      "De naam 'Verdeling 2024' is al in gebruik voor uw eigen gegevens. Er is niets gewijzigd. Kies een andere naam, bijvoorbeeld " +
        "'Verdeling 2024 (2)'.",
    ],
    [
      "user content where the wider update would write",
      async (m) => {
        await gateway().writeScenarioSheet(request({ settings: { ...DEFAULT_SETTINGS, solidarity: false, growth: null } }));
        m.put("Verdeling 2024", "G13", [["eigen som"]]);
      },
      () => gateway().writeScenarioSheet(request({ replaceOwnSheet: true })),
      "Op het blad 'Verdeling 2024' staan cellen die Verdeelwijzer niet heeft geschreven (G13). Om niets te overschrijven is er niets " +
        "gewijzigd. Gebruik een nieuw blad, bijvoorbeeld 'Verdeling 2024 (2)'.",
    ],
    [
      "a protected sheet",
      async (m) => {
        await gateway().writeScenarioSheet(request());
        m.sheet("Verdeling 2024")!.protected = true;
      },
      () => gateway().writeScenarioSheet(request({ replaceOwnSheet: true })),
      "Het blad 'Verdeling 2024' is beveiligd. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) en probeer het opnieuw; " +
        "er is niets gewijzigd.",
    ],
    [
      "a cell in edit mode",
      (m) => void (m.editMode = true),
      () => gateway().writeScenarioSheet(request()),
      "Excel is bezig met het bewerken van een cel. Druk op Enter of Esc in de cel en probeer het opnieuw; er is niets gewijzigd.",
    ],
    [
      "the municipality table is gone",
      () => undefined,
      () => gateway().writeScenarioSheet(request({ tableName: "Weg" })),
      "De tabel 'Weg' met gemeentegegevens is niet gevonden in deze werkmap.",
    ],
    [
      "replacing the add-in's own sheet without asking",
      async () => void (await gateway().writeScenarioSheet(request())),
      () => gateway().writeScenarioSheet(request()),
      "Het blad 'Verdeling 2024' is eerder door Verdeelwijzer gemaakt. Bevestig dat het bijgewerkt mag worden.",
    ],
    [
      "a user's own table called Gemeenten",
      (m) => {
        m.settings.clear();
        m.tables.push({ ...m.tables[0], name: "Gemeenten_2" }); // the first free name is Gemeenten_3
      },
      () => gateway().writeMunicipalityTable(STEDENDRIEHOEK_2024),
      "Deze werkmap heeft al een eigen tabel 'Gemeenten'. Er is niets gewijzigd. Kies bij Regio 'Tabel in deze werkmap' om die tabel te " +
        "gebruiken, of geef uw tabel een andere naam.",
    ],
  ];

  test.each(adapterCases)("%s", async (_name, setup, step, message) => {
    await setup(model);
    const before = model.snapshot();
    let error: unknown;
    try {
      await step();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AdapterError);
    expect((error as AdapterError).info.nl).toBe(message);
    model.editMode = false;
    expect(model.snapshot()).toEqual(before);
    expect(model.sheet("Blad1")!.get(0, 0)?.value).toBe("eigen werk van de gebruiker");
  });

  test("an Excel without ExcelApi 1.13", async () => {
    model.apiSets.set("ExcelApi", "1.9");
    expect(await gateway().checkSupport()).toMatchObject({ ok: false, missing: ["ExcelApi 1.13"], problem: { kind: "unsupported" } });
  });
});

describe("task pane: field messages as the user types, nothing written meanwhile", () => {
  const edit = (column: "population" | "lettingsSocial" | "lettingsCheap" | "realised", text: string, row = 0) =>
    reducer(initialState(), { type: "editCell", row, column, text });
  const paneCases: [string, () => string[], string[]][] = [
    [
      "negative lettings",
      () => problemsOf(edit("lettingsSocial", "-10")).map((p) => p.error.messages.nl),
      ["rij 1: mutaties is negatief (-10)"],
    ],
    [
      "text in a number field",
      () => problemsOf(edit("realised", "onbekend")).map((p) => p.error.messages.nl),
      ['rij 1: realisatie is geen getal ("onbekend")'],
    ],
    [
      "a fraction of a household",
      () => problemsOf(edit("realised", "30,5")).map((p) => p.error.messages.nl),
      ["rij 1: realisatie moet een geheel aantal zijn (30,5)"],
    ],
    [
      "a 0 where peers have hundreds",
      () => warningsOf(edit("lettingsSocial", "0", 1)).map((w) => `${w.row}:${w.column}:${w.value}`),
      ["2:lettingsSocial:0", "7:lettingsCheap:0", "8:lettingsCheap:0", "9:lettingsCheap:0"],
    ],
    [
      "a municipality name given twice",
      () =>
        problemsOf(
          reducer(reducer(initialState(), { type: "chooseSource", source: "empty" }), { type: "setEmptyNames", text: "Epe\nEPE" }),
        ).map((p) => p.error.messages.nl),
      ['rij 2: gemeente "EPE" komt meer dan één keer voor'],
    ],
    [
      "an empty municipality name",
      () =>
        problemsOf(
          reducer(reducer(initialState(), { type: "chooseSource", source: "workbook" }), {
            type: "tableRead",
            read: {
              tableName: "Gemeenten",
              rowAddresses: ["A2", "A3"],
              rows: [
                { name: "Epe", population: 33_000 },
                { name: "", population: 12_000 },
              ],
            } as never,
          }),
        ).map((p) => p.error.messages.nl),
      ["rij 2: gemeente: de naam is leeg"],
    ],
    [
      "a cap of 130%",
      () => Object.keys(settingsOf(reducer(initialState(), { type: "setSharePercent", share: "capShare", value: "130" })).errors),
      ["capShare"],
    ],
    [
      "a growth path ending before it starts",
      () => Object.keys(settingsOf(reducer(initialState(), { type: "set", field: "growthEnd", value: "2010" })).errors),
      ["growthEnd"],
    ],
    [
      "all populations blank",
      () => {
        let s = initialState();
        s.rows.forEach((_, i) => (s = reducer(s, { type: "editCell", row: i, column: "population", text: "" })));
        return [previewOf(s).error!.messages.nl];
      },
      ["alle waarden van inwonertal zijn 0 of leeg: er is niets om naar te verdelen"],
    ],
  ];
  test.each(paneCases)("%s", (_name, run, expected) => {
    const model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
    model.put("Blad1", "A1", [["eigen werk"]]);
    const before = model.snapshot();
    expect(run()).toEqual(expected);
    expect(model.snapshot()).toEqual(before);
    expect(model.syncCount).toBe(0); // validation never touches the workbook
  });
});

describe("coverage", () => {
  test("every function case is a different input, every message is about it", () => {
    const inputs = functionCases.map(([name, args]) => `${name} ${JSON.stringify(args, (_k, v) => (Number.isNaN(v) ? "NaN" : v))}`);
    expect(new Set(inputs).size).toBe(inputs.length);
  });

  test("every THUIS function and every kind of input error is in the catalogue", () => {
    expect(new Set(functionCases.map((c) => c[0]))).toEqual(new Set(Object.keys(thuis)));
    // dataset-only kinds: a duplicate or empty municipality name (pane cases above) and a
    // region without municipalities (engine test badInput.test.ts)
    // and the monitor's kinds (a year outside the path, thresholds, pasted names), whose exact
    // messages are in test/engine/monitor.test.ts and test/data/matchNames.test.ts
    const datasetOnly = ["duplicateName", "emptyName", "empty", "yearOutsidePath", "thresholdOrder", "unknownName", "ambiguousName"];
    expect([...kindsSeen].sort()).toEqual(ERROR_KINDS.filter((k) => !datasetOnly.includes(k)).sort());
  });
});
