import ExcelJS from "exceljs";
import { STEDENDRIEHOEK_2024 } from "../src/data";
import type { RegionDataset } from "../src/data";
import { address, parseAddress, quoteSheet } from "../src/sheets/a1";
import { computeMonitor } from "../src/engine/monitor";
import { FIRST_YEAR_COLUMN, planMonitorSheet } from "../src/sheets/monitorLayout";
import { monitorValues } from "../src/sheets/monitorValues";
import type { GrowthResult } from "../src/scenario/model";
import { DEFAULT_SETTINGS, ScenarioSettings, computeScenarios, inputOf } from "../src/scenario";
import { PALETTE, ScenarioPlan, planJustificationOf, planScenarioSheet } from "../src/sheets";
import { writeCells, writeColumnWidths, writeFormats, writeJustificationPlan, writePlan } from "../src/xlsx/sheetWriter";
import { Language } from "../src/i18n";
import { VERSION } from "../src/version";
import { TABLE_COLUMNS, TABLE_NAME, TABLE_SHEET } from "../src/sheets/tableColumns";
import { GROUP_SHEET_TEXTS } from "../src/i18n";

/**
 * The sample workbook, as the wizard would write it: the `Gemeenten` table with the embedded
 * data and the scenario sheet from the same plan the Excel adapter uses (src/sheets/scenarioPlan.ts).
 *
 * Every formula cell carries its computed value (the scenario model's number) as the cached
 * result, so a reader without the add-in — Excel without Verdeelwijzer, LibreOffice — shows
 * 422, 355, 214 … instead of #NAME?. One difference (see writePlan): each spilling THUIS formula
 * is stored as one ordinary formula per cell it fills, INDEX(…, k), live in Excel with the add-in
 * and readable everywhere else; the wizard itself writes real dynamic arrays.
 *
 * Beside it, the Verantwoording sheet from the same model and plan (as the wizard writes it):
 * method in words, parameters, exact quotas and remainder ranks, explanations, formulas,
 * sources, date and version, print-ready — its totals are SUM formulas with cached results.
 */
export const SAMPLE_DATE = "2026-04-13";

/**
 * The seed publishes no need per target group, so the sample's group block runs on an example:
 * three groups' needs adding up to column A's 1.170 (the other groups unknown), the same example
 * the browser test types into the pane. Every place that shows these needs says so
 * ({@link EXAMPLE_LABEL}): the block's title, the cell beside the needs, the Verantwoording's heading.
 */
export const SAMPLE_GROUP_NEEDS: readonly { index: number; need: number }[] = [
  { index: 0, need: 300 },
  { index: 2, need: 400 },
  { index: 9, need: 470 },
];
export const EXAMPLE_LABEL: Record<Language, string> = {
  nl: "voorbeeld, geen gepubliceerde cijfers",
  en: "example, no published figures",
};

/** The default settings with the example's needs for the dataset's groups (none without a group table). */
export function sampleSettings(dataset: RegionDataset): ScenarioSettings {
  if (!dataset.groups) return DEFAULT_SETTINGS;
  const groups = dataset.groups.groups.map((g, i) => ({ ...g, need: SAMPLE_GROUP_NEEDS.find((e) => e.index === i)?.need ?? null }));
  return { ...DEFAULT_SETTINGS, groups: { groups, honour: "A", method: "webster" } };
}

export async function buildSampleWorkbook(
  dataset: RegionDataset = STEDENDRIEHOEK_2024,
  settings: ScenarioSettings = sampleSettings(dataset),
  language: Language = "nl",
): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Verdeelwijzer";
  workbook.created = new Date(Date.UTC(2026, 3, 13));
  const n = dataset.municipalities.length;

  const data = workbook.addWorksheet(TABLE_SHEET);
  data.addTable({
    name: TABLE_NAME,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: TABLE_COLUMNS.map((c) => ({ name: c.header })),
    rows: dataset.municipalities.map((m) => TABLE_COLUMNS.map((c) => (c.key === "name" ? m.name : (m[c.key] ?? null)))),
  });
  data.columns.forEach((column, i) => (column.width = i === 0 ? 18 : 16));
  for (let r = 2; r <= n + 1; r++) {
    for (let c = 2; c <= TABLE_COLUMNS.length; c++) {
      data.getCell(r, c).dataValidation = {
        type: "whole",
        operator: "greaterThanOrEqual",
        formulae: [0],
        allowBlank: true,
        showErrorMessage: true,
        errorTitle: "Geen geldig aantal",
        error: "Alleen hele aantallen van 0 of meer. Laat de cel leeg als het getal onbekend is.",
      };
    }
  }

  const model = computeScenarios(inputOf(dataset.municipalities), settings, dataset.year);
  const plan = planScenarioSheet({ model, tableName: TABLE_NAME, region: dataset.region, sources: dataset.sources, language });
  const sheetName = `${language === "nl" ? "Verdeling" : "Allocation"} ${dataset.year}`;
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: plan.freezeRows }] });
  writePlan(sheet, plan);
  if (plan.groupBlock) labelExample(sheet, plan.groupBlock, language);
  const justification = planJustificationOf(model, plan, {
    region: dataset.region,
    sources: dataset.sources,
    language,
    version: VERSION,
    date: SAMPLE_DATE,
    scenarioSheet: sheet.name,
  });
  const justificationSheet = workbook.addWorksheet(justification.sheetName);
  writeJustificationPlan(justificationSheet, justification);
  if (plan.groupBlock) labelExampleHeading(justificationSheet, language);
  if (model.growth && plan.growth) addMonitor(workbook, dataset, model.growth, plan.growth, sheetName, language);

  return workbook;
}

