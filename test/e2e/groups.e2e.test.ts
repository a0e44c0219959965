/**
 * Issue 19 in a real browser at 320 px: the *Per groep* section of the Scenario step. A labelled
 * example of group needs is typed into the fields (three groups, 1.170 households in all, the other
 * seven left blank: unknown), the block shows one group at a time, and *Waarom?* explains a cell —
 * the numbers the pane shows are THE per-group model's (groupModel over the same data), and after
 * writing, the sheet's live THUIS.GROUPSHARE block (computed by HyperFormula) shows them too.
 * Screenshots in Dutch and English (`npm run screenshots`) go to test-output/screenshots/groepen-*.png.
 */
import type { Page } from "playwright-core";
import { STEDENDRIEHOEK_2024 } from "../../src/data";
import { groupModel, inputOf } from "../../src/scenario";
import { SheetModel, WorkbookModel } from "../fake-excel/model";
import { evaluateWorkbook } from "../excel/hyperformulaThuis";
import { Language, closeBrowser, launchBrowser, openPane, openPreview, shot } from "./pane";
import { address, parseAddress } from "../../src/sheets/a1";

beforeAll(launchBrowser, 60_000);
afterAll(closeBrowser);

/** The example: needs of three groups adding up to column A's 1.170; the rest unknown. */
const EXAMPLE = [
  { index: 0, name: "Mantelzorgverleners en -ontvangers", need: 300 },
  { index: 2, name: "Uitstroom maatschappelijke opvang", need: 400 },
  { index: 9, name: "Regionaal: echtscheiding met minderjarige kinderen, herstructurering", need: 470 },
];

const W = {
  nl: {
    write: "Scenarioblad maken",
    written: "Klaar: blad 'Verdeling 2024' is geschreven.",
    next: "Volgende",
    need: "Behoefte",
    show: "Toon groep",
    table: "Per groep",
    title: "Per groep",
    total: "Totaal",
    why: "Waarom?",
  },
  en: {
    write: "Create scenario sheet",
    written: "Done: sheet 'Verdeling 2024' was written.",
    next: "Next",
    need: "Need",
    show: "Show group",
    table: "Per group",
    title: "Per group",
    total: "Total",
    why: "Why?",
  },
};

/** The model the pane must show: the default region, column A, the example's needs. */
function expected() {
  const input = inputOf(STEDENDRIEHOEK_2024.municipalities);
  const groups = STEDENDRIEHOEK_2024.groups!.groups.map((g, i) => ({ ...g, need: EXAMPLE.find((e) => e.index === i)?.need ?? null }));
  return { input, model: groupModel(input, [...input.population], groups, { key: null }) };
}

async function fillExample(page: Page, lang: Language): Promise<void> {
  const w = W[lang];
  await page.getByRole("button", { name: w.next }).click();
  await page.getByRole("button", { name: w.next }).click();
  for (const e of EXAMPLE) await page.getByRole("textbox", { name: `${w.need} ${e.name}` }).fill(String(e.need));
}

async function columnOf(page: Page, lang: Language, group: string): Promise<number[]> {
  const w = W[lang];
  await page.getByRole("combobox", { name: w.show }).click();
  await page.getByRole("listbox").getByRole("option", { name: group }).click();
  const table = page.getByRole("table", { name: `${w.table}: ${group}` });
  const rows = await table.getByRole("row").evaluateAll((trs) => trs.slice(1, -1).map((tr) => tr.querySelector("td")!.textContent));
  return rows.map(Number);
}

async function workbookOf(page: Page): Promise<WorkbookModel> {
  const dump = await page.evaluate(() => {
    const wb = (window as unknown as { __verdeelwijzerWorkbook: WorkbookModel }).__verdeelwijzerWorkbook;
    return { sheets: wb.sheets.map((s) => ({ name: s.name, cells: [...s.cells.entries()] })), tables: wb.tables };
  });
  const model = new WorkbookModel([]);
  for (const s of dump.sheets) {
    const sheet = new SheetModel(s.name);
    sheet.cells = new Map(s.cells);
    model.sheets.push(sheet);
  }
  model.tables = dump.tables;
  return model;
}

