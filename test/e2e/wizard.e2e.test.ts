/**
 * End to end in a real browser: the built pane (dist/taskpane.html, under its own CSP) in
 * Debian's chromium driven by playwright-core, with Office.js replaced by the fake Excel.
 * Walks the whole wizard at 320 px with the Stedendriehoek data, checks the workbook it
 * wrote (formulas, and their values computed by HyperFormula), runs axe-core on every step
 * and saves a screenshot of each to test-output/screenshots/.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { Browser, Page, chromium } from "playwright-core";
import { STEDENDRIEHOEK_2024_PUBLISHED as P } from "../../src/data";
import { WorkbookModel, SheetModel } from "../fake-excel/model";
import { evaluateWorkbook } from "../excel/hyperformulaThuis";
import { serve } from "./server";

const root = join(__dirname, "..", "..");
const dist = join(root, "dist");
const shots = join(root, "test-output", "screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let fakeOffice: string;
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

beforeAll(async () => {
  if (!existsSync(join(dist, "taskpane.html"))) throw new Error("dist/ missing: run `npm run build` first (npm test does)");
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} missing: apt-get install -y chromium (.ci/run does)`);
  mkdirSync(shots, { recursive: true });
  const bundle = await build({ entryPoints: [join(__dirname, "fakeOffice.ts")], bundle: true, write: false, format: "iife", platform: "browser", target: "es2020" });
  fakeOffice = bundle.outputFiles[0].text;
  server = await serve(dist);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPane(lang: "nl" | "en"): Promise<{ page: Page; firstRenderMs: number; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ contentType: "application/javascript", body: fakeOffice }));
  const start = Date.now();
  await page.goto(`${server.url}/taskpane.html?lang=${lang}`);
  await page.getByRole("heading", { name: "Verdeelwijzer" }).waitFor();
  return { page, firstRenderMs: Date.now() - start, errors };
}

async function axe(page: Page, step: string): Promise<void> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    // Fluent's focus manager (tabster) adds invisible aria-hidden focus sentinels
    // (<i data-tabster-dummy>) that only move focus on; axe reports them as aria-hidden-focus.
    // They are not content, so they are left out of the audit; everything else is checked.
    const context = { exclude: [["[data-tabster-dummy]"]] };
    const result = await (window as unknown as { axe: { run: (c: unknown) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run(context);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, targets: (v.nodes as { html: string }[]).map((n) => n.html.slice(0, 160)) }));
  });
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect({ step, serious }).toEqual({ step, serious: [] });
}

async function workbookOf(page: Page): Promise<WorkbookModel> {
  const dump = await page.evaluate(() => {
    const wb = (window as unknown as { __verdeelwijzerWorkbook: WorkbookModel }).__verdeelwijzerWorkbook;
    return { sheets: wb.sheets.map((s) => ({ name: s.name, cells: [...s.cells.entries()], charts: s.charts })), tables: wb.tables, syncs: wb.syncCount };
  });
  const model = new WorkbookModel([]);
  for (const s of dump.sheets) {
    const sheet = new SheetModel(s.name);
    sheet.cells = new Map(s.cells);
    sheet.charts = s.charts;
    model.sheets.push(sheet);
  }
  model.tables = dump.tables;
  model.syncCount = dump.syncs;
  return model;
}

test("the whole wizard in Dutch at 320 px: region → data → scenario → result, then an update", async () => {
  const { page, firstRenderMs, errors } = await openPane("nl");
  console.log(`time to first render: ${firstRenderMs} ms`);

  // the shared runtime: functions.js associated every THUIS function in the pane's page
  const associated = await page.evaluate(() => [...(window as unknown as { __verdeelwijzerWorkbook: WorkbookModel }).__verdeelwijzerWorkbook.customFunctions.keys()].sort());
  expect(associated).toEqual(["ADJUST", "CAP30", "CARRYOVER", "FAIRSHARE", "GROWTHPATH", "MIN15", "MUTATIONRATE", "REDISTRIBUTE", "SHORTFALL"]);

  // 1. Regio
  await page.getByRole("radio", { name: /Regio Stedendriehoek 2024/ }).waitFor();
  await page.screenshot({ path: join(shots, "1-regio.png"), fullPage: true });
  await axe(page, "regio");

  // 2. Gegevens: the 0 cheap lettings of Epe, Hattem, Heerde are flagged
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByText("3 waarschuwingen").waitFor();
  await page.getByText(/Epe: Mutaties tot 1e aftoppingsgrens is 0/).waitFor();
  expect(await page.getByRole("textbox", { name: "Apeldoorn Mutaties sociale huur" }).inputValue()).toBe("1184");
  await page.screenshot({ path: join(shots, "2-gegevens.png"), fullPage: true });
  await axe(page, "gegevens");

  // a negative value is caught as you type and blocks the next step; fixing it unblocks
  const apeldoorn = page.getByRole("textbox", { name: "Apeldoorn Realisatie" });
  await apeldoorn.fill("-5");
  await page.getByText("rij 1: realisatie is negatief (-5)", { exact: false }).waitFor();
  expect(await page.getByRole("button", { name: "Volgende" }).isDisabled()).toBe(true);
  await page.screenshot({ path: join(shots, "2b-gegevens-fout.png"), fullPage: true });
  await apeldoorn.fill("305");

  // 3. Scenario: live preview from the engine
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByText(/Opgave: 1170 huishoudens = 36,7% van de mutaties sociale huur/).waitFor();
  const previewRow = page.getByRole("row", { name: /C · Max. 30% sociale huur/ });
  expect(await previewRow.textContent()).toContain("956");
  expect(await previewRow.textContent()).toContain("214");
  await page.screenshot({ path: join(shots, "3-scenario.png"), fullPage: true });
  await axe(page, "scenario");

  // 4. Resultaat: write the sheet
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByRole("button", { name: "Scenarioblad maken" }).click();
  await page.getByText("Klaar: blad 'Verdeling 2024' is geschreven.").waitFor();
  await page.screenshot({ path: join(shots, "4-resultaat.png"), fullPage: true });
  await axe(page, "resultaat");

  const model = await workbookOf(page);
  const sheet = model.sheet("Verdeling 2024")!;
  expect(sheet.get(12, 1)?.formula).toBe("=THUIS.FAIRSHARE($B$3,Gemeenten[Inwonertal],$B$8)");
  expect(sheet.get(12, 3)?.formula).toBe("=THUIS.CAP30(Gemeenten[Mutaties sociale huur],$B$5,$B$7)");
  expect(sheet.charts).toHaveLength(1);
  const { value } = evaluateWorkbook(model);
  expect(Array.from({ length: 9 }, (_, i) => value("Verdeling 2024", 12 + i, 3))).toEqual([...P.max30Social]);
  expect(value("Verdeling 2024", 22, 3)).toBe(214);

  // the Verantwoording sheet came with it; its result column is the scenario sheet's A
  const justification = model.sheet("Verantwoording")!;
  expect(justification.get(0, 0)?.value).toBe("Verantwoording verdeling urgente aandachtsgroepen — Regio Stedendriehoek 2024");
  expect([...justification.cells.values()].some((c) => c.formula?.startsWith("=SUM("))).toBe(true);

  // "Waarom dit getal?": selecting a cell in Deventer's row on the sheet moves the panel there
  const why = page.getByRole("region", { name: "Waarom dit getal?" });
  await why.getByText(/dit paneel volgt de selectie/).waitFor();
  await page.waitForFunction(() => (window as unknown as { __verdeelwijzerWorkbook: WorkbookModel }).__verdeelwijzerWorkbook.selectionHandlers.length === 1);
  await page.evaluate(() => (window as unknown as { __verdeelwijzerWorkbook: WorkbookModel }).__verdeelwijzerWorkbook.selectCells("Verdeling 2024", "D15"));
  await why.getByRole("list", { name: "Waarom dit getal? Deventer" }).waitFor();
  await why.getByText("30% × 900 mutaties = 270").waitFor();
  await why.scrollIntoViewIfNeeded();
  await why.screenshot({ path: join(shots, "5-waarom-nl.png") });
  await axe(page, "waarom");

  // re-run asks before replacing the add-in's own sheet
  await page.getByRole("button", { name: "Scenarioblad bijwerken" }).click();
  await page.getByRole("dialog", { name: "Blad bijwerken?" }).waitFor();
  await page.screenshot({ path: join(shots, "5-bijwerken-vragen.png"), fullPage: true });
  await page.getByRole("button", { name: "Bijwerken", exact: true }).click();
  await page.getByText("Klaar: blad 'Verdeling 2024' is bijgewerkt.").waitFor();
  const after = await workbookOf(page);
  expect(after.sheets.filter((s) => s.name.startsWith("Verdeling"))).toHaveLength(1);
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);

test("English when Office runs in English", async () => {
  const { page, errors } = await openPane("en");
  await page.getByRole("radio", { name: /built in/ }).waitFor();
  expect(await page.getByRole("button", { name: "Next" }).isVisible()).toBe(true);
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByText(/Need: 1170 households = 36.7% of social-rent lettings/).waitFor();
  await page.screenshot({ path: join(shots, "en-3-scenario.png"), fullPage: true });
  await axe(page, "scenario (en)");

  // "Why this number?" at a need of 1163, where Hamilton shows the Alabama paradox for Epe (1163 → 1164)
  await page.getByRole("textbox", { name: "Regional need (households per year)" }).fill("1163");
  await page.getByText(/Need: 1163 households/).waitFor();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Create scenario sheet" }).click();
  await page.getByText("Done: sheet 'Verdeling 2024' was written.").waitFor();
  const why = page.getByRole("region", { name: "Why this number?" });
  await why.getByText(/this panel follows the selection/).waitFor();
  await page.waitForFunction(() => (window as unknown as { __verdeelwijzerWorkbook: WorkbookModel }).__verdeelwijzerWorkbook.selectionHandlers.length === 1);
  await page.evaluate(() => (window as unknown as { __verdeelwijzerWorkbook: WorkbookModel }).__verdeelwijzerWorkbook.selectCells("Verdeling 2024", "B19"));
  await why.getByRole("list", { name: "Why this number? Epe" }).waitFor();
  await why.getByText("Every number is also on sheet 'Justification', ready to print for the council.").waitFor();
  await why.getByText(/Alabama paradox under Hamilton: with 1,164 instead of 1,163 dwellings, Epe would get one fewer .* This affects this municipality\./).waitFor();
  await why.scrollIntoViewIfNeeded();
  await why.screenshot({ path: join(shots, "5-waarom-en.png") });
  await axe(page, "why (en)");
  expect(errors).toEqual([]);
  await page.close();
}, 60_000);

test("preview without Excel: the real pane beside the simulated workbook it writes", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}/preview.html`);
  for (let k = 0; k < 3; k++) await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByRole("button", { name: "Scenarioblad maken" }).click();
  await page.getByText("Klaar: blad 'Verdeling 2024' is geschreven.").waitFor();
  const grid = page.getByRole("region", { name: "Gesimuleerde werkmap" });
  await grid.getByText("=THUIS.FAIRSHARE($B$3,Gemeenten[Inwonertal],$B$8)").waitFor();
  await grid.getByRole("tab", { name: "Gemeenten" }).click();
  await grid.getByText("Apeldoorn").waitFor();
  await grid.getByRole("tab", { name: "Verdeling 2024" }).click();
  await page.screenshot({ path: join(shots, "preview.png") });
  expect(errors).toEqual([]);
  await page.close();
}, 60_000);
