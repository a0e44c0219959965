/**
 * The differential test on messy workbooks (issue 17): the pane and the sheets agree when the
 * workbook holds what people really type. Random regions whose Gemeenten table spells names
 * with trailing, leading or non-breaking spaces and other case (sometimes the same name twice);
 * a Correcties table with text, blank, fractional, −0 and number-as-text amounts and names
 * spelled every which way; a Monitor fed by pasted blocks with messy names, duplicated lines,
 * bad counts and years pasted again. Per workbook the pane's model — read back through the
 * gateway and the ONE readers (src/data/readers.ts), as the pane reads — equals the sheets as
 * HyperFormula computes them: every scenario cell, total and "niet geplaatst" (K and N above
 * all), every formula cell of the Verantwoording sheet, the Monitor's realised figures,
 * backlog, percentages and status. 100 random workbooks (×10 in `npm run test:deep`).
 */
import fc from "fast-check";
import { STEDENDRIEHOEK_2024 } from "../../src/data";
import type { RegionDataset } from "../../src/data";
import { checkMunicipalities, toMunicipalities } from "../../src/data/region";
import { sheetNameKey } from "../../src/data/readers";
import { createExcelGateway, type WorkbookGateway } from "../../src/excel/gateway";
import { AdapterError } from "../../src/excel/types";
import { STATUS_WORDS } from "../../src/engine/monitor";
import { InputError } from "../../src/engine/errors";
import { CorrectionLine, ScenarioModel, ScenarioSettings, computeScenarios, inputOf, netCorrections } from "../../src/scenario";
import { planScenarioSheet, planJustificationOf } from "../../src/sheets";
import { checkPaste, yearTargets } from "../../src/taskpane/state/monitor";
import { VERSION } from "../../src/version";
import { installFakeExcel } from "../fake-excel/fakeExcel";
import { computeLikeExcel } from "../../src/preview/calculation";
import { WorkbookModel } from "../fake-excel/model";
import { evaluateWorkbook } from "../excel/hyperformulaThuis";
import { scenarioSettings } from "./settingsArbitrary";
import { cases } from "../cases";

const count = (max: number) => fc.option(fc.integer({ min: 0, max }), { nil: null, freq: 6 });

/** A name as people type it: spaces around, a non-breaking space, other case. */
const spelling = (base: string) =>
  fc.constantFrom(
    base,
    `${base} `,
    ` ${base}`,
    `${base}\u00a0`,
    base.toUpperCase(),
    base.toLowerCase(),
    base.replace(" ", "\u00a0"),
    `${base}  `,
  );

const BASES = ["Epe", "Hattem", "Oude IJsselstreek", "Heerde", "Bergen op Zoom", "Lochem", "Voorst", "Zutphen", "Brummen", "Deventer"];

const region = fc
  .tuple(
    fc.integer({ min: 2, max: 8 }),
    fc.integer({ min: 0, max: 5 }).map((k) => k === 0), // now and then the first name twice
  )
  .chain(([n, duplicate]) =>
    fc.tuple(
      ...Array.from({ length: n }, (_, i) =>
        fc.record({
          name: spelling(BASES[duplicate && i === n - 1 ? 0 : i]),
          population: count(200_000),
          lettingsSocial: count(3000),
          lettingsCheap: count(1500),
          realised: count(500),
          origin: fc.constant(null),
          stock: count(50_000),
        }),
      ),
    ),
  )
  .filter((ms) => ms.some((m) => (m.population ?? 0) > 0));

/** A Correcties cell as people leave it. */
const amount = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -4, max: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>("zeven", "12", "", null, 2.5, -0.5, -0, true) },
);

const correctionLines = (n: number) =>
  fc.array(
    fc
      .tuple(fc.integer({ min: 0, max: n }), amount)
      .chain(([row, value]) => (row === n ? fc.constant("Gemeente 99") : spelling(BASES[row])).map((name) => ({ name, value }))),
    { minLength: 1, maxLength: 8 },
  );

/** One pasted block: a line per chosen municipality (spelled every which way, some twice), some counts unreadable. */
const pasteCount = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 60 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom("12,000", "1.234", "-3", "2,5", "zeven", "12\t15", "") },
);
const pastes = (n: number) =>
  fc.array(
    fc.record({
      yearOffset: fc.integer({ min: 0, max: 3 }),
      lines: fc.array(
        fc.tuple(fc.integer({ min: 0, max: n - 1 }), pasteCount).chain(([i, c]) => spelling(BASES[i]).map((name) => `${name}\t${c}`)),
        { minLength: 1, maxLength: n + 2 },
      ),
      breaks: fc.constantFrom("\n", "\r\n", "\r"),
    }),
    { minLength: 1, maxLength: 3 },
  );