/** The group block's title and the cell right of its needs say that the needs are an example (bold, red). */
function labelExample(sheet: ExcelJS.Worksheet, block: NonNullable<ScenarioPlan["groupBlock"]>, language: Language): void {
  const label = EXAMPLE_LABEL[language];
  const title = sheet.getCell(block.headerRow - 1, 1);
  title.value = `${String(title.value)} — ${label}`;
  const beside = sheet.getCell(block.needsRow + 1, block.width + 1);
  beside.value = `← ${label}`;
  for (const cell of [title, beside]) cell.font = { bold: true, color: { argb: `FF${PALETTE.alert.slice(1)}` } };
}

/** The Verantwoording's heading of the section per group says so too. */
function labelExampleHeading(sheet: ExcelJS.Worksheet, language: Language): void {
  const heading = GROUP_SHEET_TEXTS[language].heading;
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.value === heading) cell.value = `${heading} — ${EXAMPLE_LABEL[language]}`;
    }),
  );
}

/**
 * The Monitor sheet as the pane creates it from the scenario's growth path, with the start
 * year's realisation (the table's Realisatie, column B of the seed) filled in and later years
 * blank; every formula cell carries its cached result (monitorValues, from computeMonitor).
 * exceljs writes no charts: the line chart appears when the pane writes the monitor.
 */
function addMonitor(
  workbook: ExcelJS.Workbook,
  dataset: RegionDataset,
  growth: GrowthResult,
  at: NonNullable<ScenarioPlan["growth"]>,
  scenarioSheet: string,
  language: Language,
): void {
  const names = dataset.municipalities.map((m) => m.name);
  const startYear = growth.years[0];
  const endYear = growth.years[growth.years.length - 1];
  const realised = dataset.municipalities.map((m) => growth.years.map((_, k) => (k === 0 ? m.realised : null)));
  const path = {
    kind: "path" as const,
    address: `${quoteSheet(scenarioSheet)}!${address(at.firstRow, 1, names.length, growth.years.length)}`,
    firstYear: startYear,
  };
  const plan = planMonitorSheet({ region: dataset.region, municipalities: names, startYear, endYear, target: path, language, realised });
  const monitor = computeMonitor(
    names.map((name, i) => ({ name, targets: growth.rows[i], realised: realised[i] })),
    { startYear },
  );
  const values = monitorValues(plan, monitor, language);
  const sheet = workbook.addWorksheet("Monitor", { views: [{ state: "frozen", xSplit: plan.freezeColumns }] });
  const backlog = plan.sections.backlog;
  const spill = { row: backlog.firstRow, column: FIRST_YEAR_COLUMN, rows: names.length, columns: growth.years.length };
  writeCells(sheet, plan.cells, values, [spill]);
  writeFormats(sheet, plan.formats);
  for (const c of plan.conditionalFormats) {
    const style = {
      fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${c.fill.slice(1)}` } },
      font: { color: { argb: `FF${c.fontColor.slice(1)}` } },
    };
    sheet.addConditionalFormatting({
      ref: c.address,
      rules: [
        { type: "cellIs", operator: "equal", formulae: [`"${c.textEquals}"`], style, priority: 1 } as ExcelJS.ConditionalFormattingRule,
      ],
    });
  }
  const v = plan.dataValidation;
  const block = parseAddress(v.address);
  for (let r = block.row; r < block.row + block.rows; r++)
    for (let c = block.column; c < block.column + block.columns; c++)
      sheet.getCell(r + 1, c + 1).dataValidation = {
        type: "whole",
        operator: "greaterThanOrEqual",
        formulae: [0],
        allowBlank: true,
        showInputMessage: true,
        promptTitle: v.prompt.title,
        prompt: v.prompt.message,
        showErrorMessage: true,
        errorTitle: v.errorAlert.title,
        error: v.errorAlert.message,
      };
  writeColumnWidths(sheet, plan.columnWidths);
}
