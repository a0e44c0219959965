/**
 * 20.3: the pane at its real width. At 320 px, in Dutch and English, for every step and every
 * panel (municipality table, Waarom?, Per groep, Correcties, Monitor, a table of the workbook offered), no two visible labels, inputs or
 * buttons overlap and nothing runs past the pane's right edge or is cut off (bounding boxes in
 * Debian's chromium). A horizontally scrolling region (the tables) counts as one box: what is
 * inside may scroll, the region itself must fit. One walk per language checks each state at 320 and at 360 px (the
 * viewport resized in place: the same page, no second walk). Screenshots of any state with a fault, and of every
 * state at 320 px with `npm run screenshots`, go to test-output/screenshots/layout-*.png.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { STEDENDRIEHOEK_2024_PUBLISHED as P } from "../../src/data";
import { Language, closeBrowser, launchBrowser, openPane, shots, takeScreenshots } from "./pane";
import { LayoutFault, layoutFaults } from "./layoutFaults";

beforeAll(launchBrowser, 60_000);
afterAll(closeBrowser);

/** The words of the walk in both languages (the pane's own catalogue is not imported: the test reads the page as a person does). */
const W = {
  nl: {
    next: "Volgende",
    workbook: /Tabel in deze werkmap/,
    empty: /Lege regio/,
    embedded: /Regio Stedendriehoek 2024/,
    write: "Scenarioblad maken",
    written: "Klaar: blad 'Verdeling 2024' is geschreven.",
    municipality: "Gemeente van de correctie",
    amount: "Correctie (woningen, bijv. -20)",
    reason: "Reden",
    decidedBy: "Besloten door",
    record: "Correctie vastleggen",
    createMonitor: "Monitor maken",
    monitorWritten: "Klaar: blad 'Monitor' is geschreven.",
    year: "Jaar van de realisatie",
    pasted: /Realisatie per gemeente/,
    enter: "Realisatie invoeren",
    entered: /Klaar: realisatie 2024 ingevuld/,
    need: "Behoefte",
    showGroup: "Toon groep",
    readOffered: "Met deze tabel rekenen",
    tableRead: /^Tabel '.*' ingelezen/,
  },
  en: {
    next: "Next",
    workbook: /Table in this workbook/,
    empty: /Empty region/,
    embedded: /Regio Stedendriehoek 2024/,
    write: "Create scenario sheet",
    written: "Done: sheet 'Verdeling 2024' was written.",
    municipality: "Municipality corrected",
    amount: "Correction (dwellings, e.g. -20)",
    reason: "Reason",
    decidedBy: "Decided by",
    record: "Record correction",
    createMonitor: "Create monitor",
    monitorWritten: "Done: sheet 'Monitor' was written.",
    year: "Year of the realisation",
    pasted: /Realised per municipality/,
    enter: "Enter realisation",
    entered: /Done: realisation 2024 entered/,
    need: "Need",
    showGroup: "Show group",
    readOffered: "Work with this table",
    tableRead: /^Table '.*' read/,
  },
};

type Found = { state: string; faults: LayoutFault[] }[];

/** The widths every state is checked at, on one walk: 320 px is the pane's narrowest; at 360 px (a common default) two fields share a
 * row where a step lays them out in a grid. */
const WIDTHS = [320, 360];

/**
 * The state at each width: motion ended (what the user sees once Fluent's transitions have run), no pointer over anything, then the
 * boxes. A screenshot at 320 px, and at any width with a fault.
 */
