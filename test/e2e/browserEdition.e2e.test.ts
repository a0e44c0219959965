/**
 * The browser edition (issue 21 item 3), end to end in chromium: a workbook shaped like a
 * corporation's export (a merged title, an Excel table of the nine municipalities, a totals row
 * under it, a footnote and an "n.b." note) is opened in the preview through its file input, the
 * same wizard reads its table and writes the scenario sheet, the workbook is downloaded
 * (playwright's download event), and LibreOffice — a reader without the add-in — shows the
 * scenario figures from the cached values. The user's own cells come back unchanged.
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { Browser, Page } from "playwright-core";
import { STEDENDRIEHOEK_2024, STEDENDRIEHOEK_2024_PUBLISHED as P } from "../../src/data";
import { TABLE_COLUMNS } from "../../src/sheets/tableColumns";
import { serve } from "./server";
import { PAGE_OPTIONS, launchChromium, shot } from "./pane";
import { libreOfficeCsv, soffice } from "../libreOffice";
import { fairShare } from "../../src/engine/fairShare";
import { quota } from "../../src/engine/quota";
import { STEDENDRIEHOEK_2024_LETTINGS as L } from "../../src/data/stedendriehoek2024";
import { CBS_POPULATION_2019, CORPORATION_EXPORT, EXPORT_MERGES, EXPORT_SHEET } from "../fixtures/corporationExport";

const root = join(__dirname, "..", "..");
const dist = join(root, "dist");
const sample = join(root, "examples", "Regio-Stedendriehoek-2024.xlsx");

const LETTINGS_TOTAL = STEDENDRIEHOEK_2024.municipalities.reduce((s, m) => s + (m.lettingsSocial ?? 0), 0);

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  if (!existsSync(join(dist, "preview.html"))) throw new Error("dist/ missing: run `npm run build` first (npm test does)");
  server = await serve(dist);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The region's figures as a corporation might send them: title, table, totals, footnote (the embedded data, never invented). */
async function corporationWorkbook(): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Export 2024");
  const n = STEDENDRIEHOEK_2024.municipalities.length;
  ws.getCell("A1").value = "Woningcorporaties Stedendriehoek — verhuringen en inwoners 2024";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.mergeCells("A1:G1");
  ws.addTable({
    name: "Woningmarkt",
    ref: "A3",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: TABLE_COLUMNS.map((c) => ({ name: c.header })),
    rows: STEDENDRIEHOEK_2024.municipalities.map((m) => TABLE_COLUMNS.map((c) => (c.key === "name" ? m.name : (m[c.key] ?? null)))),
  });
  const totals = 3 + n + 1;
  ws.getCell(totals, 1).value = "Regio Stedendriehoek";
  ws.getCell(totals, 3).value = { formula: `SUM(C4:C${3 + n})`, result: LETTINGS_TOTAL };
  ws.getCell(totals + 2, 1).value = "Herkomst: n.b. (nog niet geregistreerd). Bron: jaarverslagen corporaties.";
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

/** The export without an Excel table (title and group header merged, totals row, footnote, "n.b."), as an .xlsx file. */
async function exportWithoutTable(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(EXPORT_SHEET);
  CORPORATION_EXPORT.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
  EXPORT_MERGES.forEach((range) => ws.mergeCells(range));
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** LibreOffice's view of one sheet of a downloaded workbook, as rows of text. */
function libreOfficeSheet(file: string, dir: string, sheet: string): string[][] {
  return libreOfficeCsv(file, dir)(sheet);
}

async function openPreview(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true, ...PAGE_OPTIONS });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  // everything stays on the machine: any request that is not to this server is an error
  page.on("request", (r) => !r.url().startsWith(server.url) && errors.push(`request to ${r.url()}`));
  await page.goto(`${server.url}/preview.html`);
  await page.getByRole("heading", { name: "Verdeelwijzer" }).waitFor();
  return { page, errors };
}

