/**
 * End to end in a real browser: the built pane (dist/taskpane.html, under its own CSP) in
 * Debian's chromium driven by playwright-core, with Office.js replaced by the fake Excel.
 * Walks the whole wizard at 320 px with the Stedendriehoek data, checks the workbook it
 * wrote (formulas, and their values computed by HyperFormula), runs axe-core on every step
 * and, with `npm run screenshots`, saves a screenshot of each to test-output/screenshots/.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { STEDENDRIEHOEK_2024_PUBLISHED as P } from "../../src/data";
import { WorkbookModel, SheetModel } from "../fake-excel/model";
import { address, parseAddress } from "../../src/sheets/a1";
import { evaluateWorkbook } from "../excel/hyperformulaThuis";
import { closeBrowser, distUrl, launchBrowser, newPage, openPane, shot, shots, takeScreenshots } from "./pane";

const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

beforeAll(launchBrowser, 60_000);
afterAll(closeBrowser);

/**
 * `scope`: audit only that part of the page — a modal dialog, whose backdrop dims the page behind
 * it on purpose (that page was audited the step before; axe would count the dimming as contrast).
 */
async function axe(page: Page, step: string, scope?: string): Promise<void> {
  // a dialog fading in is half transparent: audit what the user sees once Fluent's motion has ended
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  // axe once per page; only its violations are gathered, without CSS selectors (the report names a node by its HTML)
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (scope) => {
    // Fluent's focus manager (tabster) adds invisible aria-hidden focus sentinels
    // (<i data-tabster-dummy>) that only move focus on; axe reports them as aria-hidden-focus.
    // They are not content, so they are left out of the audit; everything else is checked.
    const context = { ...(scope ? { include: [[scope]] } : {}), exclude: [["[data-tabster-dummy]"]] };
    const result = await (
      window as unknown as {
        axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
      }
    ).axe.run(context, { resultTypes: ["violations"], selectors: false });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.length,
      targets: (v.nodes as { html: string }[]).map((n) => n.html.slice(0, 160)),
    }));
  }, scope);
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect({ step, serious }).toEqual({ step, serious: [] });
}

async function workbookOf(page: Page): Promise<WorkbookModel> {
  const dump = await page.evaluate(() => {
    const wb = (window as unknown as { __verdeelwijzerWorkbook: WorkbookModel }).__verdeelwijzerWorkbook;
    return {
      sheets: wb.sheets.map((s) => ({
        name: s.name,
        cells: [...s.cells.entries()],
        charts: s.charts,
        conditionalFormats: s.conditionalFormats,
        formats: s.formats,
      })),
      tables: wb.tables,
      syncs: wb.syncCount,
    };
  });
  const model = new WorkbookModel([]);
  for (const s of dump.sheets) {
    const sheet = new SheetModel(s.name);
    sheet.cells = new Map(s.cells);
    sheet.charts = s.charts;
    sheet.conditionalFormats = s.conditionalFormats;
    sheet.formats = s.formats;
    model.sheets.push(sheet);
  }
  model.tables = dump.tables;
  model.syncCount = dump.syncs;
  return model;
}

