/**
 * The sample workbook as a reader WITHOUT the add-in sees it: LibreOffice (headless) opens the
 * committed .xlsx and exports every sheet as CSV. THUIS is unknown there, so what shows is the
 * cached value of every formula cell (or what LibreOffice computes itself): the seed's 422, 355,
 * 214 …, never #NAME?, #VALUE! or Err: on any sheet (issue 17 case 14).
 * Needs `soffice` (Debian: libreoffice-calc-nogui, installed by .ci/run); in CI a missing
 * soffice fails the test instead of skipping it.
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { STEDENDRIEHOEK_2024_PUBLISHED as P } from "../../src/data";
import { SAMPLE_GROUP_NEEDS } from "../../scripts/sample-workbook";
import { libreOfficeCsv, soffice } from "../libreOffice";

const run = soffice || process.env.CI ? test : test.skip;

run("17.14 LibreOffice shows every sheet of the sample workbook without #NAME?, #VALUE! or Err:, with the seed's figures", async () => {
  expect(soffice).toBeDefined();
  const dir = mkdtempSync(join(tmpdir(), "verdeelwijzer-lo-"));
  const sample = join(__dirname, "..", "..", "examples", "Regio-Stedendriehoek-2024.xlsx");
  copyFileSync(sample, join(dir, "sample.xlsx"));
  const workbook = await new ExcelJS.Workbook().xlsx.readFile(sample);
  // every sheet to its own file: sample-<sheet>.csv
  const csv = libreOfficeCsv(join(dir, "sample.xlsx"), dir);
  // every sheet of the workbook was exported, and none shows an error a reader cannot resolve
  const files = readdirSync(dir).filter((f) => f.endsWith(".csv"));
  expect(files.sort()).toEqual(workbook.worksheets.map((w) => `sample-${w.name}.csv`).sort());
  expect(files).toHaveLength(4);
  for (const f of files) {
    const text = readFileSync(join(dir, f), "utf8");
    expect({ f, errors: text.match(/#NAME\?|#NAAM\?|#VALUE!|#WAARDE!|Err:\d*/g) ?? [] }).toEqual({ f, errors: [] });
  }
  // the Monitor: targets, realised 2024, the backlog now and in every year (0 in 2024, blank after), status
  const monitor = csv("Monitor");
  const section = (title: string) => monitor.findIndex((r) => r[0] === title);
  const rowsOf = (title: string) => monitor.slice(section(title) + 2, section(title) + 2 + P.municipalities.length);
  expect(rowsOf("Realisatie per jaar (invoer)").map((r) => Number(r[2]))).toEqual([...P.realised]);
  const backlog = rowsOf("Achterstand (THUIS.CARRYOVER)");
  expect(backlog.map((r) => r[0])).toEqual([...P.municipalities]);
  for (const row of backlog) expect(row.slice(1)).toEqual(["0", "0", ...new Array(11).fill("")]);
  expect(rowsOf("Status").map((r) => r[1])).toEqual(new Array(9).fill("op koers"));
  expect(rowsOf("Opgave per jaar")[0].slice(2).map(Number)).toEqual([305, 316, 326, 337, 348, 358, 369, 379, 390, 401, 411, 422]);
  const scenario = csv("Verdeling 2024");
  const row = (label: string) => scenario.find((r) => r[0] === label)!;
  expect(P.municipalities.map((m) => Number(row(m)[1]))).toEqual([...P.fairShare]);
  expect(P.municipalities.map((m) => Number(row(m)[3]))).toEqual([...P.max30Social]);
  expect(row("Regio totaal").slice(1, 6).map(Number)).toEqual([1170, 795, 956, 471, 479]);
  expect(row("Niet geplaatst").slice(1, 6).map(Number)).toEqual([0, 375, 214, 699, 691]);
  // the group block on the example's needs (issue 19), labelled as an example next to the needs, its margins exact
  const needsAt = scenario.findIndex((r) => r[0] === "Behoefte per jaar");
  const needsLine = readFileSync(join(dir, "sample-Verdeling 2024.csv"), "utf8").split("\n")[needsAt];
  expect(needsLine).toContain("voorbeeld, geen gepubliceerde cijfers");
  const needs = scenario[needsAt].slice(1, 4).map(Number);
  expect(needs).toEqual(SAMPLE_GROUP_NEEDS.map((e) => e.need));
  const matrix = scenario.slice(needsAt + 1, needsAt + 1 + P.municipalities.length);
  expect(matrix.map((r) => r[0])).toEqual([...P.municipalities]);
  expect(matrix.map((r) => r.slice(1, 4).reduce((a, x) => a + Number(x), 0))).toEqual([...P.fairShare]);
  expect(needs.map((_, j) => matrix.reduce((a, r) => a + Number(r[1 + j]), 0))).toEqual(needs);
  expect(readFileSync(join(dir, "sample-Verantwoording.csv"), "utf8")).toContain("voorbeeld, geen gepubliceerde cijfers");
});
