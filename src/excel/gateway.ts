/* global Excel, Office */
import type { RawMunicipality, RegionDataset } from "../data/region";
import { resolveNeed } from "../engine/scenario";
import { address, contains, parseAddress, quoteSheet } from "./a1";
import { planScenarioSheet } from "./layout";
import { adapterError, fromExcelError } from "./messages";
import { TABLE_COLUMNS, TABLE_NAME, TABLE_SHEET, TableColumn, matchHeader } from "./tableColumns";
import type {
  MunicipalityTableRead,
  ScenarioSheetRequest,
  SupportReport,
  WorkbookGateway,
  WriteScenarioResult,
  WriteTableResult,
} from "./types";

/**
 * The Excel adapter: the only code that calls `Excel.run`. Each method is one user step: one
 * Excel.run, at most 3 `context.sync` calls whatever the number of municipalities, values and
 * formulas written as whole 2-D arrays.
 *
 * What the add-in writes is recorded in the workbook's settings (`workbook.settings`, saved
 * with the file) under {@link SETTINGS_KEY}: the table and each scenario sheet with the block
 * and chart it owns. Settings rather than a custom XML part because they are read and written
 * in the same batch as everything else (no extra round trip) and hold small JSON directly.
 * A re-run updates its own sheet in place; cells outside what it recorded are never written.
 */
export const SETTINGS_KEY = "Verdeelwijzer";
export const REQUIRED_SETS: [string, string][] = [["ExcelApi", "1.13"]];
const CHART_NAME = "VerdeelwijzerScenarios";

interface Record_ {
  table?: { name: string; sheet: string; rows: number; sources: string | null };
  sheets: { [name: string]: { address: string; chart: string } };
}

function emptyRecord(): Record_ {
  return { sheets: {} };
}

function parseRecord(value: unknown): Record_ {
  if (value && typeof value === "object" && "sheets" in value) return value as Record_;
  return emptyRecord();
}