const settings = scenarioSettings({
  maxNeed: 3000,
  growth: fc.integer({ min: 1, max: 5 }).map((span) => ({ startYear: 2024, endYear: 2024 + span })),
  adjust: fc.record({ base: fc.constantFrom("A" as const, "C" as const, "E" as const) }),
});

const blankAsNull = (v: unknown) => (v === "" || v === null || v === undefined ? null : v);
let compared = 0;
const RUNS = cases(100, 20261130);

test(
  "17.differential messy workbooks: pane model = scenario, Verantwoording and Monitor sheets as computed (100 random " + "workbooks)",
  async () => {
    await fc.assert(
      fc.asyncProperty(
        region.chain((ms) => fc.tuple(fc.constant(ms), correctionLines(ms.length), pastes(ms.length))),
        settings,
        async ([municipalities, lines, blocks], s) => {
          const workbook = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
          computeLikeExcel(workbook); // Excel computes what the adapter reads back (the Monitor's live targets)
          const gateway = createExcelGateway();
          const dataset: RegionDataset = { ...STEDENDRIEHOEK_2024, region: "Regio Test", year: 2024, municipalities };
          await gateway.writeMunicipalityTable(dataset);
          // the Correcties table as people leave it: the cells written as they are
          await gateway.appendCorrections(
            lines.map((l) => ({ name: l.name, amount: l.value as number, reason: "besluit", decidedBy: "PHO", date: "01-01-2026" })),
          );
          const request = {
            sheetName: "Scenario",
            tableName: "Gemeenten",
            settings: s,
            region: dataset.region,
            year: 2024,
            sources: dataset.sources,
            replaceOwnSheet: false,
            language: "nl" as const,
            date: "2026-11-26",
          };
          // the pane: the table and the corrections read back, through the readers
          const table = (await gateway.readWorkbookTables().then((t) => t.municipalities))!;
          const read = await gateway.readCorrections();
          if (checkMunicipalities(table.rows).length > 0) {
            // a name twice (spaces and case do not make it another): refused by the sheet writer too
            const refused = await gateway.writeScenarioSheet(request).then(
              () => null,
              (e: unknown) => e,
            );
            expect(refused).toBeInstanceOf(AdapterError);
            return;
          }
          const input = inputOf(toMunicipalities(table.rows));
          let model: ScenarioModel;
          try {
            model = computeScenarios({ ...input, corrections: netCorrections(input.names, read), correctionLines: read }, s, 2024);
          } catch (e) {
            expect(e).toBeInstanceOf(InputError);
            await expect(gateway.writeScenarioSheet(request)).rejects.toBeInstanceOf(AdapterError);
            return;
          }
          expectBadLinesNamed(read, lines);
          const result = await gateway.writeScenarioSheet(request);
          const plan = planScenarioSheet({
            model,
            tableName: "Gemeenten",
            region: dataset.region,
            sources: dataset.sources,
            language: "nl",
          });
          const hf = evaluateWorkbook(workbook, { excelBlanks: true });
          const value = (sheet: string, r: number, c: number) => blankAsNull(hf.value(sheet, r, c));
          const n = municipalities.length;
          for (const column of model.columns) {
            const c = plan.scenarioColumns.find((x) => x.key === column.key)!.column;
            expect(Array.from({ length: n }, (_, i) => value("Scenario", plan.dataRow + i, c))).toEqual(column.values);
            expect(value("Scenario", plan.totalsRow, c)).toBe(column.total);
            expect(value("Scenario", plan.notPlacedRow, c)).toBe(column.notPlaced);
          }
          expectCachedEqualsComputed(plan.cells, plan.values, (r, c) => value("Scenario", r, c));
          const just = planJustificationOf(model, plan, {
            region: dataset.region,
            sources: dataset.sources,
            language: "nl",
            version: VERSION,
            date: "2026-11-26",
            scenarioSheet: "Scenario",
          });
          expectCachedEqualsComputed(just.cells, just.values, (r, c) => value(result.justificationSheet, r, c));
          await monitorAgrees(gateway, workbook, blocks, s, n);
          compared++;
        },
      ),
      RUNS,
    );
    expect(compared).toBeGreaterThan(RUNS.numRuns / 2); // most workbooks are written and compared, not refused
  },
  600_000,
);

/** Every line whose amount is not a whole number is named with its problem; the others are not. */
function expectBadLinesNamed(read: readonly CorrectionLine[], lines: readonly { value: unknown }[]): void {
  const whole = (v: unknown) => typeof v === "number" && Number.isInteger(v);
  read.forEach((l, k) => {
    expect(l.problem === undefined).toBe(l.amount !== null);
    if (typeof lines[k].value !== "string") expect(l.amount === null).toBe(!whole(lines[k].value)); // text may be read as Excel reads it
  });
}

