/**
 * The browser side of the e2e tests: Debian's chromium (playwright-core), the built pane served
 * from dist/ with Office.js replaced by the fake Excel (fakeOffice.ts), opened at 320 px.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { Browser, Page, chromium } from "playwright-core";
import { serve } from "./server";

export type Language = "nl" | "en";

const root = join(__dirname, "..", "..");
const dist = join(root, "dist");
export const shots = join(root, "test-output", "screenshots");
/**
 * Debian's Chromium for the tests: its headless shell (package chromium-headless-shell, the same
 * Blink and V8 as the browser, without the browser's window layer: what Playwright itself runs
 * headless) when installed, else the browser. The shell takes about an eighth less CPU for the
 * same walk (wizard.e2e: 29–41 → 26–34 core-seconds, alternating runs), and `npm test` is bound by
 * CPU on a 2-core machine. CHROMIUM_PATH chooses another.
 */
const HEADLESS_SHELL = "/usr/lib/chromium/chromium-headless-shell";
export const CHROMIUM = process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : "/usr/bin/chromium");

/** Chromium started for a test file (one per file: jest runs files in separate processes). */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} missing: apt-get install -y chromium chromium-headless-shell (.ci/run does)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * Screenshots are for people to look at (the README's pictures come from them): `npm run
 * screenshots` takes them (SCREENSHOTS=1); `npm test` asserts the same things without writing
 * 40 PNGs, about a fifth of the browser tests' time. A test that finds a fault may still shoot it.
 */
export const takeScreenshots = process.env.SCREENSHOTS === "1";

/** Saves test-output/screenshots/<name> of a page or a part of it, when screenshots are asked for. */
export async function shot(
  target: { screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown> },
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  if (takeScreenshots) await target.screenshot({ path: join(shots, name), ...options });
}

/**
 * Every page asks for reduced motion (prefers-reduced-motion, an option people set in their OS):
 * Fluent then shows dialogs, tabs and spinners at their end state instead of animating them, which
 * changes no position, text or colour the tests read, and spares Chromium rendering every frame in
 * software (about an eighth of the browser tests' time).
 */
export const PAGE_OPTIONS = { reducedMotion: "reduce" } as const;

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let fakeOffice: string;

/** In beforeAll: the fake Office bundle, the static server and the browser. */
export async function launchBrowser(): Promise<void> {
  if (!existsSync(join(dist, "taskpane.html"))) throw new Error("dist/ missing: run `npm run build` first (npm test does)");
  mkdirSync(shots, { recursive: true });
  const bundle = await build({
    entryPoints: [join(__dirname, "fakeOffice.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
  });
  fakeOffice = bundle.outputFiles[0].text;
  server = await serve(dist);
  browser = await launchChromium();
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  await server?.close();
}

/** A page of the shared browser that is not the pane (the start page, a sheet drawn as a table). */
export function newPage(viewport: { width: number; height: number }): Promise<Page> {
  return browser.newPage({ viewport, ...PAGE_OPTIONS });
}

/** The address of a file of dist/ on the test server ("" for the start page). */
export function distUrl(path: string): string {
  return `${server.url}/${path}`;
}

/**
 * The pane at 320 px in the given language, with every page error and console error collected, and the time from asking for the
 * page until its first render.
 */
export async function openPane(
  lang: Language,
  width = 320,
  workbook: { regionTable?: string } = {},
): Promise<{ page: Page; errors: string[]; firstRenderMs: number }> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, ...PAGE_OPTIONS });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.route("https://appsforoffice.microsoft.com/**", (route) =>
    route.fulfill({ contentType: "application/javascript", body: fakeOffice }),
  );
  const start = Date.now();
  const table = workbook.regionTable ? `&regionTable=${encodeURIComponent(workbook.regionTable)}` : "";
  await page.goto(`${server.url}/taskpane.html?lang=${lang}${table}`);
  await page.getByRole("heading", { name: "Verdeelwijzer" }).waitFor();
  return { page, errors, firstRenderMs: Date.now() - start };
}

/** The browser preview (dist/preview.html): the pane at 320 px beside the simulated workbook, with every page error collected. */
export async function openPreview(lang: Language, width = 1400): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 1100 }, ...PAGE_OPTIONS });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(`${server.url}/preview.html?lang=${lang}`);
  await page.getByRole("heading", { name: "Verdeelwijzer" }).waitFor();
  // the simulated workbook is a chunk of its own, shown after the pane's first paint
  await page.getByRole("region", { name: lang === "nl" ? "Gesimuleerde werkmap" : "Simulated workbook" }).waitFor();
  return { page, errors };
}
