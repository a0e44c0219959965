import ExcelJS from "exceljs";
import { STEDENDRIEHOEK_2024 } from "../src/data";
import type { RegionDataset } from "../src/data";
import { DEFAULT_SETTINGS, ScenarioSettings, resolveNeed } from "../src/engine/scenario";
import { parseAddress } from "../src/excel/a1";
import { planScenarioSheet } from "../src/excel/layout";
import { TABLE_COLUMNS, TABLE_NAME, TABLE_SHEET } from "../src/excel/tableColumns";

/**
 * The sample workbook, as the wizard would write it: the `Gemeenten` table with the embedded
 * data and the scenario sheet from the same plan the Excel adapter uses (src/excel/layout.ts).
 *
 * One difference, because exceljs cannot write Excel's dynamic-array metadata: each spilling
 * THUIS formula is stored as a classic array formula over exactly the cells it fills
 * ({=THUIS.CAP30(…)} over D13:D21). Excel computes them live just the same once the add-in is
 * loaded; the wizard itself writes real dynamic arrays.
 */
export async function buildSampleWorkbook(dataset: RegionDataset = STEDENDRIEHOEK_2024, settings: ScenarioSettings = DEFAULT_SETTINGS): Promise<ExcelJS.Workbook> {
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

  const plan = planScenarioSheet({
    municipalities: n,
    tableName: TABLE_NAME,
    settings,
    need: resolveNeed(settings.need, dataset.municipalities.map((m) => m.lettingsSocial)),
    region: dataset.region,
    year: dataset.year,
    sources: dataset.sources,
    withOrigin: dataset.municipalities.some((m) => (m.origin ?? 0) > 0),
  });
  const sheet = workbook.addWorksheet(`Verdeling ${dataset.year}`, { views: [{ state: "frozen", ySplit: plan.freezeRows }] });
  const spills = new Map<string, string>(); // top-left → range filled by its spill
  for (const { column } of plan.scenarioColumns) spills.set(`${plan.dataRow},${column}`, `${n},1`);
  spills.set(`${plan.dataRow},0`, `${n},1`);
  if (plan.growth) {
    spills.set(`${plan.growth.firstRow},0`, `${n},1`);
    spills.set(`${plan.growth.firstRow},1`, `${n},${plan.growth.years.length}`);
  }
  plan.cells.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === "") return;
      const cell = sheet.getCell(r + 1, c + 1);
      if (typeof value === "string" && value.startsWith("=")) {
        const spill = spills.get(`${r},${c}`);
        if (spill) {
          const [rows, cols] = spill.split(",").map(Number);
          const ref = `${cell.address}:${sheet.getCell(r + rows, c + cols).address}`;
          cell.value = { formula: value.slice(1), shareType: "array", ref } as ExcelJS.CellFormulaValue;
        } else cell.value = { formula: value.slice(1) } as ExcelJS.CellFormulaValue;
      } else cell.value = value;
    }),
  );
  for (const f of plan.formats) {
    const b = parseAddress(f.address);
    for (let r = b.row; r < b.row + b.rows; r++)
      for (let c = b.column; c < b.column + b.columns; c++) {
        const cell = sheet.getCell(r + 1, c + 1);
        if (f.numberFormat) cell.numFmt = f.numberFormat;
        if (f.bold || f.italic || f.fontColor) cell.font = { ...cell.font, bold: f.bold, italic: f.italic, color: f.fontColor ? { argb: `FF${f.fontColor.slice(1)}` } : undefined };
        if (f.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${f.fill.slice(1)}` } };
      }
  }
  for (const w of plan.columnWidths) sheet.getColumn(w.column + 1).width = Math.round(w.width / 6);
  return workbook;
}