/** Steps 1–4 in Dutch on the pane `page` (at step 1): every step audited, the sheet written, explained and updated. */
async function wholeWizardInDutch(page: Page): Promise<void> {
  // the shared runtime: functions.js associated every THUIS function in the pane's page
  const associated = await page.evaluate(() =>
    [...(window as unknown as { __verdeelwijzerWorkbook: WorkbookModel }).__verdeelwijzerWorkbook.customFunctions.keys()].sort(),
  );
  expect(associated).toEqual([
    "ADJUST",
    "CAP30",
    "CARRYOVER",
    "FAIRSHARE",
    "GROUPSHARE",
    "GROWTHPATH",
    "MIN15",
    "MUTATIONRATE",
    "REDISTRIBUTE",
    "SHORTFALL",
  ]);

  // 1. Regio
  await page.getByRole("radio", { name: /Regio Stedendriehoek 2024/ }).waitFor();
  await shot(page, "1-regio.png", { fullPage: true });
  await axe(page, "regio");

  // 2. Gegevens: the 0 cheap lettings of Epe, Hattem, Heerde are flagged
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByText("3 waarschuwingen").waitFor();
  await page.getByText(/Epe: Mutaties tot 1e aftoppingsgrens is 0/).waitFor();
  expect(await page.getByRole("textbox", { name: "Apeldoorn Mutaties sociale huur" }).inputValue()).toBe("1184");
  await shot(page, "2-gegevens.png", { fullPage: true });
  await axe(page, "gegevens");

  // a negative value is caught as you type and blocks the next step; fixing it unblocks
  const apeldoorn = page.getByRole("textbox", { name: "Apeldoorn Realisatie" });
  await apeldoorn.fill("-5");
  await page.getByText("rij 1: realisatie is negatief (-5)", { exact: false }).waitFor();
  expect(await page.getByRole("button", { name: "Volgende" }).isDisabled()).toBe(true);
  await shot(page, "2b-gegevens-fout.png", { fullPage: true });
  await apeldoorn.fill("305");

  // "1.170" in a count is shown as read (1170), beside the cell and in a list — never silently
  const population = page.getByRole("textbox", { name: "Apeldoorn Gewicht: gepubliceerde fair share (kolom A)" });
  await population.fill("1.170");
  await page.getByText("Apeldoorn, Gewicht: gepubliceerde fair share (kolom A): '1.170' gelezen als 1170").waitFor();
  expect(await population.getAttribute("aria-describedby")).toBeTruthy();
  await page.getByText("gelezen als 1170", { exact: true }).waitFor();
  const grid = page.getByRole("table", { name: "Gegevens" });
  await grid.evaluate((table) => (table.parentElement!.scrollLeft = 0)); // typing in Realisatie scrolled it sideways
  await shot(page, "2c-gegevens-gelezen-als.png", { fullPage: true });
  await shot(grid.locator("xpath=.."), "2c-gegevens-gelezen-als-tabel.png");
  await axe(page, "gegevens (gelezen als)");
  await population.fill("422");

  // 3. Scenario: live preview from the engine
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByText(/Opgave: 1170 huishoudens = 36,7% van de mutaties sociale huur/).waitFor();
  const previewRow = page.getByRole("table", { name: "Voorvertoning" }).getByRole("row", { name: /C · Max. 30% sociale huur/ });
  expect(await previewRow.textContent()).toContain("956");
  expect(await previewRow.textContent()).toContain("214");
  await shot(page, "3-scenario.png", { fullPage: true });
  await axe(page, "scenario");

  // 4. Resultaat: write the sheet
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByRole("button", { name: "Scenarioblad maken" }).click();
  await page.getByText("Klaar: blad 'Verdeling 2024' is geschreven.").waitFor();
  await shot(page, "4-resultaat.png", { fullPage: true });
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
  await page.waitForFunction(
    () => (window as unknown as { __verdeelwijzerWorkbook: WorkbookModel }).__verdeelwijzerWorkbook.selectionHandlers.length === 1,
  );
  await page.evaluate(() =>
    (window as unknown as { __verdeelwijzerWorkbook: WorkbookModel }).__verdeelwijzerWorkbook.selectCells("Verdeling 2024", "D15"),
  );
  await why.getByRole("list", { name: "Waarom dit getal? Deventer" }).waitFor();
  await why.getByText("30% × 900 mutaties = 270").waitFor();
  await why.scrollIntoViewIfNeeded();
  await shot(why, "5-waarom-nl.png");
  await axe(page, "waarom");

  // re-run asks before replacing the add-in's own sheet
  await page.getByRole("button", { name: "Scenarioblad bijwerken" }).click();
  const dialog = page.getByRole("dialog", { name: "Blad bijwerken?" });
  await dialog.waitFor();
  // let the fade-in finish, or the screenshot shows a half-transparent dialog over the page
  await dialog.evaluate((el) =>
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))).then(() => el.getBoundingClientRect().height),
  );
  await shot(page, "5-bijwerken-vragen.png");
  await page.getByRole("button", { name: "Bijwerken", exact: true }).click();
  await page.getByText("Klaar: blad 'Verdeling 2024' is bijgewerkt.").waitFor();
  const after = await workbookOf(page);
  expect(after.sheets.filter((s) => s.name.startsWith("Verdeling"))).toHaveLength(1);
}

/** Step 5 in Dutch, from step 4 with the scenario sheet written: the Monitor created, 2024 and 2025 entered, the status. */
async function monitorInDutch(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByText("Stap 5 van 5").first().waitFor();
  await shot(page, "monitor-1-stap.png", { fullPage: true });
  await axe(page, "monitor");

  await page.getByRole("button", { name: "Monitor maken" }).click();
  await page.getByText("Klaar: blad 'Monitor' is geschreven.").waitFor();
  await page.getByText("Nog geen realisatie ingevuld.").waitFor();
  await shot(page, "monitor-2-gemaakt.png", { fullPage: true });

  // 2024: the seed's realisation (column B), pasted as a column from another workbook
  const year = page.getByRole("textbox", { name: "Jaar van de realisatie" });
  const paste = page.getByRole("textbox", { name: /Realisatie per gemeente/ });
  await year.fill("2024");
  await paste.fill(P.municipalities.map((name, i) => `${name}\t${P.realised[i]}`).join("\n"));
  await page.getByRole("button", { name: "Realisatie invoeren" }).click();
  await page.getByText("Klaar: realisatie 2024 ingevuld voor 9 gemeenten.").waitFor();

  // 2025 with a typo and a negative count: listed, nothing written
  await year.fill("2025");
  await paste.fill("Gemeente\tRealisatie 2025\nApeldorn\t60\nEpe\t-4");
  await page.getByRole("button", { name: "Realisatie invoeren" }).click();
  await page.getByText("Niets ingevuld. Verbeter de invoer:").waitFor();
  await page.getByText('rij 2: gemeente "Apeldorn" hoort niet bij de regio (bedoelt u Apeldoorn?)').waitFor();
  await shot(page, "monitor-3-fout.png", { fullPage: true });

  // 2025 corrected: Apeldoorn far behind, Epe ahead, the others not yet known
  await paste.fill("Gemeente\tRealisatie 2025\nApeldoorn\t60\nEpe\t45\nDeventer\t230");
  await page.getByRole("button", { name: "Realisatie invoeren" }).click();
  await page.getByText(/Klaar: realisatie 2025 ingevuld voor 3 gemeenten/).waitFor();
  await page.getByText(/^Regio: /).waitFor();
  await shot(page, "monitor-4-status.png", { fullPage: true });
  await axe(page, "monitor (status)");

  const model = await workbookOf(page);
  const { value } = evaluateWorkbook(model);
  const monitor = model.sheet("Monitor")!;
  expect(monitor.get(33, 3)?.value).toBe(60); // Apeldoorn 2025
  const paneText = (await page.getByRole("region", { name: "Stand van de monitor" }).textContent()) ?? "";
  // the pane's status (computeMonitor) and the sheet's formulas (HyperFormula) agree
  const sheetStatus = String(value("Monitor", 72, 1));
  expect(sheetStatus).toBe("ver achter");
  expect(await page.getByRole("listitem").filter({ hasText: "Apeldoorn:" }).textContent()).toMatch(
    new RegExp(`^${sheetStatus} Apeldoorn: \\d+ huishoudens achter`),
  );
  expect(paneText).toContain(`Regio: ${value("Monitor", 8, 1)}`);
  await page.getByRole("button", { name: "Ga naar Apeldoorn" }).click();
  await page.waitForFunction(
    () => (window as unknown as { __verdeelwijzerWorkbook: WorkbookModel }).__verdeelwijzerWorkbook.selection === "Monitor!B73",
  );
  if (takeScreenshots) await sheetShot(model, value, "Monitor", join(shots, "monitor-5-blad.png"));
}