async function perGroup(lang: Language): Promise<void> {
  const w = W[lang];
  const { page, errors } = await openPane(lang);
  await fillExample(page, lang);
  const { model } = expected();
  const section = page.getByRole("region", { name: w.title });
  await section.getByRole("table", { name: new RegExp(`^${w.table}: `) }).waitFor();
  // every group's column as the pane shows it equals the model's
  const shown: number[][] = [];
  for (const [j, g] of model.groups.entries()) {
    shown.push(await columnOf(page, lang, g.name));
    expect(shown[j]).toEqual(model.result!.seats.map((row) => row[j]));
  }
  await section.scrollIntoViewIfNeeded();
  await shot(section, `groepen-${lang}-320.png`);
  await shot(section.getByRole("table"), `groepen-${lang}-320-tabel.png`);
  const why = section.getByRole("list", { name: new RegExp(`^${w.why.replace("?", "\\?")} Apeldoorn · `) });
  await why.waitFor();
  expect(await why.textContent()).toContain("Apeldoorn");
  await shot(page, `groepen-${lang}-320-hele-pagina.png`, { fullPage: true });
  // the sheet: its live THUIS.GROUPSHARE block, computed as Excel would (HyperFormula), shows what the pane shows
  await page.getByRole("button", { name: w.next }).click();
  await page.getByRole("button", { name: w.write }).click();
  await page.getByText(w.written).waitFor();
  const workbook = await workbookOf(page);
  const sheet = workbook.sheet("Verdeling 2024")!;
  const anchor = [...sheet.cells.entries()].find(([, c]) => c.formula?.startsWith("=THUIS.GROUPSHARE("));
  expect(anchor).toBeDefined();
  const [row, column] = anchor![0].split(",").map(Number);
  const { value } = evaluateWorkbook(workbook);
  const onSheet = shown.map((_, j) => shown[j].map((_, i) => value("Verdeling 2024", row + i, column + j)));
  expect(onSheet).toEqual(shown);
  expect(errors).toEqual([]);
  await page.close();
}

test(
  "Per groep at 320 px in Dutch: a labelled example of needs, every group's column as the model gives it, Waarom?",
  () => perGroup("nl"),
  90_000,
);
test("Per group at 320 px in English", () => perGroup("en"), 90_000);

test("19 the preview: the scenario sheet's group block with its stacked chart; Waarom? follows a cell clicked in the block", async () => {
  const { page, errors } = await openPreview("nl");
  await fillExample(page, "nl");
  await page.getByRole("button", { name: W.nl.next }).click();
  await page.getByRole("button", { name: W.nl.write }).click();
  await page.getByText(W.nl.written).waitFor();
  const matrix = await page.evaluate(() => {
    const wb = (window as unknown as { __verdeelwijzerWorkbook: WorkbookModel }).__verdeelwijzerWorkbook;
    return (wb.settings.get("Verdeelwijzer") as { sheets: Record<string, { groupMatrix?: string }> }).sheets["Verdeling 2024"].groupMatrix!;
  });
  const at = parseAddress(matrix);
  expect([at.rows, at.columns]).toEqual([9, 3]);
  const grid = page.getByRole("region", { name: "Gesimuleerde werkmap" });
  const cell = (row: number, column: number) => grid.locator(`td[data-cell="${address(row, column)}"]`);
  // the needs row above the matrix refers to the Aandachtsgroepen table the pane wrote
  await grid.getByRole("tab", { name: "Aandachtsgroepen" }).waitFor();
  // back to the Scenario step, where Per groep is: a cell clicked in the block is the cell Waarom? explains
  await page.getByRole("button", { name: "Terug" }).click();
  const section = page.getByRole("region", { name: W.nl.title });
  await section.getByRole("table", { name: new RegExp(`^${W.nl.table}: `) }).waitFor();
  await cell(at.row + 6, at.column + 2).click();
  await section
    .getByRole("list", { name: new RegExp(`^Waarom\\? Epe · ${EXAMPLE[2].name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:`) })
    .waitFor();
  expect(await cell(at.row + 6, at.column + 2).textContent()).toBe(String(expected().model.result!.seats[6][2]));
  // the stacked bar chart is drawn beside the scenario chart: one bar per municipality
  const chart = page.getByRole("img", { name: /^Per aandachtsgroep per gemeente/ });
  expect(await chart.locator("rect").count()).toBe(9 * 3);
  await cell(at.row - 4, 0).scrollIntoViewIfNeeded();
  // the charts at the top of the page, the grid scrolled to the block below them
  await chart.evaluate((e) => e.closest("figure")!.scrollIntoView({ block: "start" }));
  await shot(page, "per-groep-blad-nl-320.png");
  expect(errors).toEqual([]);
  await page.close();
}, 90_000);