async function checkAt(page: Page, lang: Language, state: string, found: Found): Promise<void> {
  await page.mouse.move(0, 0);
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(async () => {
      for (const a of document.getAnimations()) {
        try {
          a.finish();
        } catch {
          // an endless animation (a spinner) cannot finish; it moves nothing
        }
      }
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))); // laid out at this width
    });
    const faults = await layoutFaults(page);
    if (faults.length > 0) found.push({ state: `${lang}-${width} ${state}`, faults });
    // a fault is always shot, to be looked at; the rest when screenshots are asked for
    if (faults.length > 0 || (takeScreenshots && width === WIDTHS[0]))
      await page.screenshot({ path: join(shots, `layout-${lang}-${width}-${state}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: WIDTHS[0], height: 900 });
}

/** Every step and panel in one language, each state at every width; the faults found per state. */
async function walk(lang: Language): Promise<Found> {
  const w = W[lang];
  const { page, errors } = await openPane(lang, WIDTHS[0]);
  const found: Found = [];
  const check = (state: string) => checkAt(page, lang, state, found);
  const next = () => page.getByRole("button", { name: w.next }).click();

  // 1. Regio, in its three variants
  await check("1-regio");
  await page.getByRole("radio", { name: w.workbook }).check();
  await check("1-regio-werkmap");
  await page.getByRole("radio", { name: w.empty }).check();
  await check("1-regio-leeg");
  await page.getByRole("radio", { name: w.embedded }).check();

  // 2. Gegevens, 3. Scenario (with the municipality table and a blended key)
  await next();
  await check("2-gegevens");
  await next();
  await check("3-scenario");
  // Per groep (issue 19): two groups' needs filled, one group's column picked, its Waarom?
  await page.getByRole("textbox", { name: `${w.need} Mantelzorgverleners en -ontvangers` }).fill("700");
  await page.getByRole("textbox", { name: `${w.need} Uitstroom maatschappelijke opvang` }).fill("470");
  await page.getByRole("combobox", { name: w.showGroup }).click();
  await page.getByRole("listbox").getByRole("option", { name: "Uitstroom maatschappelijke opvang" }).click();
  await check("3-scenario-per-groep");

  // 4. Resultaat: before and after writing (Waarom? follows the sheet), with a correction and its Intrekken
  await next();
  await check("4-resultaat");
  await page.getByRole("button", { name: w.write }).click();
  await page.getByText(w.written).waitFor();
  await page.getByRole("combobox", { name: w.municipality }).click();
  await page.getByRole("listbox", { name: w.municipality }).getByRole("option", { name: "Apeldoorn" }).click();
  await page.getByRole("textbox", { name: w.amount }).fill("-20");
  await page.getByRole("textbox", { name: w.reason, exact: true }).fill("Tijdelijke opvang vol, besloten in het PHO van maart");
  await page.getByRole("textbox", { name: w.decidedBy }).fill("PHO Wonen");
  await page.getByRole("button", { name: w.record }).click();
  await page
    .getByRole("table", { name: lang === "nl" ? "Correcties" : "Corrections" })
    .getByRole("row")
    .nth(1)
    .waitFor();
  await check("4-resultaat-geschreven-correctie");

  // 5. Monitor: set up, created, a year entered
  await next();
  await check("5-monitor");
  await page.getByRole("button", { name: w.createMonitor }).click();
  await page.getByText(w.monitorWritten).waitFor();
  await page.getByRole("textbox", { name: w.year }).fill("2024");
  await page.getByRole("textbox", { name: w.pasted }).fill(P.municipalities.map((name, i) => `${name}\t${P.realised[i]}`).join("\n"));
  await page.getByRole("button", { name: w.enter }).click();
  await page.getByText(w.entered).waitFor();
  await check("5-monitor-stand");
  expect(errors).toEqual([]);
  await page.close();
  await offeredTable(lang, found);
  return found;
}

/** A workbook with a region's own table under a long name: step 1 offers it beside the built-in region, then has read it. */
async function offeredTable(lang: Language, found: Found): Promise<void> {
  const w = W[lang];
  const { page, errors } = await openPane(lang, WIDTHS[0], { regionTable: "Woningmarkt_Stedendriehoek_2024_corporaties" });
  await page.getByRole("button", { name: w.readOffered }).waitFor();
  await checkAt(page, lang, "1-regio-tabel-aangeboden", found);
  await page.getByRole("button", { name: w.readOffered }).click();
  await page.getByText(w.tableRead).waitFor();
  await checkAt(page, lang, "1-regio-tabel-gelezen", found);
  expect(errors).toEqual([]);
  await page.close();
}

test(
  "20.3 at 320 px in Dutch: no overlapping labels, inputs or buttons and nothing past the pane's edge, in every step and " + "panel",
  async () => {
    expect(await walk("nl")).toEqual([]);
  },
  120_000,
);

test(
  "20.3 at 320 px in English: no overlapping labels, inputs or buttons and nothing past the pane's edge, in every step and " + "panel",
  async () => {
    expect(await walk("en")).toEqual([]);
  },
  120_000,
);
