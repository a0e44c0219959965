/**
 * 20.3: the pane at its real width. At 320 px, in Dutch and English, for every step and every
 * panel (municipality table, Waarom?, Per groep, Correcties, Monitor), no two visible labels, inputs or
 * buttons overlap and nothing runs past the pane's right edge or is cut off (bounding boxes in
 * Debian's chromium). A horizontally scrolling region (the tables) counts as one box: what is
 * inside may scroll, the region itself must fit. Screenshots of every state go to
 * test-output/screenshots/layout-*.png.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { STEDENDRIEHOEK_2024_PUBLISHED as P } from "../../src/data";
import { Language, closeBrowser, launchBrowser, openPane, shots } from "./pane";
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
  },
};

type Found = { state: string; faults: LayoutFault[] }[];

async function checkAt(page: Page, tag: string, state: string, found: Found): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  await page.screenshot({ path: join(shots, `layout-${tag}-${state}.png`), fullPage: true });
  const faults = await layoutFaults(page);
  if (faults.length > 0) found.push({ state: `${tag} ${state}`, faults });
}

/** Every step and panel at one width in one language; the faults found per state. */
async function walk(lang: Language, width: number): Promise<Found> {
  const w = W[lang];
  const { page, errors } = await openPane(lang, width);
  const found: Found = [];
  const check = (state: string) => checkAt(page, `${lang}-${width}`, state, found);
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
  return found;
}

// 320 px is the pane's narrowest; at 360 px (a common default) two fields share a row where a step lays them out in a grid
test(
  "20.3 at 320 px in Dutch: no overlapping labels, inputs or buttons and nothing past the pane's edge, in every step and " + "panel",
  async () => {
    expect([...(await walk("nl", 320)), ...(await walk("nl", 360))]).toEqual([]);
  },
  120_000,
);

test(
  "20.3 at 320 px in English: no overlapping labels, inputs or buttons and nothing past the pane's edge, in every step and " + "panel",
  async () => {
    expect([...(await walk("en", 320)), ...(await walk("en", 360))]).toEqual([]);
  },
  120_000,
);
