/**
 * The Monitor through the gateway, against the fake Excel: the sheet created from the
 * scenario sheet's growth path (formulas, formats, status colours, validation, line chart,
 * frozen names, ownership), re-runs that keep every realised figure, one year entered by name,
 * every refusal with its exact message and nothing changed, the written sheet computed with
 * HyperFormula equal to computeMonitor, and at most 3 context.sync per step.
 */
import { monitorRequest, rejection, scenarioRequest as seedScenarioRequest, syncsOf as countSyncs } from "./gatewayFixtures";
import fc from "fast-check";
import { STEDENDRIEHOEK_2024 } from "../../src/data";
import { DEFAULT_SETTINGS } from "../../src/scenario";
import { STATUS_WORDS, computeMonitor } from "../../src/engine/monitor";
import { parseAddress } from "../../src/sheets/a1";
import type { WorkbookGateway } from "../../src/excel/gateway";
import { installFakeExcel } from "../fake-excel/fakeExcel";
import { WorkbookModel } from "../fake-excel/model";
import { evaluateWorkbook } from "./hyperformulaThuis";
import { computeLikeExcel } from "../../src/preview/calculation";
import { cases } from "../cases";

let model: WorkbookModel;
let gateway: WorkbookGateway;

beforeEach(async () => {
  model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
  // Excel computes the formulas the adapter reads back (the monitor's live targets): the preview's evaluator
  computeLikeExcel(model);
  const { createExcelGateway } = await import("../../src/excel/gateway");
  gateway = createExcelGateway();
});

const scenarioRequest = seedScenarioRequest();

const syncsOf = (step: () => Promise<unknown>) => countSyncs(() => model, step);

const cellOf = (sheet: string, a1: string) => {
  const b = parseAddress(a1);
  const c = model.sheet(sheet)!.get(b.row, b.column);
  return c?.formula ?? c?.value;
};

async function withScenario(): Promise<void> {
  await gateway.writeMunicipalityTable(STEDENDRIEHOEK_2024);
  await gateway.writeScenarioSheet(scenarioRequest);
}

const NAMES = STEDENDRIEHOEK_2024.municipalities.map((m) => m.name);