/** A name not in `taken`: "Verdeling 2024 (2)", "(3)", … */
export function freeName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let k = 2; ; k++) {
    const name = `${base} (${k})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

export function createExcelGateway(): WorkbookGateway {
  return {
    async checkSupport(): Promise<SupportReport> {
      const missing = REQUIRED_SETS.filter(([set, version]) => !Office.context.requirements.isSetSupported(set, version)).map(
        ([set, version]) => `${set} ${version}`,
      );
      return { ok: missing.length === 0, missing };
    },

    async sheetStatus(sheetName) {
      return run(async (context) => {
        const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
        setting.load("value");
        const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
        sheet.load("isNullObject");
        await context.sync();
        if (sheet.isNullObject) return "free";
        const record = parseRecord(setting.isNullObject ? null : setting.value);
        return record.sheets[sheetName] ? "ours" : "user";
      });
    },

    async findMunicipalityTable() {
      return run(async (context) => {
        const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
        setting.load("value");
        const tables = context.workbook.tables;
        tables.load("items/name");
        await context.sync();
        const names = tables.items.map((t) => t.name);
        if (names.length === 0) return null;
        // header, body and place of every table, in one round trip
        const loaded = names.map((name) => {
          const table = context.workbook.tables.getItemOrNullObject(name);
          const header = table.getHeaderRowRange().load("values");
          const body = table.getDataBodyRange().load("values, rowIndex, columnIndex");
          const sheet = table.worksheet.load("name");
          return { name, header, body, sheet };
        });
        await context.sync();
        const record = parseRecord(setting.isNullObject ? null : setting.value);
        const preferred = [record.table?.name, TABLE_NAME].filter(Boolean) as string[];
        const candidates = [...loaded].sort((a, b) => rank(b.name) - rank(a.name));
        function rank(name: string) {
          const i = preferred.findIndex((p) => p.toLowerCase() === name.toLowerCase());
          return i < 0 ? 0 : preferred.length - i;
        }
        for (const c of candidates) {
          const keys = (c.header.values[0] ?? []).map(matchHeader);
          if (!keys.includes("name") || keys.filter((k) => k && k !== "name").length === 0) continue;
          return readTable(c.name, c.sheet.name, c.header.values[0].map(String), keys, c.body.values, c.body.rowIndex, c.body.columnIndex);
        }
        return null;
      });
    },

    async writeMunicipalityTable(dataset) {
      return run(async (context) => {
        const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
        setting.load("value");
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        const table = context.workbook.tables.getItemOrNullObject(TABLE_NAME);
        table.load("isNullObject");
        const tables = context.workbook.tables;
        tables.load("items/name");
        await context.sync();
        const record = parseRecord(setting.isNullObject ? null : setting.value);
        const ours = !table.isNullObject && record.table?.name === TABLE_NAME;
        if (!table.isNullObject && !ours) {
          // a table name has no spaces or brackets: offer Gemeenten_2, Gemeenten_3, … that is free
          const taken = new Set(tables.items.map((t) => t.name.toLowerCase()));
          let k = 2;
          while (taken.has(`${TABLE_NAME}_${k}`.toLowerCase())) k++;
          throw adapterError("nameTaken", { sheet: TABLE_NAME, suggestedName: `${TABLE_NAME}_${k}` });
        }
        const sheetName = ours ? record.table!.sheet : freeName(TABLE_SHEET, sheets.items.map((s) => s.name));
        const sheet = ours ? sheets.getItem(sheetName) : sheets.add(sheetName);
        if (ours) {
          sheet.protection.load("protected");
          await context.sync();
          if (sheet.protection.protected) throw adapterError("sheetProtected", { sheet: sheetName });
        }
        context.application.suspendApiCalculationUntilNextSync();
        const n = dataset.municipalities.length;
        const width = TABLE_COLUMNS.length;
        const body = dataset.municipalities.map((m) => TABLE_COLUMNS.map((c) => (c.key === "name" ? m.name : m[c.key] ?? "")));
        if (ours && record.table!.sources) sheet.getRange(record.table!.sources).clear();
        let target: Excel.Table;
        if (ours) {
          target = context.workbook.tables.getItemOrNullObject(TABLE_NAME);
          target.resize(`${quoteSheet(sheetName)}!${address(0, 0, n + 1, width)}`);
          sheet.getRangeByIndexes(1, 0, n, width).values = body;
        } else {
          sheet.getRangeByIndexes(0, 0, 1 + n, width).values = [TABLE_COLUMNS.map((c) => c.header), ...body];
          target = context.workbook.tables.add(`${quoteSheet(sheetName)}!${address(0, 0, n + 1, width)}`, true);
          target.name = TABLE_NAME;
          target.style = "TableStyleMedium2";
        }
        // whole numbers ≥ 0 in every numeric column, with Dutch prompts
        const numeric = sheet.getRangeByIndexes(1, 1, Math.max(n, 1), width - 1);
        numeric.dataValidation.clear();
        numeric.dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
        numeric.dataValidation.prompt = {
          showPrompt: true,
          title: "Hele aantallen",
          message: "Vul een heel aantal van 0 of meer in. Laat de cel leeg als het getal onbekend is (leeg is niet 0).",
        };
        numeric.dataValidation.errorAlert = {
          showAlert: true,
          style: "Stop",
          title: "Geen geldig aantal",
          message: "Alleen hele aantallen van 0 of meer. Laat de cel leeg als het getal onbekend is.",
        };
        const sources = sourceLines(dataset);
        const sourcesAt = address(n + 2, 0, sources.length, 1);
        sheet.getRange(sourcesAt).values = sources.map((s) => [s]);
        sheet.getRange(sourcesAt).format.font.italic = true;
        sheet.getRangeByIndexes(0, 0, 1, width).format.columnWidth = 110;
        sheet.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = 140;
        record.table = { name: TABLE_NAME, sheet: sheetName, rows: n, sources: sourcesAt };
        context.workbook.settings.add(SETTINGS_KEY, record);
        await context.sync();
        return { tableName: TABLE_NAME, sheetName, updated: ours } satisfies WriteTableResult;
      });
    },

    async writeScenarioSheet(request) {
      return run(async (context) => writeScenario(context, request), request.sheetName);
    },

    async select(sheetName, at) {
      return run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        sheet.activate();
        sheet.getRange(at).select();
        await context.sync();
      }, sheetName);
    },
  };
}

async function writeScenario(context: Excel.RequestContext, request: ScenarioSheetRequest): Promise<WriteScenarioResult> {
  const { sheetName, tableName } = request;
  // round trip 1: what is there
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const existing = sheets.getItemOrNullObject(sheetName);
  existing.load("isNullObject");
  existing.protection.load("protected");
  const used = existing.getUsedRangeOrNullObject(true);
  used.load("isNullObject, address");
  const table = context.workbook.tables.getItemOrNullObject(tableName);
  table.load("isNullObject");
  await context.sync();

  const record = parseRecord(setting.isNullObject ? null : setting.value);
  const names = sheets.items.map((s) => s.name);
  const own = record.sheets[sheetName];
  if (table.isNullObject) throw adapterError("tableNotFound", { table: tableName });
  if (!existing.isNullObject) {
    if (!own) throw adapterError("nameTaken", { sheet: sheetName, suggestedName: freeName(sheetName, names) });
    if (!request.replaceOwnSheet) throw adapterError("confirmReplace", { sheet: sheetName });
    if (existing.protection.protected) throw adapterError("sheetProtected", { sheet: sheetName });
    if (!used.isNullObject && !contains(parseAddress(own.address), parseAddress(used.address))) {
      throw adapterError("userContent", { sheet: sheetName, address: used.address.replace(/^.*!/, ""), suggestedName: freeName(sheetName, names) });
    }
  }

  // round trip 2: the municipality data the formulas will refer to (size, origin present)
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values");
  const oldChart = own && !existing.isNullObject ? existing.charts.getItemOrNullObject(own.chart) : null;
  oldChart?.load("isNullObject");
  await context.sync();
  const keys = header.values[0].map(matchHeader);
  for (const needed of ["name", "population", "lettingsSocial", "lettingsCheap", "realised"] as TableColumn[]) {
    if (!keys.includes(needed)) throw adapterError("badTable", { table: tableName, detail: TABLE_COLUMNS.find((c) => c.key === needed)!.header });
  }
  const rows = readTable(tableName, "", header.values[0].map(String), keys, body.values, 0, 0).rows;
  const municipalities = rows.length;
  const withOrigin = rows.some((r) => typeof r.origin === "number" && r.origin > 0);
  const plan = planScenarioSheet({
    municipalities,
    tableName,
    settings: request.settings,
    need: resolveNeed(
      request.settings.need,
      rows.map((r) => (typeof r.lettingsSocial === "number" ? r.lettingsSocial : null)),
    ),
    region: request.region,
    year: request.year,
    sources: request.sources,
    withOrigin,
  });

  // round trip 3: write everything
  context.application.suspendApiCalculationUntilNextSync();
  const sheet = existing.isNullObject ? sheets.add(sheetName) : sheets.getItem(sheetName);
  if (own && !existing.isNullObject) {
    sheet.getRange(own.address).clear();
    if (oldChart && !oldChart.isNullObject) oldChart.delete();
  }
  sheet.getRange(plan.address).formulas = plan.cells;
  for (const f of plan.formats) {
    const range = sheet.getRange(f.address);
    const block = parseAddress(f.address);
    if (f.numberFormat) range.numberFormat = Array.from({ length: block.rows }, () => new Array(block.columns).fill(f.numberFormat));
    if (f.bold) range.format.font.bold = true;
    if (f.italic) range.format.font.italic = true;
    if (f.fontColor) range.format.font.color = f.fontColor;
    if (f.fill) range.format.fill.color = f.fill;
  }
  for (const w of plan.columnWidths) sheet.getRangeByIndexes(0, w.column, 1, 1).format.columnWidth = w.width;
  sheet.freezePanes.freezeRows(plan.freezeRows);
  const chart = sheet.charts.add("BarClustered", sheet.getRange(plan.chart.dataAddress), "Columns");
  chart.name = CHART_NAME;
  chart.title.text = plan.chart.title;
  chart.legend.position = "Bottom";
  const width = parseAddress(plan.address).columns;
  chart.setPosition(address(plan.headerRow, width + 1), address(plan.headerRow + 24, width + 9));
  record.sheets[sheetName] = { address: plan.address, chart: CHART_NAME };
  context.workbook.settings.add(SETTINGS_KEY, record);
  sheet.activate();
  await context.sync();
  return { sheetName, updated: !existing.isNullObject, address: `${quoteSheet(sheetName)}!${plan.address}`, chartName: CHART_NAME };
}

/** Rows of a table read back: columns matched by header (nl/en, any order), blank stays null. */
function readTable(
  tableName: string,
  sheetName: string,
  headers: string[],
  keys: (TableColumn | null)[],
  values: unknown[][],
  bodyRow: number,
  bodyColumn: number,
): MunicipalityTableRead {
  const nameColumn = keys.indexOf("name");
  const rows: RawMunicipality[] = values.map((row) => {
    const raw: RawMunicipality = { name: row[nameColumn] as string };
    keys.forEach((key, j) => {
      if (key && key !== "name") raw[key] = row[j] === "" ? null : (row[j] as number | string);
    });
    return raw;
  });
  const rowAddresses = values.map((_, i) => `${quoteSheet(sheetName)}!${address(bodyRow + i, bodyColumn + nameColumn)}`);
  return { tableName, sheetName, rows, rowAddresses, headers };
}

function sourceLines(dataset: RegionDataset): string[] {
  const lines = [`Bronnen ${dataset.region}, peiljaar ${dataset.year}:`];
  for (const c of TABLE_COLUMNS) {
    if (c.key === "name") continue;
    const s = dataset.sources[c.key];
    lines.push(`${c.header}: ${s.nl}${s.reconstructed ? " [gereconstrueerd]" : ""}`);
  }
  return lines;
}

/** One Excel.run per user step; Excel's errors become AdapterErrors with a message. */
async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>, sheet?: string): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw fromExcelError(error, sheet);
  }
}