test("21.3 open a corporation's .xlsx in the preview, run the wizard, download it: LibreOffice shows the scenario figures", async () => {
  const { page, errors } = await openPreview();
  // the xlsx chunk is not part of the first load
  const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src));
  expect(scripts.some((s) => s.includes("xlsx"))).toBe(false);

  await page.getByLabel("Werkmap openen (.xlsx)").setInputFiles({
    name: "Corporaties 2024.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(await corporationWorkbook()),
  });
  await page.getByText(/Geopend: Corporaties 2024\.xlsx — 1 blad, \d+ cellen, 1 tabel, 1 samengevoegde blok\./).waitFor();
  const grid = page.getByRole("region", { name: "Gesimuleerde werkmap" });
  const cell = (a1: string) => grid.locator(`td[data-cell="${a1}"]`);
  await grid.getByRole("tab", { name: "Export 2024", selected: true }).waitFor();
  expect(await cell("A4").textContent()).toBe("Apeldoorn");
  expect(await cell("C13").textContent()).toBe(String(LETTINGS_TOTAL)); // the totals row under the table, computed
  // a fresh pane on the opened workbook: its table of municipalities is offered, not read unasked
  await page.getByText("Deze werkmap heeft een tabel 'Woningmarkt' met gemeenten en cijfers.", { exact: false }).waitFor();
  expect(await page.getByRole("radio", { name: /Regio Stedendriehoek 2024/ }).isChecked()).toBe(true);
  await shot(page, "preview-bestand-geopend.png");

  // the same wizard on the opened workbook: its table, then the scenario sheet
  await page.getByRole("button", { name: "Met deze tabel rekenen" }).click();
  await page.getByText("Tabel 'Woningmarkt' ingelezen: 9 gemeenten.").waitFor();
  expect(await page.getByRole("radio", { name: /Tabel in deze werkmap/ }).isChecked()).toBe(true);
  for (let k = 0; k < 3; k++) await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByRole("button", { name: "Scenarioblad maken" }).click();
  await page.getByText("Klaar: blad 'Verdeling 2024' is geschreven.").waitFor();
  await grid.getByRole("tab", { name: "Verdeling 2024" }).click();
  await cell("B13").getByText("422", { exact: true }).waitFor();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Downloaden als .xlsx" }).click()]);
  expect(download.suggestedFilename()).toBe("Corporaties 2024 - Verdeelwijzer.xlsx");
  const dir = mkdtempSync(join(tmpdir(), "verdeelwijzer-browser-"));
  const file = join(dir, "download.xlsx");
  await download.saveAs(file);
  await page.getByText("Gedownload: Corporaties 2024 - Verdeelwijzer.xlsx, met de berekende waarden van elke formule.").waitFor();
  await shot(page, "preview-bestand-gedownload.png");
  expect(errors).toEqual([]);
  await page.close();

  // the user's cells are as they were; the scenario sheet is beside them
  const back = await new ExcelJS.Workbook().xlsx.readFile(file);
  expect(back.worksheets.map((w) => w.name)).toEqual(["Export 2024", "Verdeling 2024", "Verantwoording"]);
  const original = await new ExcelJS.Workbook().xlsx.load(await corporationWorkbook());
  const export2024 = back.getWorksheet("Export 2024")!;
  original
    .getWorksheet("Export 2024")!
    .eachRow((row, r) =>
      row.eachCell((c, k) => expect({ at: c.address, value: export2024.getCell(r, k).value }).toEqual({ at: c.address, value: c.value })),
    );
  expect(export2024.getCell("A1").font).toMatchObject({ bold: true, size: 14 });

  // LibreOffice, without the add-in, shows the scenario figures from the cached values
  expect(soffice).toBeDefined();
  const scenario = libreOfficeSheet(file, dir, "Verdeling 2024");
  expect(scenario.flat().filter((t) => /#NAME\?|#VALUE!|Err:/.test(t))).toEqual([]);
  const row = (label: string) => scenario.find((r) => r[0] === label)!;
  expect(P.municipalities.map((m) => Number(row(m)[1]))).toEqual([...P.fairShare]);
  expect(P.municipalities.map((m) => Number(row(m)[3]))).toEqual([...P.max30Social]);
  expect(row("Regio totaal").slice(1, 6).map(Number)).toEqual([1170, 795, 956, 471, 479]);
  expect(row("Niet geplaatst").slice(1, 6).map(Number)).toEqual([0, 375, 214, 699, 691]);
}, 180_000);

test("21.3 a dropped file opens too, merged cells drawn merged; a file that is not .xlsx is refused, nothing changed", async () => {
  const { page, errors } = await openPreview();
  const grid = page.getByRole("region", { name: "Gesimuleerde werkmap" });
  const cell = (a1: string) => grid.locator(`td[data-cell="${a1}"]`);
  const drop = async (name: string, bytes: Buffer) => {
    const transfer = await page.evaluateHandle(
      ({ name, data }) => {
        const t = new DataTransfer();
        t.items.add(new File([Uint8Array.from(atob(data), (ch) => ch.charCodeAt(0))], name));
        return t;
      },
      { name, data: bytes.toString("base64") },
    );
    await grid.dispatchEvent("drop", { dataTransfer: transfer });
  };
  await drop("notities.xlsx", Buffer.from("geen werkmap"));
  await page.getByText(/^'notities\.xlsx' kon niet worden gelezen als \.xlsx-werkmap \(.+\)\. Er is niets gewijzigd\.$/).waitFor();
  const tabs = async () => Promise.all((await grid.getByRole("tab").all()).map((tab) => tab.getAttribute("value")));
  expect(await tabs()).toEqual(["Blad1"]);

  await drop("Regio-Stedendriehoek-2024.xlsx", readFileSync(sample));
  await page.getByText(/^Geopend: Regio-Stedendriehoek-2024\.xlsx — 4 bladen, \d+ cellen, 1 tabel, \d+ samengevoegde blokken\.$/).waitFor();
  expect(await tabs()).toEqual(["Gemeenten", "Verdeling 2024", "Verantwoording", "Monitor"]);
  await grid.getByRole("tab", { name: "Verdeling 2024" }).click();
  expect(await cell("B13").textContent()).toBe("422");
  expect(await cell("D22").textContent()).toBe("956");
  await grid.getByRole("tab", { name: "Verantwoording" }).click();
  expect(await cell("A5").getAttribute("colspan")).toBe("10");
  expect(await cell("B5").count()).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
}, 60_000);