// one page, one walk: the Monitor is made from the scenario sheet the walk wrote, as a user goes on to step 5; then back at step 3,
// where the table per municipality appears anew at the default need, the per-municipality walk (which updates that sheet)
test("the whole wizard in Dutch at 320 px: region → data → scenario → result → update → Monitor → per municipality", async () => {
  const { page, firstRenderMs, errors } = await openPane("nl");
  console.log(`time to first render: ${firstRenderMs} ms`);
  await wholeWizardInDutch(page);
  await monitorInDutch(page);
  await page.getByRole("tab", { name: "Scenario" }).click();
  await perMunicipality(page, "nl", true);
  expect(errors).toEqual([]);
  await page.close();
}, 180_000);

/** The sheet as Excel would show it (HyperFormula's values, the status colours of its conditional formats), as a screenshot. */
async function sheetShot(
  model: WorkbookModel,
  value: (sheet: string, row: number, column: number) => unknown,
  name: string,
  path: string,
): Promise<void> {
  const used = model.sheet(name)!.usedBlock()!;
  const colours = new Map(model.sheet(name)!.conditionalFormats.map((c) => [c.rule!.formula1.slice(2, -1), c]));
  const percent = model
    .sheet(name)!
    .formats.filter((f) => JSON.stringify(f.numberFormat ?? "").includes("%"))
    .map((f) => parseAddress(f.address.replace(/^.*!/, "")));
  const isPercent = (r: number, c: number) =>
    percent.some((b) => r >= b.row && r < b.row + b.rows && c >= b.column && c < b.column + b.columns);
  const cells = Array.from({ length: used.row + used.rows }, (_, r) =>
    Array.from({ length: used.column + used.columns }, (_, c) => {
      const v = value(name, r, c);
      const shown =
        v === null || v === undefined
          ? ""
          : typeof v === "object"
            ? String((v as { value?: string }).value ?? "#")
            : typeof v === "number" && isPercent(r, c)
              ? `${Math.round(v * 100)}%`
              : String(v);
      const cf = colours.get(shown);
      const style = cf ? `background:${cf.fill};color:${cf.fontColor}` : "";
      return `<td style="${style}">${shown.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</td>`;
    }).join(""),
  );
  const html =
    `<style>body{font:11px Segoe UI,Arial,sans-serif;margin:4px}td{border:1px solid #ddd;padding:1px ` +
    `4px;white-space:nowrap;max-width:230px;overflow:hidden}</style><table ` +
    `style="border-collapse:collapse">${cells.map((r) => `<tr>${r}</tr>`).join("")}</table>`;
  const page = await newPage({ width: 1100, height: 900 });
  await page.setContent(html);
  await page.screenshot({ path, fullPage: true });
  await page.close();
}

// one page: the English walk to the scenario step is where the per-municipality walk starts; "Why this number?" follows on it
test("English when Office runs in English: every municipality's answer at 320 px, then Why this number? at a need of 1163", async () => {
  const { page, errors } = await openPane("en");
  await page.getByRole("radio", { name: /built in/ }).waitFor();
  expect(await page.getByRole("button", { name: "Next" }).isVisible()).toBe(true);
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByText(/Need: 1170 households = 36.7% of social-rent lettings/).waitFor();
  await shot(page, "en-3-scenario.png", { fullPage: true });
  // this state's axe audit is perMunicipality's "per gemeente (en)" (the same page, scrolled to the table)
  await perMunicipality(page, "en");

  // back at the scenario step, Hamilton again: "Why this number?" at a need of 1163, where it shows the Alabama paradox for Epe
  // (1163 → 1164)
  await page.getByRole("tab", { name: "Scenario" }).click();
  await page.getByRole("radio", { name: /^Largest remainder \(Hamilton\)/ }).check();
  await page.getByRole("textbox", { name: "Regional need (households per year)" }).fill("1163");
  await page.getByText(/Need: 1163 households/).waitFor();
  await page.getByRole("button", { name: "Next" }).click();
  // the sheet is there (written at 500 with D'Hondt): the pane asks before it replaces it
  await page.getByRole("button", { name: "Update scenario sheet" }).first().click(); // (the stale-sheet notice has one too)
  await page.getByRole("dialog", { name: "Update sheet?" }).getByRole("button", { name: "Update", exact: true }).click();
  await page.getByText("Done: sheet 'Verdeling 2024' was updated.").waitFor();
  const why = page.getByRole("region", { name: "Why this number?" });
  await why.getByText(/this panel follows the selection/).waitFor();
  await page.waitForFunction(
    () => (window as unknown as { __verdeelwijzerWorkbook: WorkbookModel }).__verdeelwijzerWorkbook.selectionHandlers.length === 1,
  );
  await page.evaluate(() =>
    (window as unknown as { __verdeelwijzerWorkbook: WorkbookModel }).__verdeelwijzerWorkbook.selectCells("Verdeling 2024", "B19"),
  );
  await why.getByRole("list", { name: "Why this number? Epe" }).waitFor();
  await why.getByText("Every number is also on sheet 'Justification', ready to print for the council.").waitFor();
  await why
    .getByText(
      /Alabama paradox under Hamilton: with 1,164 instead of 1,163 dwellings, Epe would get one fewer .* This affects this municipality\./,
    )
    .waitFor();
  await why.scrollIntoViewIfNeeded();
  await shot(why, "5-waarom-en.png");
  await axe(page, "why (en)");
  expect(errors).toEqual([]);
  await page.close();
}, 90_000);