describe("creating the monitor", () => {
  beforeEach(withScenario);

  test(
    "targets from the scenario's growth path, realised input with validation, CARRYOVER, status colours, line chart, frozen " + "names",
    async () => {
      const result = await gateway.writeMonitorSheet(monitorRequest());
      expect(result).toMatchObject({ sheetName: "Monitor", updated: false, chartName: "VerdeelwijzerMonitor", kept: 0, dropped: [] });
      const sheet = model.sheet("Monitor")!;
      expect(cellOf("Monitor", "A1")).toBe("Monitor huisvesting urgente aandachtsgroepen — Regio Stedendriehoek, 2024–2035");
      expect(cellOf("Monitor", "A21")).toBe("Apeldoorn");
      expect(cellOf("Monitor", "C21")).toBe("=IF(ISNUMBER('Verdeling 2024'!B27),'Verdeling 2024'!B27,\"\")");
      expect(cellOf("Monitor", "N29")).toBe("=IF(ISNUMBER('Verdeling 2024'!M35),'Verdeling 2024'!M35,\"\")");
      expect(String(cellOf("Monitor", "C47"))).toMatch(/^=THUIS\.CARRYOVER\(\$?C21:N29,\$?C34:N42,\$B\$5\)$/);
      expect(sheet.validations).toEqual([
        expect.objectContaining({
          address: "Monitor!C34:N42",
          rule: { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
          ignoreBlanks: true,
        }),
      ]);
      const colours = sheet.conditionalFormats.filter((c) => c.rule?.formula1 === '="ver achter"');
      expect(colours).toHaveLength(2);
      expect(colours[0]).toMatchObject({ type: "CellValue", rule: { operator: "EqualTo" }, fill: "#FDE7E9", fontColor: "#A4262C" });
      expect(sheet.charts).toEqual([
        expect.objectContaining({ name: "VerdeelwijzerMonitor", type: "Line", source: "Monitor!B15:N17", seriesBy: "Rows" }),
      ]);
      expect(sheet.frozenColumns).toBe(2);
      expect(model.settings.get("Verdeelwijzer")).toMatchObject({
        sheets: { Monitor: { kind: "monitor", charts: ["VerdeelwijzerMonitor"], monitor: { names: NAMES, realised: "C34:N42" } } },
      });
      expect(result.read.monitor.summary.latestYear).toBeNull();
      expect(result.read.cells.realised[2025]).toBe("D34:D42");
    },
  );

  test("fixed yearly targets: input cells in column B of Opgave", async () => {
    await gateway.writeMonitorSheet(
      monitorRequest({ target: { kind: "fixed", names: ["Aa", "Bb"], values: [10, 4] }, startYear: 2025, endYear: 2027 }),
    );
    expect(cellOf("Monitor", "B21")).toBe(10);
    expect(cellOf("Monitor", "C21")).toBe('=IF(ISNUMBER($B21),$B21,"")');
    const read = await gateway.readMonitor("Monitor");
    expect(read.monitor.rows[1].years.map((y) => y.target)).toEqual([4, 4, 4]);
  });
});

describe("a monitoring round", () => {
  beforeEach(async () => {
    await withScenario();
    await gateway.writeMonitorSheet(monitorRequest());
  });

  test("17.7 the summary reads the live targets: an edit of the municipality table shows at once, in the same round trips", async () => {
    await gateway.enterRealisation({ sheetName: "Monitor", year: 2024, pairs: NAMES.map((n) => [n, 30]) });
    const before = await gateway.readMonitor("Monitor");
    // the user doubles Apeldoorn's weight in the table: Excel recomputes the growth path, and the Monitor's targets with it
    const table = model.table("Gemeenten")!;
    model.put(table.sheet, "B2", [[844]]);
    let after: Awaited<ReturnType<typeof gateway.readMonitor>> | null = null;
    expect(await syncsOf(async () => (after = await gateway.readMonitor("Monitor")))).toBeLessThanOrEqual(2);
    const read = after!;
    expect(read.monitor.rows[0].years[11].target).toBeGreaterThan(before.monitor.rows[0].years[11].target!);
    expect(read.monitor.rows[1].years[11].target).toBeLessThan(before.monitor.rows[1].years[11].target!);
    const { value } = evaluateWorkbook(model, { excelBlanks: true });
    NAMES.forEach((_, i) =>
      read.years.forEach((_y, k) => expect(read.monitor.rows[i].years[k].target).toBe(value("Monitor", 20 + i, 2 + k))),
    );
    // the summary follows: the region's cumulative target is the sheet's
    expect(read.monitor.summary.cumulativeTarget).toBe(read.monitor.rows.reduce((s, r) => s + r.years[0].target!, 0));
  });

  test("entering 2025 by pasted names writes that column only; missing names keep their cell", async () => {
    model.put("Monitor", "D40", [[7]]); // Epe (7th), typed by the user earlier
    const pairs: [string, number][] = NAMES.filter((n) => n !== "Epe").map((name, i) => [name.toUpperCase(), 10 + i]);
    const result = await gateway.enterRealisation({
      sheetName: "Monitor",
      year: 2025,
      pairs: [["Gemeente", "Realisatie 2025"], ...pairs] as [string, string | number][],
    });
    expect(result).toMatchObject({ address: "Monitor!D34:D42", written: 8, missing: ["Epe"], skippedHeader: true });
    expect(
      model
        .sheet("Monitor")!
        .grid(parseAddress("D34:D42"))
        .map((r) => r[0]),
    ).toEqual([10, 11, 12, 13, 14, 15, 7, 16, 17]);
    expect(
      model
        .sheet("Monitor")!
        .grid(parseAddress("C34:C42"))
        .flat()
        .every((v) => v === ""),
    ).toBe(true);
    expect(result.read.monitor.rows[6].years[1].realised).toBe(7);
  });

  test("re-running (new end year, English, other thresholds) keeps every realised figure with its municipality and year", async () => {
    await gateway.enterRealisation({ sheetName: "Monitor", year: 2024, pairs: NAMES.map((n, i) => [n, 20 + i]) });
    await gateway.enterRealisation({ sheetName: "Monitor", year: 2026, pairs: [["Zutphen", 0]] });
    model.put("Monitor", "Z80", [["eigen notitie"]]);
    const again = await gateway.writeMonitorSheet(
      monitorRequest({ replaceOwnSheet: true, endYear: 2036, language: "en", thresholds: { onTrack: 0.8, behind: 0.5 } }),
    );
    expect(again).toMatchObject({ updated: true, kept: 10, dropped: [] });
    const read = await gateway.readMonitor("Monitor");
    expect(read.years).toHaveLength(13);
    expect(read.monitor.rows.map((r) => r.years[0].realised)).toEqual(NAMES.map((_, i) => 20 + i));
    expect(read.monitor.rows[5].years[2].realised).toBe(0);
    expect(cellOf("Monitor", "Z80")).toBe("eigen notitie");
    expect(model.sheet("Monitor")!.charts).toHaveLength(1);
    expect(model.sheet("Monitor")!.conditionalFormats).toHaveLength(6);
    expect(read.thresholds).toEqual({ onTrack: 0.8, behind: 0.5 });
  });

  test(
    "the scenario sheet written again with other settings: the summary follows its new growth path, as the sheet's formulas " + "do",
    async () => {
      await gateway.enterRealisation({ sheetName: "Monitor", year: 2025, pairs: NAMES.map((n) => [n, 30]) });
      const before = await gateway.readMonitor("Monitor");
      await gateway.writeScenarioSheet({
        ...scenarioRequest,
        replaceOwnSheet: true,
        settings: { ...DEFAULT_SETTINGS, need: { kind: "number", value: 600 } },
      });
      const after = await gateway.readMonitor("Monitor");
      expect(after.monitor.rows[0].years[11].target).not.toBe(before.monitor.rows[0].years[11].target);
      const { value } = evaluateWorkbook(model);
      NAMES.forEach((_, i) =>
        after.years.forEach((_y, k) => expect(value("Monitor", 20 + i, 2 + k)).toBe(after.monitor.rows[i].years[k].target)),
      );
    },
  );

  test("readMonitor: the summary from the inputs (behind first, backlog carried)", async () => {
    await gateway.enterRealisation({
      sheetName: "Monitor",
      year: 2024,
      pairs: STEDENDRIEHOEK_2024.municipalities.map((m) => [m.name, m.realised]),
    });
    await gateway.enterRealisation({ sheetName: "Monitor", year: 2025, pairs: [["Apeldoorn", 0]] });
    const read = await gateway.readMonitor("Monitor");
    expect(read.monitor.summary.latestYear).toBe(2025);
    expect(read.monitor.summary.behind[0]).toMatchObject({ name: "Apeldoorn", status: "farBehind" });
    expect(read.monitor.summary.backlogCarried).toBe(read.monitor.rows[0].backlog);
    expect(read.cells.status[0]).toBe("B73");
  });
});

describe("bad input: a clear message, nothing changed", () => {
  beforeEach(async () => {
    await withScenario();
    await gateway.writeMonitorSheet(monitorRequest());
  });

  const cases: [string, { year: number; pairs: [string | null, string | number | null][] }, string][] = [
    [
      "a year outside the path",
      { year: 2037, pairs: [["Epe", 3]] },
      "De realisatie is niet ingevuld: jaar 2037 ligt buiten het groeipad 2024–2035. Er is niets gewijzigd.",
    ],
    [
      "a negative count",
      {
        year: 2025,
        pairs: [
          ["Epe", 3],
          ["Heerde", -1],
        ],
      },
      "De realisatie is niet ingevuld: rij 2: realisatie is negatief (-1). Er is niets gewijzigd.",
    ],
    [
      "a fractional count",
      { year: 2025, pairs: [["Epe", 2.5]] },
      "De realisatie is niet ingevuld: rij 1: realisatie moet een geheel aantal zijn (2,5). Er is niets gewijzigd.",
    ],
    [
      "a name not in the region",
      {
        year: 2025,
        pairs: [
          ["Epe", 3],
          ["Amsterdam", 4],
        ],
      },
      'De realisatie is niet ingevuld: rij 2: gemeente "Amsterdam" hoort niet bij de regio. Er is niets gewijzigd.',
    ],
    [
      "no municipality at all",
      { year: 2025, pairs: [] },
      "De realisatie is niet ingevuld: er staat geen enkele gemeente van de regio in de invoer. Er is niets gewijzigd.",
    ],
  ];
  test.each(cases)("%s", async (_label, entry, message) => {
    const before = model.snapshot();
    const e = await rejection(gateway.enterRealisation({ sheetName: "Monitor", ...entry }));
    expect(e.info.kind).toBe("badRealisation");
    expect(e.info.nl).toBe(message);
    expect(model.snapshot()).toEqual(before);
  });

  test("a typing error in a name: the one region name it probably means is offered, not applied", async () => {
    const e = await rejection(gateway.enterRealisation({ sheetName: "Monitor", year: 2025, pairs: [["Apeldorn", 60]] }));
    expect(e.info.problems).toEqual([
      {
        nl: 'rij 1: gemeente "Apeldorn" hoort niet bij de regio (bedoelt u Apeldoorn?)',
        en: 'row 1: municipality "Apeldorn" is not in the region (did you mean Apeldoorn?)',
      },
    ]);
  });

  test("several problems are listed together, the year first", async () => {
    const e = await rejection(
      gateway.enterRealisation({
        sheetName: "Monitor",
        year: 2040,
        pairs: [
          ["Amsterdam", 1],
          ["Epe", -2],
        ],
      }),
    );
    expect(e.info.problems!.map((p) => p.nl)).toEqual([
      "jaar 2040 ligt buiten het groeipad 2024–2035",
      'rij 1: gemeente "Amsterdam" hoort niet bij de regio',
      "rij 2: realisatie is negatief (-2)",
    ]);
  });

  test("a sheet that is not the monitor; a user's sheet of that name; an unconfirmed update; a scenario without growth path", async () => {
    const before = model.snapshot();
    expect((await rejection(gateway.enterRealisation({ sheetName: "Verdeling 2024", year: 2025, pairs: [["Epe", 1]] }))).info.nl).toBe(
      "Het blad 'Verdeling 2024' is geen monitorblad van Verdeelwijzer (of bestaat niet meer). Maak eerst de monitor; er is niets " +
        "gewijzigd.",
    );
    expect((await rejection(gateway.writeMonitorSheet(monitorRequest()))).info.kind).toBe("confirmReplace");
    expect((await rejection(gateway.writeMonitorSheet(monitorRequest({ sheetName: "Blad1" })))).info).toMatchObject({
      kind: "nameTaken",
      suggestedName: "Blad1 (2)",
    });
    expect((await rejection(gateway.writeMonitorSheet(monitorRequest({ sheetName: "Monitor 2", startYear: 2023 })))).info.nl).toBe(
      "Het scenarioblad 'Verdeling 2024' heeft geen groeipad dat 2023 dekt. Zet bij Scenario een groeipad aan en schrijf het blad " +
        "opnieuw; er is niets gewijzigd.",
    );
    expect(model.snapshot()).toEqual(before);
  });

  test("a user's cell where the wider monitor would write: userContent, nothing changed", async () => {
    model.put("Monitor", "O40", [["mijn cel"]]);
    const before = model.snapshot();
    const e = await rejection(gateway.writeMonitorSheet(monitorRequest({ replaceOwnSheet: true, endYear: 2036 })));
    expect(e.info).toMatchObject({ kind: "userContent", address: "O40" });
    expect(model.snapshot()).toEqual(before);
  });
});

describe("the written sheet, computed with HyperFormula, equals computeMonitor", () => {
  const cell = fc.oneof({ weight: 3, arbitrary: fc.nat(80) }, { weight: 1, arbitrary: fc.constant(null) });
  const region = fc
    .record({ n: fc.integer({ min: 1, max: 5 }), years: fc.integer({ min: 1, max: 6 }), credit: fc.boolean() })
    .chain(({ n, years, credit }) =>
      fc.record({
        n: fc.constant(n),
        credit: fc.constant(credit),
        years: fc.constant(years),
        targets: fc.array(fc.oneof({ weight: 5, arbitrary: fc.nat(60) }, { weight: 1, arbitrary: fc.constant(null) }), {
          minLength: n,
          maxLength: n,
        }),
        realised: fc.array(fc.array(cell, { minLength: years, maxLength: years }), { minLength: n, maxLength: n }),
      }),
    );

  test("random regions, fixed targets, blanks, credit", async () => {
    await fc.assert(
      fc.asyncProperty(region, async ({ n, credit, years, targets, realised }) => {
        model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
        const names = Array.from({ length: n }, (_, i) => `Gemeente ${String.fromCharCode(65 + i)}`);
        const request = monitorRequest({
          target: { kind: "fixed", names, values: targets },
          startYear: 2025,
          endYear: 2024 + years,
          allowCredit: credit,
        });
        await gateway.writeMonitorSheet(request);
        for (let k = 0; k < years; k++)
          await gateway.enterRealisation({ sheetName: "Monitor", year: 2025 + k, pairs: names.map((name, i) => [name, realised[i][k]]) });
        const read = await gateway.readMonitor("Monitor");
        const expected = computeMonitor(
          names.map((name, i) => ({ name, targets: Array(years).fill(targets[i]), realised: realised[i] })),
          { startYear: 2025, allowCredit: credit },
        );
        expect(read.monitor).toEqual(expected);
        expectSheetEquals(read.monitor, n, years);
      }),
      cases(25, 1313),
    );
  });

  test("the Stedendriehoek monitor on its scenario sheet's growth path, 2024 and 2025 known", async () => {
    await withScenario();
    await gateway.writeMonitorSheet(monitorRequest());
    await gateway.enterRealisation({
      sheetName: "Monitor",
      year: 2024,
      pairs: STEDENDRIEHOEK_2024.municipalities.map((m) => [m.name, m.realised]),
    });
    await gateway.enterRealisation({
      sheetName: "Monitor",
      year: 2025,
      pairs: NAMES.map((name, i) => [name, i % 3 === 0 ? null : 30 + 7 * i]),
    });
    const read = await gateway.readMonitor("Monitor");
    const { value } = evaluateWorkbook(model);
    // the targets the sheet computes (GROWTHPATH on the scenario sheet) are the ones recorded
    NAMES.forEach((_, i) =>
      read.years.forEach((_y, k) => expect(value("Monitor", 20 + i, 2 + k)).toBe(read.monitor.rows[i].years[k].target)),
    );
    expectSheetEquals(read.monitor, NAMES.length, 12);
  });
});

describe("speed: at most 3 context.sync per monitor step", () => {
  test.each([9, 400])("%i municipalities", async (n) => {
    const region = {
      ...STEDENDRIEHOEK_2024,
      municipalities:
        n === 9
          ? STEDENDRIEHOEK_2024.municipalities
          : Array.from({ length: n }, (_, i) => ({
              name: `Gemeente ${i + 1}`,
              population: 1000 + i * 37,
              lettingsSocial: 100 + (i % 50),
              lettingsCheap: 40 + (i % 20),
              realised: 10 + (i % 9),
              origin: null,
              stock: null,
            })),
    };
    await gateway.writeMunicipalityTable(region);
    await gateway.writeScenarioSheet(scenarioRequest);
    const names = region.municipalities.map((m) => m.name);
    const counts = {
      createMonitor: await syncsOf(() => gateway.writeMonitorSheet(monitorRequest())),
      enterYear: await syncsOf(() =>
        gateway.enterRealisation({ sheetName: "Monitor", year: 2025, pairs: names.map((name, i) => [name, i % 40]) }),
      ),
      readMonitor: await syncsOf(() => gateway.readMonitor("Monitor")),
      updateMonitor: await syncsOf(() => gateway.writeMonitorSheet(monitorRequest({ replaceOwnSheet: true, endYear: 2036 }))),
      goTo: await syncsOf(() => gateway.select("Monitor", "B1")),
    };
    console.log(`monitor syncs per step at ${n} municipalities: ${JSON.stringify(counts)}`);
    for (const count of Object.values(counts)) expect(count).toBeLessThanOrEqual(3);
    expect((await gateway.readMonitor("Monitor")).monitor.rows[n - 1].years[1].realised).toBe((n - 1) % 40);
  });
});

/** Backlog, percent and status per municipality × year and in column B, and the region rows, as HyperFormula computes the sheet. */
function expectSheetEquals(monitor: ReturnType<typeof computeMonitor>, n: number, years: number): void {
  const { value } = evaluateWorkbook(model);
  const v = (row: number, col: number) => {
    const x = value("Monitor", row, col);
    return x === "" || x === null ? null : x;
  };
  const first = (section: number) => 18 + section * (n + 4) + 2;
  const word = (s: string | null) => (s === null ? null : STATUS_WORDS.nl[s as keyof typeof STATUS_WORDS.nl]);
  monitor.rows.forEach((row, i) => {
    row.years.forEach((y, k) => {
      expect(v(first(2) + i, 2 + k)).toBe(y.backlog);
      if (y.percent === null) expect(v(first(3) + i, 2 + k)).toBeNull();
      else expect(v(first(3) + i, 2 + k) as number).toBeCloseTo(y.percent, 9);
      expect(v(first(4) + i, 2 + k)).toBe(word(y.status));
    });
    expect(v(first(2) + i, 1)).toBe(row.backlog);
    expect(v(first(4) + i, 1)).toBe(word(row.status));
  });
  monitor.totals.forEach((t, k) => expect(v(first(4) + n, 2 + k)).toBe(word(t.status)));
  expect(v(8, 1)).toBe(word(monitor.summary.status));
  expect(v(10, 1)).toBe(monitor.summary.backlogCarried);
  expect(v(11, 1)).toBe(monitor.summary.latestYear);
  void years;
}
