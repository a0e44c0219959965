/**
 * Issue 21 in a real browser: the preview opens a workbook shaped like a corporation's export
 * (title, merged cells, header with years, totals row, footnote, "n.b." cells, no Excel table),
 * the pane maps it with its suggestions alone, the Gegevens step shows the nine municipalities
 * with their figures, and writing the scenario leaves the user's cells as they were. Screenshots
 * of the mapping view at 320 px in Dutch and English (`npm run screenshots`) go to test-output/screenshots/import-*.png.
 */
import type { Page } from "playwright-core";
import { STEDENDRIEHOEK_2024_LETTINGS as L, STEDENDRIEHOEK_2024_PUBLISHED as P } from "../../src/data/stedendriehoek2024";
import type { WorkbookModel } from "../fake-excel/model";
import { CBS_POPULATION_2019, CORPORATION_EXPORT, EXPORT_ADDRESS, EXPORT_MERGES, EXPORT_SHEET } from "../fixtures/corporationExport";
import { Language, closeBrowser, launchBrowser, openPane, openPreview, shot } from "./pane";
import { layoutFaults } from "./layoutFaults";

beforeAll(launchBrowser, 60_000);
afterAll(closeBrowser);

const W = {
  nl: {
    workbook: /Tabel in deze werkmap/,
    selection: "Gebruik de selectie",
    found: "9 gemeenten gevonden.",
    next: "Volgende",
    mapping: /Koppeling met/,
  },
  en: {
    workbook: /Table in this workbook/,
    selection: "Use the selection",
    found: "9 municipalities found.",
    next: "Next",
    mapping: /Mapping of/,
  },
};

/** The export on its own sheet of the page's simulated workbook, selected as a user would select it. */
async function openExport(page: Page): Promise<void> {
  await page.evaluate(
    async ({ sheet, values, merges, at }) => {
      const wb = (window as unknown as { __verdeelwijzerWorkbook: WorkbookModel }).__verdeelwijzerWorkbook;
      wb.put(sheet, "A1", values);
      wb.sheet(sheet)!.merges.push(...merges);
      await wb.selectCells(sheet, at);
    },
    { sheet: EXPORT_SHEET, values: CORPORATION_EXPORT, merges: EXPORT_MERGES, at: EXPORT_ADDRESS },
  );
}

const exportCells = (page: Page) =>
  page.evaluate((sheet) => {
    const wb = (window as unknown as { __verdeelwijzerWorkbook: WorkbookModel }).__verdeelwijzerWorkbook;
    return { cells: JSON.stringify(wb.snapshot()[sheet]), merges: [...wb.sheet(sheet)!.merges], formats: wb.sheet(sheet)!.formats.length };
  }, EXPORT_SHEET);

async function mapWithSuggestions(page: Page, lang: Language): Promise<void> {
  await page.getByLabel(W[lang].workbook).check();
  await page.getByRole("button", { name: W[lang].selection }).click();
  await page.getByText(W[lang].found).waitFor();
}

test("the preview maps a corporation's export with the suggestions alone; writing leaves the user's cells as they were", async () => {
  const { page, errors } = await openPreview("nl");
  await openExport(page);
  const before = await exportCells(page);
  await mapWithSuggestions(page, "nl");
  const view = page.getByRole("region", { name: W.nl.mapping });
  await view.getByText("rij 14: totaalrij 'Regio Stedendriehoek'").waitFor();
  await view.getByText("rij 16: voetnoot '* n.b. = niet bekend. Bron: woningcorporaties, CBS'").waitFor();
  await page.getByRole("button", { name: "Volgende" }).click();
  // Gegevens: the nine municipalities with their figures, n.b. blank (unknown)
  for (const [i, name] of P.municipalities.entries()) {
    expect(await page.getByRole("textbox", { name: `${name} Inwonertal` }).inputValue()).toBe(String(CBS_POPULATION_2019[i]));
    expect(await page.getByRole("textbox", { name: `${name} Mutaties sociale huur` }).inputValue()).toBe(String(L.social[i]));
    expect(await page.getByRole("textbox", { name: `${name} Mutaties tot 1e aftoppingsgrens` }).inputValue()).toBe(
      L.cheap[i] === 0 ? "" : String(L.cheap[i]),
    );
  }
  for (let k = 0; k < 2; k++) await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByRole("button", { name: "Scenarioblad maken" }).click();
  await page.getByText("Klaar: blad 'Verdeling 2024' is geschreven.").waitFor();
  // the scenario sheet's table is linked to the export: the grid shows its figures, computed as Excel shows them
  const grid = page.getByRole("region", { name: "Gesimuleerde werkmap" });
  await grid.getByRole("tab", { name: "Gemeenten" }).click();
  await grid.locator('td[data-cell="A2"]').getByText("Apeldoorn").waitFor();
  expect(await grid.locator('td[data-cell="B2"]').textContent()).toMatch(/^162\.?445$/);
  expect(await exportCells(page)).toEqual(before);
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);

for (const lang of ["nl", "en"] as const) {
  test(`the mapping view at 320 px (${lang}): nothing overlaps or runs off, screenshot`, async () => {
    const { page, errors } = await openPane(lang);
    await openExport(page);
    await mapWithSuggestions(page, lang);
    expect(await layoutFaults(page)).toEqual([]);
    await shot(page.getByRole("region", { name: W[lang].mapping }), `import-mapping-${lang}-320.png`);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
}