/**
 * From the scenario step at the default need (1170): the table per municipality at 320 px, then the need set to 500 (where the methods
 * differ) and D'Hondt picked; ends at step 4 with the sheet written (updated, after the pane asked, when `sheetExists`) and Epe picked.
 */
async function perMunicipality(page: Page, lang: "nl" | "en", sheetExists = false): Promise<void> {
  const L =
    lang === "nl"
      ? {
          next: "Volgende",
          need: "Regionale opgave (huishoudens per jaar)",
          table: "Per gemeente",
          dhondt: /D'Hondt \(Jefferson\)/,
          result: "Resultaat",
          write: "Scenarioblad maken",
          done: "Klaar: blad 'Verdeling 2024' is geschreven.",
          update: "Scenarioblad bijwerken",
          confirm: "Bijwerken",
          updated: "Klaar: blad 'Verdeling 2024' is bijgewerkt.",
          pick: "Toon gemeente",
        }
      : {
          next: "Next",
          need: "Regional need (households per year)",
          table: "Per municipality",
          dhondt: /D'Hondt \(Jefferson\)/,
          result: "Result",
          write: "Create scenario sheet",
          done: "Done: sheet 'Verdeling 2024' was written.",
          update: "Update scenario sheet",
          confirm: "Update",
          updated: "Done: sheet 'Verdeling 2024' was updated.",
          pick: "Show municipality",
        };
  const table = page.getByRole("table", { name: L.table });
  await table.waitFor();
  const apeldoorn = table.getByRole("row", { name: /^Apeldoorn/ });
  expect(await apeldoorn.textContent()).toMatch(/^Apeldoorn422/);
  // the table at 320 px: the name column stays readable, the scenarios scroll inside their own box
  const box = await page
    .getByRole("region", {
      name: lang === "nl" ? "Tabel per gemeente, horizontaal te schuiven" : "Table per municipality, scrolls sideways",
    })
    .boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(320);
  const widest = await page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((e) => !e.parentElement?.closest("[role=region][tabindex]")) // what scrolls inside its box may
      .map((e) => ({ tag: `${e.tagName}.${e.className}`.slice(0, 60), right: Math.round(e.getBoundingClientRect().right) }))
      .filter((e) => e.right > 320)
      .slice(0, 5),
  );
  expect(widest).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await table.scrollIntoViewIfNeeded();
  const section = page.getByRole("region", { name: L.table, exact: true });
  await shot(page, `per-gemeente-${lang}-320-stap3-hele-pagina.png`, { fullPage: true });
  await shot(section, `per-gemeente-${lang}-320-stap3.png`);
  await axe(page, `per gemeente (${lang})`);

  // need 500: D'Hondt gives Apeldoorn 182 instead of 180, Brummen 22 instead of 23
  await page.getByRole("textbox", { name: L.need }).fill("500");
  await apeldoorn.getByText("180", { exact: true }).first().waitFor();
  await page.getByRole("radio", { name: L.dhondt }).check();
  await apeldoorn.getByText("182", { exact: true }).first().waitFor();
  expect(await apeldoorn.textContent()).toContain("was 422"); // marks compare with the numbers the table first showed (need 1170)
  expect(await table.getByRole("row", { name: /^Brummen/ }).textContent()).toContain("was 53");
  await table.scrollIntoViewIfNeeded();
  await shot(section, `per-gemeente-${lang}-320-dhondt-opgave-500.png`);
  // scrolled to the last scenario: the names stay, every header reads whole
  const scroller = page.getByRole("region", {
    name: lang === "nl" ? "Tabel per gemeente, horizontaal te schuiven" : "Table per municipality, scrolls sideways",
  });
  await scroller.evaluate((e) => (e.scrollLeft = e.scrollWidth));
  await shot(scroller, `per-gemeente-${lang}-320-geschoven.png`);
  await scroller.evaluate((e) => (e.scrollLeft = 0));

  // step 4 shows the same table beside the written sheet; the picker moves the bars
  await page.getByRole("tab", { name: L.result }).click();
  if (sheetExists) {
    await page.getByRole("button", { name: L.update }).first().click(); // (the stale-sheet notice has one too)
    await page.getByRole("dialog").getByRole("button", { name: L.confirm, exact: true }).click();
    await page.getByText(L.updated).waitFor();
  } else {
    await page.getByRole("button", { name: L.write }).click();
    await page.getByText(L.done).waitFor();
  }
  await page.getByRole("combobox", { name: L.pick }).selectOption({ label: "Epe" });
  await page.getByRole("figure", { name: /^Epe/ }).waitFor();
  await shot(section, `per-gemeente-${lang}-320-stap4-epe.png`);
  await axe(page, `resultaat per gemeente (${lang})`);
}