/**
 * Every formula cell's cached value (what readers without the add-in see) is what the formula engine computes. Compared as one
 * list of [row, column, value] (a cell that agrees within its tolerance shows its cached value), so a mismatch names its cell.
 */
function expectCachedEqualsComputed(cells: unknown[][], values: unknown[][], computed: (r: number, c: number) => unknown): void {
  const got: unknown[] = [];
  const cachedCells: unknown[] = [];
  cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (typeof cell !== "string" || !cell.startsWith("=")) return;
      const cached = blankAsNull(values[r][c]);
      const value = computed(r, c);
      const agrees =
        typeof cached === "number" && !Number.isInteger(cached)
          ? Math.abs((value as number) - cached) <= 1e-9 * Math.max(1, Math.abs(cached))
          : // a name spilled from the table shows as typed there ("Epe "), the pane's reading of it trimmed: the same name
            typeof cached === "string" && typeof value === "string" && sheetNameKey(value) === sheetNameKey(cached);
      got.push([r, c, agrees ? cached : value]);
      cachedCells.push([r, c, cached]);
    }),
  );
  expect(got).toEqual(cachedCells);
}

/**
 * The Monitor: each pasted block checked by the pane's paste reader (nothing entered while a line
 * cannot be read), entered, years pasted again; what the pane then reads equals what was pasted
 * last per municipality and year, and the sheet's backlog, percentages and status as computed.
 */
async function monitorAgrees(
  gateway: WorkbookGateway,
  workbook: WorkbookModel,
  blocks: { yearOffset: number; lines: string[]; breaks: string }[],
  s: ScenarioSettings,
  n: number,
): Promise<void> {
  const endYear = s.growth!.endYear;
  let read = (
    await gateway.writeMonitorSheet({
      sheetName: "Monitor",
      region: "Regio Test",
      target: { kind: "scenario", sheetName: "Scenario" },
      startYear: 2024,
      endYear,
      allowCredit: false,
      thresholds: { onTrack: 0.9, behind: 0.75 },
      language: "nl",
      replaceOwnSheet: false,
    })
  ).read;
  const expected = new Map<string, number>();
  for (const block of blocks) {
    const year = Math.min(2024 + block.yearOffset, endYear);
    const check = checkPaste(block.lines.join(block.breaks), read.names, yearTargets(read, String(year)));
    if (check.problems.length > 0) continue; // the pane names the lines and enters nothing
    const entered = await gateway.enterRealisation({ sheetName: "Monitor", year, pairs: check.pairs }).catch((e: unknown) => {
      expect(e).toBeInstanceOf(AdapterError);
      return null;
    });
    if (!entered) continue;
    read = entered.read;
    check.pairs.forEach(([name, v]) => {
      const i = read.names.findIndex((x) => x.replace(/\s/g, "").toLowerCase() === String(name).replace(/\s/g, "").toLowerCase());
      if (i >= 0 && typeof v === "number") expected.set(`${i}:${year}`, v);
    });
    expect(entered.missing).toEqual(
      read.names.filter((_, i) => !check.pairs.some(([name, v]) => v !== null && sameKey(name, read.names[i]))),
    );
  }
  read = await gateway.readMonitor("Monitor");
  expect(read.monitor.rows.map((row) => row.years.map((y) => y.realised))).toEqual(
    read.monitor.rows.map((row, i) => row.years.map((y) => expected.get(`${i}:${y.year}`) ?? null)),
  );
  const hf = evaluateWorkbook(workbook, { excelBlanks: true });
  const v = (r: number, c: number) => blankAsNull(hf.value("Monitor", r, c));
  const first = (section: number) => 18 + section * (n + 4) + 2;
  const word = (st: string | null) => (st === null ? null : STATUS_WORDS.nl[st as keyof typeof STATUS_WORDS.nl]);
  // per municipality and year: target, realised, backlog, percentage (to 9 decimals), status; as the sheet shows them and as read
  const percentShown = (shown: unknown, percent: number | null) =>
    percent !== null && typeof shown === "number" && Math.abs(shown - percent) < 0.5e-9 ? percent : shown;
  expect(
    read.monitor.rows.map((row, i) =>
      row.years.map((y, k) => {
        const [t, r, b, p, st] = [0, 1, 2, 3, 4].map((section) => v(first(section) + i, 2 + k));
        return [t, r, b, percentShown(p, y.percent), st];
      }),
    ),
  ).toEqual(read.monitor.rows.map((row) => row.years.map((y) => [y.target, y.realised, y.backlog, y.percent, word(y.status)])));
  expect(v(8, 1)).toBe(word(read.monitor.summary.status));
}

const sameKey = (a: unknown, b: string) => String(a).replace(/\s/g, "").toLowerCase() === b.replace(/\s/g, "").toLowerCase();
