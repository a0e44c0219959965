/**
 * Issue 17 cases 4 and 5 end to end: a Correcties table with a blank, a text and a fractional
 * amount, and a Gemeenten table whose names carry trailing and non-breaking spaces. The pane's
 * model (read through the gateway and the readers) names the bad lines and leaves them out; the
 * scenario sheet's column K and N — computed by HyperFormula and by the preview's evaluator —
 * show exactly the pane's numbers.
 */
import { STEDENDRIEHOEK_2024 } from "../../src/data";
import { createExcelGateway } from "../../src/excel/gateway";
import { evaluateWorkbook as previewEvaluate } from "../../src/preview/formulas";
import { DEFAULT_SETTINGS, computeScenarios, inputOf, netCorrections } from "../../src/scenario";
import { planScenarioSheet } from "../../src/sheets";
import { installFakeExcel } from "../fake-excel/fakeExcel";
import { WorkbookModel } from "../fake-excel/model";
import { evaluateWorkbook } from "../excel/hyperformulaThuis";

const line = (name: string, amount: number) => ({ name, amount, reason: "besluit", decidedBy: "PHO", date: "01-01-2026" });

async function messyWorkbook() {
  const model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
  const gateway = createExcelGateway();
  const municipalities = STEDENDRIEHOEK_2024.municipalities.map((m) =>
    m.name === "Apeldoorn" ? { ...m, name: "Apeldoorn " } : m.name === "Deventer" ? { ...m, name: "\u00a0Deventer" } : m,
  );
  await gateway.writeMunicipalityTable({ ...STEDENDRIEHOEK_2024, municipalities });
  await gateway.appendCorrections([
    line("Apeldoorn", -20),
    line("Brummen", 7),
    line("Lochem", 1),
    line("DEVENTER\u00a0", 5),
    line("Zutphen", 0),
    line("Epe", 3),
  ]);
  const t = model.table("Correcties")!;
  const amountAt = (k: number) => `B${t.row + 2 + k}`;
  model.put("Correcties", amountAt(1), [["zeven"]]); // Brummen: text
  model.put("Correcties", amountAt(2), [[2.5]]); // Lochem: a fraction
  model.put("Correcties", amountAt(5), [[null]]); // Epe: blank
  return { model, gateway };
}

test("17.4 blank, text and fractional correction amounts: named in the pane, ignored alike by the pane and the sheet", async () => {
  const { model, gateway } = await messyWorkbook();
  const lines = await gateway.readCorrections();
  expect(lines.filter((l) => l.problem).map((l) => [l.name, l.problem!.nl])).toEqual([
    ["Brummen", "'zeven' is geen getal"],
    ["Lochem", "2.5 is geen heel aantal woningen"],
    ["Epe", "het bedrag is leeg"],
  ]);
  const settings = { ...DEFAULT_SETTINGS, adjust: { base: "A" as const } };
  await gateway.writeScenarioSheet({
    sheetName: "Scenario",
    tableName: "Gemeenten",
    settings,
    region: "Regio Stedendriehoek",
    year: 2024,
    sources: STEDENDRIEHOEK_2024.sources,
    replaceOwnSheet: false,
    language: "nl",
  });
  // the pane's model: the names as the pane reads them (trimmed), the corrections by the one reader
  const input = inputOf(STEDENDRIEHOEK_2024.municipalities);
  const pane = computeScenarios({ ...input, corrections: netCorrections(input.names, lines), correctionLines: lines }, settings, 2024);
  const K = pane.column("K")!.values;
  expect(Object.fromEntries(input.names.map((n, i) => [n, K[i]]))).toMatchObject({
    Apeldoorn: -20,
    Deventer: 5,
    Zutphen: 0,
    Brummen: null,
    Lochem: null,
    Epe: null,
  });
  const plan = planScenarioSheet({
    model: pane,
    tableName: "Gemeenten",
    region: "Regio Stedendriehoek",
    sources: STEDENDRIEHOEK_2024.sources,
    language: "nl",
  });
  const hf = evaluateWorkbook(model, { excelBlanks: true });
  const preview = previewEvaluate(model);
  for (const key of ["K", "N"] as const) {
    const c = plan.scenarioColumns.find((x) => x.key === key)!.column;
    const expected = pane.column(key)!.values.map((v) => (v === null ? "" : v));
    const blankAsEmpty = (v: unknown) => (v === null ? "" : v);
    expect(input.names.map((_, i) => blankAsEmpty(hf.value("Scenario", plan.dataRow + i, c)))).toEqual(expected);
    expect(input.names.map((_, i) => blankAsEmpty(preview.get("Scenario", plan.dataRow + i, c)))).toEqual(expected);
  }
});

test(
  "17.5 names with trailing and non-breaking spaces and other case: the same corrections count on the sheet as in the " + "pane",
  async () => {
    const { model, gateway } = await messyWorkbook();
    const lines = await gateway.readCorrections();
    const names = model
      .tableValues("Gemeenten")
      .slice(1)
      .map((r) => String(r[0]));
    expect(names.slice(0, 3)).toEqual(["Apeldoorn ", "Brummen", "\u00a0Deventer"]);
    const net = netCorrections(names, lines);
    expect(net.slice(0, 3)).toEqual([-20, null, 5]);
    const formula = planScenarioSheet({
      model: computeScenarios(
        { ...inputOf(STEDENDRIEHOEK_2024.municipalities), corrections: net },
        { ...DEFAULT_SETTINGS, adjust: { base: "A" } },
        2024,
      ),
      tableName: "Gemeenten",
      region: "R",
      sources: STEDENDRIEHOEK_2024.sources,
      language: "nl",
    }).cells[12].find((c) => typeof c === "string" && c.includes("SUMPRODUCT"));
    expect(formula).toBe(
      '=IF((SUMPRODUCT((TRIM(SUBSTITUTE(Correcties[Gemeente],CHAR(160)," "))=TRIM(SUBSTITUTE($A13,CHAR(160)," ")))' +
        "*(IF(ISNUMBER(Correcties[Correctie]),Correcties[Correctie],0.5)=0))>0)" +
        '+(SUMPRODUCT((TRIM(SUBSTITUTE(Correcties[Gemeente],CHAR(160)," "))=TRIM(SUBSTITUTE($A13,CHAR(160)," ")))' +
        "*(INT(IF(ISNUMBER(Correcties[Correctie]),Correcties[Correctie],0.5))=" +
        "IF(ISNUMBER(Correcties[Correctie]),Correcties[Correctie],0.5))" +
        "*IF(ISNUMBER(Correcties[Correctie]),Correcties[Correctie],0.5))<>0)," +
        'SUMPRODUCT((TRIM(SUBSTITUTE(Correcties[Gemeente],CHAR(160)," "))=TRIM(SUBSTITUTE($A13,CHAR(160)," ")))' +
        "*(INT(IF(ISNUMBER(Correcties[Correctie]),Correcties[Correctie],0.5))=" +
        "IF(ISNUMBER(Correcties[Correctie]),Correcties[Correctie],0.5))" +
        '*IF(ISNUMBER(Correcties[Correctie]),Correcties[Correctie],0.5)),"")',
    );
  },
);