/** The start page to the preview (Dutch), steps 1–4 there: the sheet computed as Excel shows it; leaves the grid at the Gemeenten tab. */
async function startPageToPreview(page: Page): Promise<void> {
  await page.goto(distUrl(""));
  await page.getByRole("heading", { name: "Verdeelwijzer", level: 1 }).waitFor();
  expect(await page.getByRole("link", { name: "manifest.xml" }).first().getAttribute("href")).toBe("manifest.xml");
  await shot(page, "startpagina.png", { fullPage: true });
  await axe(page, "startpagina");
  await page.getByRole("link", { name: "Voorvertoning zonder Excel" }).click();
  await page.waitForURL(/preview\.html$/);

  for (let k = 0; k < 3; k++) await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByRole("button", { name: "Scenarioblad maken" }).click();
  await page.getByText("Klaar: blad 'Verdeling 2024' is geschreven.").waitFor();
  const grid = page.getByRole("region", { name: "Gesimuleerde werkmap" });
  const cell = (a1: string) => grid.locator(`td[data-cell="${a1}"]`);
  // computed values, as Excel shows them: names spilled from the table, A, C, totals, niet geplaatst
  await cell("B13").getByText("422", { exact: true }).waitFor();
  expect(await cell("A13").textContent()).toBe("Apeldoorn");
  expect(await cell("D13").textContent()).toBe("355");
  expect(await cell("D22").textContent()).toBe("956");
  expect(await cell("D23").textContent()).toBe("214");
  expect(await cell("B4").textContent()).toBe("37%");
  // the formula shows on selection; a spilled cell names the formula it came from
  await cell("B13").click();
  const bar = grid.getByRole("group", { name: "Formulebalk" });
  expect(await bar.textContent()).toContain("=THUIS.FAIRSHARE($B$3,Gemeenten[Inwonertal],$B$8)");
  await cell("D15").click();
  expect(await bar.textContent()).toContain("=THUIS.CAP30(Gemeenten[Mutaties sociale huur],$B$5,$B$7)");
  expect(await bar.textContent()).toContain("doorgelopen uit D13");
  // the keyboard moves the selection too
  await cell("B13").click();
  await page.keyboard.press("ArrowDown");
  expect(await bar.textContent()).toContain("doorgelopen uit B13");
  expect(await grid.getByRole("status", { name: "Cel" }).textContent()).toBe("B14");
  await cell("B13").click();
  await shot(page, "preview.png");
  await axe(page, "voorvertoning");
  await grid.getByRole("tab", { name: "Gemeenten" }).click();
  await cell("A2").getByText("Apeldoorn").waitFor();
}