test("21 done-when: an export without a table opened as .xlsx, mapped by the suggestions, downloaded: LibreOffice shows it", async () => {
  const { page, errors } = await openPreview();
  await page.getByLabel("Werkmap openen (.xlsx)").setInputFiles({
    name: "Export zonder tabel.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await exportWithoutTable(),
  });
  await page.getByText(/Geopend: Export zonder tabel\.xlsx — 1 blad/).waitFor();
  await page.getByRole("radio", { name: /Tabel in deze werkmap/ }).check();
  await page.getByRole("combobox", { name: "Een blad" }).click();
  await page.getByRole("option", { name: EXPORT_SHEET }).click();
  await page.getByText("9 gemeenten gevonden.").waitFor();
  await page.getByText("rij 14: totaalrij 'Regio Stedendriehoek'").waitFor();
  await page.getByRole("button", { name: "Volgende" }).click();
  expect(await page.getByRole("textbox", { name: "Apeldoorn Inwonertal" }).inputValue()).toBe(String(CBS_POPULATION_2019[0]));
  for (let k = 0; k < 2; k++) await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByRole("button", { name: "Scenarioblad maken" }).click();
  await page.getByText("Klaar: blad 'Verdeling 2024' is geschreven.").waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Downloaden als .xlsx" }).click()]);
  const dir = mkdtempSync(join(tmpdir(), "verdeelwijzer-export-"));
  const file = join(dir, "download.xlsx");
  await download.saveAs(file);

  // next year, the downloaded workbook opened again: a fresh pane, on the figures of its Gemeenten table
  await page.getByLabel("Werkmap openen (.xlsx)").setInputFiles(file);
  await page.getByText(/Geopend: download\.xlsx — 4 bladen/).waitFor();
  await page
    .getByText("Deze werkmap heeft al een tabel 'Gemeenten'. Het venster rekent met de cijfers daaruit (9 gemeenten).", { exact: false })
    .waitFor();
  expect(await page.getByRole("radio", { name: /Tabel in deze werkmap/ }).isChecked()).toBe(true);
  await shot(page, "preview-volgend-jaar-geopend.png");
  await page.getByRole("button", { name: "Volgende" }).click();
  expect(await page.getByRole("textbox", { name: "Apeldoorn Inwonertal" }).inputValue()).toBe(String(CBS_POPULATION_2019[0]));
  expect(errors).toEqual([]);
  await page.close();

  // the user's export is as it was, beside the add-in's linked table and the scenario sheet
  const back = await new ExcelJS.Workbook().xlsx.readFile(file);
  expect(back.worksheets.map((w) => w.name)).toEqual([EXPORT_SHEET, "Gemeenten", "Verdeling 2024", "Verantwoording"]);
  const own = back.getWorksheet(EXPORT_SHEET)!;
  CORPORATION_EXPORT.forEach((row, r) =>
    row.forEach((v, c) => {
      const cell = own.getCell(r + 1, c + 1);
      if (cell.isMerged && cell.master.address !== cell.address) return; // a merged block's other cells read as its first
      expect({ at: cell.address, value: cell.value }).toEqual({ at: cell.address, value: v });
    }),
  );
  expect(EXPORT_MERGES.every((range) => own.getCell(range.split(":")[1]).isMerged)).toBe(true);
  // LibreOffice, without the add-in: A by the CBS population of the export, C as 30% of its lettings, the totals
  expect(soffice).toBeDefined();
  const scenario = libreOfficeSheet(file, dir, "Verdeling 2024");
  expect(scenario.flat().filter((t) => /#NAME\?|#VALUE!|Err:/.test(t))).toEqual([]);
  const row = (label: string) => scenario.find((r) => r[0] === label)!;
  const A = fairShare(1170, CBS_POPULATION_2019, "hamilton");
  const C = quota(L.social, 0.3, "round");
  expect(P.municipalities.map((m) => Number(row(m)[1]))).toEqual(A);
  expect(P.municipalities.map((m) => Number(row(m)[3]))).toEqual(C);
  expect(Number(row("Regio totaal")[1])).toBe(1170);
}, 180_000);
