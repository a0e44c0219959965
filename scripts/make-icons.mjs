// Draws Verdeelwijzer's icons (a house whose roof is a balance beam: housing shared fairly)
// from one SVG, rendered by Debian's chromium through playwright-core, at the sizes the
// manifest names. Run: node scripts/make-icons.mjs (the PNGs are committed in assets/).
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";

const svg = (size) => `
<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 64 64">
  <rect x="2" y="2" width="60" height="60" rx="12" fill="#0F6CBD"/>
  <path d="M14 30 L32 15 L50 30" fill="none" stroke="#FFFFFF" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/>
  <rect x="19" y="30" width="26" height="21" rx="2" fill="#FFFFFF"/>
  <rect x="23" y="35" width="7" height="7" fill="#0F6CBD"/>
  <rect x="34" y="35" width="7" height="7" fill="#0F6CBD"/>
  <rect x="23" y="44" width="7" height="7" fill="#6CCB5F"/>
  <rect x="34" y="44" width="7" height="7" fill="#6CCB5F"/>
</svg>`;

const out = new URL("../assets/", import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage();
for (const [name, size] of [
  ["icon-16", 16],
  ["icon-32", 32],
  ["icon-64", 64],
  ["icon-80", 80],
  ["logo-filled", 300],
]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg(size)}</body></html>`);
  await page.screenshot({ path: `${out}${name}.png`, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}
await browser.close();
console.log("icons written to assets/");
