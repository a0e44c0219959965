/**
 * The sample workbook: opened from disk with exceljs, it holds the Gemeenten table with the
 * embedded data and the scenario sheet with the THUIS formulas the wizard writes.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip"; // exceljs's own dependency
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { STEDENDRIEHOEK_2024_LETTINGS as L, STEDENDRIEHOEK_2024_PUBLISHED as P } from "../../src/data";
import { EXAMPLE_LABEL, SAMPLE_GROUP_NEEDS, buildSampleWorkbook, sampleSettings } from "../../scripts/sample-workbook";
import { computeScenarios, inputOf } from "../../src/scenario";
import { planJustificationOf, planScenarioSheet } from "../../src/sheets";
import { STEDENDRIEHOEK_2024 } from "../../src/data";

const committed = join(__dirname, "..", "..", "examples", "Regio-Stedendriehoek-2024.xlsx");

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe.each([
  ["committed examples/ file", async () => committed],
  [
    "freshly generated",
    async () => {
      const file = join(tmpdir(), `verdeelwijzer-sample-${process.pid}.xlsx`);
      await (await buildSampleWorkbook()).xlsx.writeFile(file);
      return file;
    },
  ],
])("%s", (_name, file) => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const path = await file();
    expect(existsSync(path)).toBe(true);
    wb = await open(path);
  });

  test("the Gemeenten table holds the embedded data, blanks as blanks", () => {
    const sheet = wb.getWorksheet("Gemeenten")!;
    const table = sheet.getTable("Gemeenten") as unknown as { table: { tableRef: string; columns: { name: string }[] } };
    expect(table.table.tableRef).toBe("A1:G10");
    expect(table.table.columns.map((c) => c.name)).toEqual([
      "Gemeente",
      "Inwonertal",
      "Mutaties sociale huur",
      "Mutaties tot 1e aftoppingsgrens",
      "Realisatie",
      "Herkomst",
      "Woningvoorraad",
    ]);
    for (let i = 0; i < 9; i++) {
      const row = sheet.getRow(i + 2);
      expect([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value, row.getCell(4).value, row.getCell(5).value]).toEqual([
        P.municipalities[i],
        P.fairShare[i],
        L.social[i],
        L.cheap[i],
        P.realised[i],
      ]);
      expect(row.getCell(6).value).toBeNull();
    }
    expect(sheet.getCell("C5").dataValidation).toMatchObject({ type: "whole", operator: "greaterThanOrEqual" });
  });

  test("the scenario sheet holds the THUIS formulas over the table, totals and 'niet geplaatst'", () => {
    const sheet = wb.getWorksheet("Verdeling 2024")!;
    const formula = (a1: string) => (sheet.getCell(a1).value as { formula?: string; sharedFormula?: string })?.formula;
    expect(sheet.getCell("B3").value).toBe(1170);
    expect(formula("B13")).toBe("INDEX(THUIS.FAIRSHARE($B$3,Gemeenten[Inwonertal],$B$8),1)");
    expect(formula("B14")).toBe("INDEX(THUIS.FAIRSHARE($B$3,Gemeenten[Inwonertal],$B$8),2)");
    expect(formula("D13")).toBe("INDEX(THUIS.CAP30(Gemeenten[Mutaties sociale huur],$B$5,$B$7),1)");
    expect(formula("F13")).toBe("INDEX(THUIS.MIN15(Gemeenten[Mutaties sociale huur],$B$6,$B$7),1)");
    expect(formula("D22")).toBe("SUM(D13:D21)");
    expect(formula("D23")).toBe("THUIS.SHORTFALL($B$13:$B$21,D13:D21)");
    expect(formula("B27")).toBe("INDEX(THUIS.GROWTHPATH(C13:C21,B13:B21,$B$9,$B$10),1,1)");
    expect(formula("M35")).toBe("INDEX(THUIS.GROWTHPATH(C13:C21,B13:B21,$B$9,$B$10),9,12)");
    // every formula cell carries its computed value for readers without the add-in
    const cached = (a1: string) => (sheet.getCell(a1).value as { result?: unknown }).result;
    expect([cached("B13"), cached("D13"), cached("D23"), cached("E23"), cached("M35")]).toEqual([422, 355, 214, 699, 48]);
    expect(sheet.getCell("A22").value).toBe("Regio totaal");
    expect(sheet.getCell("A23").value).toBe("Niet geplaatst");
  });

  test("the Verantwoording sheet: figures with cached SUM totals, formulas, sources, date and version, print-ready", () => {
    const sheet = wb.getWorksheet("Verantwoording")!;
    expect(sheet).toBeDefined();
    const model = computeScenarios(inputOf(STEDENDRIEHOEK_2024.municipalities), sampleSettings(STEDENDRIEHOEK_2024), 2024);
    const scenario = planScenarioSheet({
      model,
      tableName: "Gemeenten",
      region: STEDENDRIEHOEK_2024.region,
      sources: STEDENDRIEHOEK_2024.sources,
      language: "nl",
    });
    const plan = planJustificationOf(model, scenario, {
      region: STEDENDRIEHOEK_2024.region,
      sources: STEDENDRIEHOEK_2024.sources,
      language: "nl",
      version: "0.1.0",
      date: "2026-04-13",
      scenarioSheet: "Verdeling 2024",
    });
    expect(sheet.getCell("A1").value).toBe("Verantwoording verdeling urgente aandachtsgroepen — Regio Stedendriehoek 2024");
    expect(sheet.getCell("A2").value).toBe("Opgesteld op 13-04-2026 met Verdeelwijzer 0.1.0, bij scenarioblad 'Verdeling 2024'");
    const at = (r: number, c: number) => sheet.getCell(r + 1, c + 1).value;
    // result A per municipality = the published fair share = the scenario sheet's cached column A
    const scenarioSheet = wb.getWorksheet("Verdeling 2024")!;
    for (let i = 0; i < 9; i++) {
      expect(at(plan.dataRow + i, plan.column.name)).toBe(P.municipalities[i]);
      expect(at(plan.dataRow + i, plan.column.result)).toBe(P.fairShare[i]);
      const a = scenarioSheet.getCell(13 + i, 2).value as { result?: number } | number;
      expect(typeof a === "number" ? a : a.result).toBe(P.fairShare[i]);
    }
    const total = at(plan.totalsRow, plan.column.result) as { formula: string; result: number };
    expect(total.formula).toMatch(/^SUM\(/);
    expect(total.result).toBe(1170);
    const texts = sheet
      .getSheetValues()
      .flat()
      .map((v) => String(v));
    expect(texts).toContain("THUIS.FAIRSHARE($B$3;Gemeenten[Inwonertal];$B$8)"); // as Dutch Excel shows it
    expect(texts.some((t) => t.startsWith("Grootste-restmethode (Hamilton)"))).toBe(true);
    expect(texts).toContain("ja"); // a reconstructed source
    expect(sheet.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: plan.pageSetup.printArea,
    });
    expect(sheet.headerFooter.oddFooter).toBe("&LVerdeelwijzer 0.1.0 · 13-04-2026&C&RPagina &P van &N");
    expect(Object.keys((sheet as unknown as { _merges: Record<string, unknown> })._merges).length).toBeGreaterThan(9);
    expect(sheet.getCell(plan.rowHeights[0].row + 1, 1).alignment?.wrapText).toBe(true);
  });

  test("the Monitor sheet: targets from the growth path, 2024 realised = column B, later years blank, cached results", () => {
    const sheet = wb.getWorksheet("Monitor")!;
    const cached = (a1: string) => {
      const v = sheet.getCell(a1).value as { formula?: string; result?: unknown } | null;
      return v && typeof v === "object" && "formula" in v ? v.result : v;
    };
    const formula = (a1: string) => (sheet.getCell(a1).value as { formula?: string })?.formula;
    expect(sheet.getCell("A1").value).toBe("Monitor huisvesting urgente aandachtsgroepen — Regio Stedendriehoek, 2024–2035");
    expect(formula("C21")).toBe("IF(ISNUMBER('Verdeling 2024'!B27),'Verdeling 2024'!B27,\"\")");
    for (let i = 0; i < 9; i++) {
      expect(sheet.getCell(`A${34 + i}`).value).toBe(P.municipalities[i]);
      expect(sheet.getCell(`C${34 + i}`).value).toBe(P.realised[i]);
      expect(sheet.getCell(`D${34 + i}`).value).toBeNull();
      expect(cached(`C${21 + i}`)).toBe(P.realised[i]); // the growth path starts at the realisation
      expect(cached(`B${73 + i}`)).toBe("op koers");
    }
    expect(formula("C47")).toMatch(/^INDEX\(THUIS\.CARRYOVER\(.*\),1,1\)$/);
    // backlog of Brummen in 2024 (cached 0: exceljs reads a cached 0 back as no result)
    expect(formula("C48")).toBe("INDEX(THUIS.CARRYOVER(C21:N29,C34:N42,$B$5),2,1)");
    expect(cached("B9")).toBe("op koers");
    expect(cached("B10")).toBe(1);
    expect(cached("B12")).toBe(2024);
    expect(cached("C17")).toBe(P.realised.reduce((a, b) => a + b, 0));
    expect(cached("D17")).toEqual({ error: "#N/A" });
    expect(cached("N16")).toBe(1170);
    expect(sheet.getCell("D35").dataValidation).toMatchObject({ type: "whole", operator: "greaterThanOrEqual", allowBlank: true });
  });

  test("19 the group block runs on the example's needs, labelled 'voorbeeld, geen gepubliceerde cijfers' beside them", () => {
    const sheet = wb.getWorksheet("Verdeling 2024")!;
    let needsRow = 0;
    sheet.eachRow((row, r) => (row.getCell(1).value === "Behoefte per jaar" ? (needsRow = r) : undefined));
    const needs = sheet.getRow(needsRow);
    expect([2, 3, 4].map((c) => needs.getCell(c).value)).toEqual(SAMPLE_GROUP_NEEDS.map((e) => e.need));
    expect(needs.getCell(7).value).toBe(`← ${EXAMPLE_LABEL.nl}`);
    expect(String(sheet.getCell(needsRow - 3, 1).value)).toMatch(/^Per aandachtsgroep: .* — voorbeeld, geen gepubliceerde cijfers$/);
    // the seed's groups with a need, in the seed's order; the needs nowhere else but in the example
    const headers = [2, 3, 4].map((c) => sheet.getRow(needsRow - 1).getCell(c).value);
    expect(headers).toEqual(SAMPLE_GROUP_NEEDS.map((e) => STEDENDRIEHOEK_2024.groups!.groups[e.index].name));
    expect(STEDENDRIEHOEK_2024.groups!.groups.every((g) => g.need === null)).toBe(true);
  });

  test("every formula cell of the Monitor sheet is stored with its cached result", async () => {
    // read from the file's XML: exceljs reads a cached 0 back as no result, though it writes <v>0</v>
    const zip = await JSZip.loadAsync(await readFile(await file()));
    const names = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    const xml = (await Promise.all(names.map((f) => zip.file(f)!.async("string")))).find((x) => x.includes("THUIS.CARRYOVER"))!;
    const formulaCells = xml.match(/<c r="[A-Z]+\d+"[^>]*>(?:(?!<\/c>).)*<f[ >](?:(?!<\/c>).)*<\/c>/g) ?? [];
    expect(formulaCells.length).toBeGreaterThan(450);
    expect(formulaCells.filter((c) => !/<v>[^<]*<\/v>/.test(c))).toEqual([]);
  });
});