/** 17.15 on the preview with the scenario sheet written and shown: Waarom follows a clicked cell, the Monitor, the values copies. */
async function previewMonitorAndCopies(page: Page): Promise<void> {
  const grid = page.getByRole("region", { name: "Gesimuleerde werkmap" });
  const cell = (a1: string) => grid.locator(`td[data-cell="${a1}"]`);

  // "Waarom dit getal?" follows a cell clicked in the simulated workbook, as it follows Excel's selection
  const why = page.getByRole("region", { name: "Waarom dit getal?" });
  await page.waitForFunction(
    () => (window as unknown as { __verdeelwijzerWorkbook: WorkbookModel }).__verdeelwijzerWorkbook.selectionHandlers.length === 1,
  );
  await cell("D15").click();
  await why.getByRole("list", { name: "Waarom dit getal? Deventer" }).waitFor();
  await cell("B19").click();
  await why.getByRole("list", { name: "Waarom dit getal? Epe" }).waitFor();

  // the Monitor, with 2024 entered: every cell computed, none #NAME? or #VALUE!
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByRole("button", { name: "Monitor maken" }).click();
  await page.getByText("Klaar: blad 'Monitor' is geschreven.").waitFor();
  await page.getByRole("textbox", { name: "Jaar van de realisatie" }).fill("2024");
  await page
    .getByRole("textbox", { name: /Realisatie per gemeente/ })
    .fill(P.municipalities.map((name, i) => `${name}\t${P.realised[i]}`).join("\n"));
  await page.getByRole("button", { name: "Realisatie invoeren" }).click();
  await page.getByText("Klaar: realisatie 2024 ingevuld voor 9 gemeenten.").waitFor();
  await grid.getByRole("tab", { name: "Monitor" }).click();
  await cell("A21").getByText("Apeldoorn").waitFor();
  const shown = await grid.locator("td[data-cell]").allTextContents();
  expect(shown.length).toBeGreaterThan(500);
  expect(shown.filter((t) => /^#(NAME\?|VALUE!|REF!|SPILL!|CALC!)/.test(t))).toEqual([]);
  const model = await workbookOf(page);
  const { value } = evaluateWorkbook(model);
  const monitor = model.sheet("Monitor")!;
  const used = monitor.usedBlock()!;
  for (const [r, c] of [
    [8, 1],
    [9, 1],
    [10, 1],
    [11, 1],
    [20, 2],
    [33, 2],
    [46, 1],
    [72, 1],
  ]) {
    const a1 = address(r, c);
    const expected = value("Monitor", r, c);
    const text = (await cell(a1).textContent()) ?? "";
    const percent = typeof expected === "number" && String(monitor.numberFormatAt(r, c) ?? "").includes("%");
    expect({ a1, text }).toEqual({ a1, text: percent ? `${Math.round((expected as number) * 100)}%` : String(expected ?? "") });
  }
  expect(used.rows).toBeGreaterThan(70);
  await cell("B9").click(); // the region's status, at the top of the sheet
  await grid.getByRole("region", { name: "Cellen (pijltjestoetsen kiezen een cel)" }).evaluate((el) => el.scrollTo(0, 0));
  await shot(page, "preview-monitor.png");

  // Kopie met waarden (step 4): the scenario sheet, the Verantwoording and the Monitor, with figures
  await page.getByRole("button", { name: "Terug" }).click();
  await page.getByRole("button", { name: "Kopie met waarden" }).click();
  await page
    .getByText(
      /^Klaar: kopieën met waarden op de bladen 'Verdeling 2024 \(waarden\)', 'Verantwoording \(waarden\)' en 'Monitor \(waarden\)'\.$/,
    )
    .waitFor();
  const copies = await workbookOf(page);
  const copy = copies.sheet("Verdeling 2024 (waarden)")!;
  expect(Array.from({ length: 9 }, (_, i) => copy.get(14 + i, 1)?.value)).toEqual([...P.fairShare]);
  expect(copy.get(24, 3)?.value).toBe(214);
  const monitorCopy = copies.sheet("Monitor (waarden)")!;
  expect(Array.from({ length: 9 }, (_, i) => monitorCopy.get(22 + i, 2)?.value)).toEqual(
    Array.from({ length: 9 }, (_, i) => value("Monitor", 20 + i, 2)),
  );
  expect(monitorCopy.get(74, 1)?.value).toBe(value("Monitor", 72, 1));
  const justificationCopy = copies.sheet("Verantwoording (waarden)")!;
  const sums = [...copies.sheet("Verantwoording")!.cells].filter(([, c]) => c.formula);
  expect(sums.length).toBeGreaterThan(0);
  for (const [key] of sums) {
    const [r, c] = key.split(",").map(Number);
    expect(typeof justificationCopy.get(r + 2, c)?.value).toBe("number");
  }
  for (const sheet of [copy, monitorCopy, justificationCopy]) expect([...sheet.cells.values()].filter((c) => c.formula)).toEqual([]);
}

// one page for both: 17.15 goes on in the preview the start page led to, with its sheet already written (no second load and walk)
test(
  "the start page leads somewhere without Excel: to the preview, which computes the sheet it writes; " +
    "17.15 there: the Monitor computed, Waarom follows a clicked cell, and the values copy has the figures",
  async () => {
    const page = await newPage({ width: 1280, height: 900 });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("response", (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
    await startPageToPreview(page);
    await page.setViewportSize({ width: 1400, height: 1000 }); // the width the preview was checked at for 17.15
    await page.getByRole("region", { name: "Gesimuleerde werkmap" }).getByRole("tab", { name: "Verdeling 2024" }).click();
    await previewMonitorAndCopies(page);
    expect(errors).toEqual([]);
    await page.close();
  },
  150_000,
);

/** Where a header text sits on a sheet (the first cell whose value is `text`). */
function findCell(sheet: SheetModel, text: string): { row: number; column: number } {
  for (const [key, cell] of sheet.cells) {
    if (cell.value === text) {
      const [row, column] = key.split(",").map(Number);
      return { row, column };
    }
  }
  throw new Error(`no cell '${text}' on sheet '${sheet.name}'`);
}

test("step 4: a refused sheet name, then the sheet, its update button and a values copy", async () => {
  const { page, errors } = await openPane("nl");
  for (let k = 0; k < 3; k++) await page.getByRole("button", { name: "Volgende" }).click();
  const name = page.getByRole("textbox", { name: "Naam van het scenarioblad" });
  const create = page.getByRole("button", { name: "Scenarioblad maken" });
  await create.waitFor();

  // Excel's rules, said in the pane before anything is written
  await name.fill("Verdeling/2024:*");
  await page.getByText("Een bladnaam mag deze tekens niet bevatten: / : *", { exact: true }).waitFor();
  expect(await create.isDisabled()).toBe(true);
  expect(await name.getAttribute("aria-invalid")).toBe("true");
  // the characters stay together on one line (no-break spaces), not "/ :" with "*" wrapped below
  const message = page.getByText("Een bladnaam mag deze tekens niet bevatten: / : *", { exact: true });
  const lastChar = await message.evaluate((el) => {
    const text = el.lastChild as Text;
    const range = document.createRange();
    range.setStart(text, text.length - 5);
    range.setEnd(text, text.length);
    return range.getClientRects().length;
  });
  expect(lastChar).toBe(1);
  await page.evaluate(() => window.scrollTo(0, 0)); // "Volgende" at the bottom left the page scrolled
  await shot(page, "6-bladnaam-geweigerd.png"); // the top of the pane: the field and the button
  await axe(page, "bladnaam geweigerd");
  const long = "Verdeling urgente aandachtsgroepen regio 2024";
  expect(long).toHaveLength(45);
  await name.fill(long);
  await page.getByText("Een bladnaam heeft hoogstens 31 tekens; deze heeft er 45.", { exact: true }).waitFor();
  expect(await create.isDisabled()).toBe(true);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, "6b-bladnaam-te-lang.png");

  // a good name: written; the add-in's own sheet name then means "bijwerken", another name "maken"
  await name.fill("Verdeling 2024");
  await page.waitForFunction(() => ![...document.querySelectorAll("button")].find((b) => b.textContent === "Scenarioblad maken")?.disabled);
  await create.click();
  await page.getByText("Klaar: blad 'Verdeling 2024' is geschreven.").waitFor();
  await page.getByRole("button", { name: "Scenarioblad bijwerken" }).waitFor();
  await name.fill("Ander blad");
  await create.waitFor();
  await name.fill("Verdeling 2024");
  await page.getByRole("button", { name: "Scenarioblad bijwerken" }).waitFor();

  // Kopie met waarden: a new sheet, marked as a copy, with no formulas
  await page.getByRole("button", { name: "Kopie met waarden" }).click();
  await page.getByText("Klaar: kopieën met waarden op de bladen 'Verdeling 2024 (waarden)' en 'Verantwoording (waarden)'.").waitFor();
  const model = await workbookOf(page);
  const copy = model.sheet("Verdeling 2024 (waarden)")!;
  expect(copy).toBeTruthy();
  expect(String(copy.get(0, 0)?.value)).toMatch(
    new RegExp(
      "^Kopie met waarden van blad 'Verdeling 2024', gemaakt op \\d{1,2} \\p{L}+ \\d{4} met Verdeelwijzer .+\\. " +
        "Zonder formules: verandert niet mee als de gegevens veranderen\\.$",
      "u",
    ),
  );
  expect([...copy.cells.values()].filter((c) => c.formula !== undefined && c.formula !== null && c.formula !== "")).toEqual([]);
  const source = model.sheet("Verdeling 2024")!;
  // the copy is the source two rows down: every plain value of the sheet is there (the fake Excel computes no formulas, so those cells
  // stay blank)
  const plain = [...source.cells.entries()].filter(([, c]) => !c.formula && c.value !== undefined && c.value !== "");
  expect(plain.length).toBeGreaterThan(5);
  for (const [key, cell] of plain) {
    const [row, column] = key.split(",").map(Number);
    expect({ key, value: copy.get(row + 2, column)?.value }).toEqual({ key, value: cell.value });
  }
  const copied = page.getByText("Klaar: kopieën met waarden op de bladen 'Verdeling 2024 (waarden)' en 'Verantwoording (waarden)'.");
  await copied.evaluate((el) => el.scrollIntoView({ block: "center" }));
  await shot(page, "7-kopie-met-waarden.png");
  await axe(page, "kopie met waarden");
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);

test("a blended key for A and a recorded correction: the pane, the sheet's 'Na correcties', a withdrawal", async () => {
  const { page, errors } = await openPane("nl");
  for (let k = 0; k < 2; k++) await page.getByRole("button", { name: "Volgende" }).click();

  // 3. Scenario: half population, half social-rent lettings
  await page.getByRole("textbox", { name: "Gewicht: gepubliceerde fair share (kolom A) (%)" }).fill("50");
  await page.getByRole("textbox", { name: "Mutaties sociale huur (%)" }).fill("50");
  const key = page.getByRole("region", { name: "Verdeelsleutel voor A" });
  await key.getByText("Samen 100%", { exact: true }).waitFor();
  const compare = page.getByRole("table", { name: "Naar inwonertal en naar sleutel" });
  const apeldoornKey = compare.getByRole("row", { name: /^Apeldoorn/ });
  await apeldoornKey.waitFor();
  expect((await apeldoornKey.getByRole("cell").allTextContents()).map((s) => s.trim())).toEqual(["Apeldoorn", "422", "428", "+6"]);
  // the number headers stand right-aligned over their numbers
  const textRight = (el: Element) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return Math.round(range.getBoundingClientRect().right);
  };
  const headRight = await compare.getByRole("columnheader", { name: "Verschil" }).evaluate(textRight);
  const cellRight = await apeldoornKey.getByRole("cell").nth(3).evaluate(textRight);
  expect(Math.abs(headRight - cellRight)).toBeLessThanOrEqual(2);
  await key.scrollIntoViewIfNeeded();
  await page.mouse.move(0, 0); // no row under the pointer, so none shows its hover colour
  await shot(key, "8-verdeelsleutel.png");
  await axe(page, "verdeelsleutel");

  // 4. Resultaat: record a correction of -20 for Apeldoorn
  await page.getByRole("button", { name: "Volgende" }).click();
  const corrections = page.getByRole("region", { name: "Correcties" });
  await corrections.getByText("Nog geen correcties vastgelegd.").waitFor();
  await page.getByRole("combobox", { name: "Gemeente van de correctie" }).click();
  await page.getByRole("listbox", { name: "Gemeente van de correctie" }).getByRole("option", { name: "Apeldoorn" }).click();
  await page.getByRole("textbox", { name: "Correctie (woningen, bijv. -20)" }).fill("-20");
  await page.getByRole("textbox", { name: "Reden" }).fill("Tijdelijke opvang vol");
  await page.getByRole("textbox", { name: "Besloten door" }).fill("PHO Wonen");
  await page.getByRole("button", { name: "Correctie vastleggen" }).click();
  await corrections.getByText("Vastgelegd in de tabel 'Correcties'. Werk het scenarioblad bij om 'Na correcties' te zien.").waitFor();
  const lines = corrections.getByRole("table", { name: "Correcties" });
  const first = lines.getByRole("row").nth(1);
  expect((await first.getByRole("cell").allTextContents()).slice(0, 3)).toEqual([
    "Apeldoorn",
    "-20",
    expect.stringMatching(/^Tijdelijke opvang vol \(PHO Wonen, \d{1,2}-\d{1,2}-\d{4}\)$/),
  ]);
  const after = corrections.getByRole("list", { name: "Correcties" });
  await after.getByText("Apeldoorn: 428 → 408 na correcties", { exact: true }).waitFor();

  // the sheet: 'Na correcties' keeps the regional total and is Apeldoorn's A minus 20
  await page.getByRole("button", { name: "Scenarioblad maken" }).click();
  await page.getByText("Klaar: blad 'Verdeling 2024' is geschreven.").waitFor();
  const model = await workbookOf(page);
  const sheet = model.sheet("Verdeling 2024")!;
  const n = findCell(sheet, "N · Na correcties (A)");
  const names = { row: n.row, column: 0 }; // the names run down column A beside the scenario columns
  const aHeader = [...sheet.cells.entries()].find(
    ([k, c]) => Number(k.split(",")[0]) === n.row && String(c.value ?? "").startsWith("A · "),
  );
  expect(aHeader).toBeTruthy();
  const aColumn = Number(aHeader![0].split(",")[1]);
  const { value } = evaluateWorkbook(model);
  const municipalities = Array.from({ length: 9 }, (_, i) => String(value("Verdeling 2024", names.row + 1 + i, names.column)));
  expect(municipalities).toEqual([...P.municipalities]);
  const nValues = Array.from({ length: 9 }, (_, i) => Number(value("Verdeling 2024", n.row + 1 + i, n.column)));
  const aValues = Array.from({ length: 9 }, (_, i) => Number(value("Verdeling 2024", n.row + 1 + i, aColumn)));
  expect(nValues.reduce((s, x) => s + x, 0)).toBe(1170);
  const apeldoorn = municipalities.indexOf("Apeldoorn");
  expect(aValues[apeldoorn]).toBe(428);
  expect(nValues[apeldoorn]).toBe(aValues[apeldoorn] - 20);
  // the pane's 'na correcties' list says what the sheet computes
  for (let i = 0; i < 9; i++) {
    if (nValues[i] !== aValues[i])
      await after.getByText(`${municipalities[i]}: ${aValues[i]} → ${nValues[i]} na correcties`, { exact: true }).waitFor();
  }
  // at 320 px: "Reden" is a one-line field like the others, and the lines' table (with "Intrekken") fits the pane
  const height = async (label: string) => (await page.getByRole("textbox", { name: label }).boundingBox())!.height;
  expect(await height("Reden")).toBe(await height("Besloten door"));
  const withdraw = (await lines.getByRole("button", { name: /^Intrekken: Apeldoorn -20, Tijdelijke opvang/ }).boundingBox())!;
  const section = (await corrections.boundingBox())!;
  expect(withdraw.x + withdraw.width).toBeLessThanOrEqual(section.x + section.width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await corrections.scrollIntoViewIfNeeded();
  await page.mouse.move(0, 0);
  await shot(corrections, "9-correcties.png");
  await axe(page, "correcties");

  // Intrekken asks first, with its own "besloten door" and date; then a second, opposite line; the first stays
  await lines
    .getByRole("button", { name: /^Intrekken: Apeldoorn -20, Tijdelijke opvang/ })
    .first()
    .click();
  const dialog = page.getByRole("dialog", { name: "Correctie intrekken?" });
  await dialog.getByRole("textbox", { name: "Besloten door" }).fill("PHO Wonen 1-4");
  await axe(page, "correctie intrekken", "[role=dialog]");
  await dialog.getByRole("button", { name: "Intrekken" }).click();
  await lines.getByRole("row").nth(2).waitFor();
  // a withdrawn line shows it; neither it nor the withdrawal can be withdrawn (again)
  await lines.getByRole("button", { name: /^Intrekken/ }).waitFor({ state: "detached" });
  const rows = await lines.getByRole("row").allTextContents();
  expect(rows).toHaveLength(3);
  expect(rows[1]).toMatch(/^Apeldoorn-20Tijdelijke opvang vol/);
  expect(rows[2]).toMatch(/^Apeldoorn\+20Intrekking van: Tijdelijke opvang vol/);
  await corrections.getByText("Apeldoorn: 428 → 408 na correcties").waitFor({ state: "detached" });
  const withdrawn = await workbookOf(page);
  const table = withdrawn.tables.find((t) => t.name === "Correcties")!;
  expect(table.rows).toBe(3); // header + two lines
  const book = withdrawn.sheet(table.sheet)!;
  const amounts = [1, 2].map((r) => book.get(table.row + r, table.column + 1)?.value);
  expect(amounts).toEqual([-20, 20]);
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);
