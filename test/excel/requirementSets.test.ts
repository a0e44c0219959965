/**
 * Requirement sets: every Office.js member src/excel uses is mapped (by the TypeScript checker)
 * to the smallest ExcelApi set that provides it, from the `[Api set: ExcelApi x.y]` tags of
 * @types/office-js. The add-in must either declare the largest of them in manifest.xml or check
 * it before every Excel.run (REQUIRED_SETS in gateway.ts, with a plain message to the user); it
 * does the latter, so the THUIS functions still load in an Excel without it.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { REQUIRED_SETS } from "../../src/excel/gateway";
import { MemberUse, compareVersions, excelApiNeeded, officeMembersUsed } from "./requirementSets";

const root = join(__dirname, "..", "..");
const excelDir = join(root, "src", "excel");
const sources = readdirSync(excelDir)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => join(excelDir, f).replace(/\\/g, "/"));
/** A file that uses Worksheet.tabId (ExcelApi 1.14): the fault the check must catch. */
const planted = join(__dirname, "fixtures", "plantedApiSet.ts").replace(/\\/g, "/");

let uses: MemberUse[] = [];
let plantedUses: MemberUse[] = [];

beforeAll(() => {
  // one program for both (parsing the 8 MB of Office.js types is the slow part)
  const all = officeMembersUsed([...sources, planted]);
  uses = all.filter((u) => u.at.startsWith("src/excel/"));
  plantedUses = all.filter((u) => u.at.startsWith("test/excel/fixtures/"));
}, 120_000);

function manifestExcelApi(): string | null {
  const xml = new DOMParser().parseFromString(readFileSync(join(root, "manifest.xml"), "utf8"), "text/xml");
  const sets = Array.from(xml.getElementsByTagName("Set"));
  const excel = sets.find((s) => s.getAttribute("Name") === "ExcelApi");
  return excel ? (excel.getAttribute("MinVersion") ?? "1.1") : null;
}

const guarded = (): string => REQUIRED_SETS.find(([set]) => set === "ExcelApi")?.[1] ?? "1.1";

describe("requirement sets", () => {
  test("the analysis finds the Office.js members src/excel uses, each with its set", () => {
    const byMember = new Map(uses.map((u) => [u.member, u]));
    // a few whose sets are known from Microsoft's reference
    expect(byMember.get("Excel.Worksheet.getRange")).toMatchObject({ set: "ExcelApi", version: "1.1" });
    expect(byMember.get("Excel.WorksheetCollection.getItemOrNullObject")).toMatchObject({ set: "ExcelApi", version: "1.4" });
    expect(byMember.get("Excel.Range.dataValidation")).toMatchObject({ set: "ExcelApi", version: "1.8" });
    expect(byMember.get("Excel.PageLayout.headersFooters")).toMatchObject({ set: "ExcelApi", version: "1.9" });
    expect(uses.length).toBeGreaterThan(50);
  });

  test("every member is in a numbered ExcelApi set (none only online, desktop or in preview)", () => {
    expect(uses.filter((u) => u.set !== "ExcelApi")).toEqual([]);
  });

  test("the set src/excel needs is declared in the manifest or checked before every Excel.run", () => {
    const needed = excelApiNeeded(uses);
    const declared = manifestExcelApi();
    const covered = declared !== null && compareVersions(declared, guarded()) > 0 ? declared : guarded();
    const above = uses.filter((u) => u.set === "ExcelApi" && compareVersions(u.version, covered) > 0);
    expect({ needed, covered, above }).toEqual({ needed, covered, above: [] });
    // and the check is not more than needed: an Excel that has what the code uses can use it
    expect(guarded()).toBe(needed);
  });

  test("a planted use of a newer member is caught (Worksheet.tabId, ExcelApi 1.14)", () => {
    expect(plantedUses.map((u) => `${u.member} ${u.version}`)).toContain("Excel.Worksheet.tabId 1.14");
    const needed = excelApiNeeded([...uses, ...plantedUses]);
    expect(compareVersions(needed, guarded())).toBeGreaterThan(0);
  });

  test("Excel.run is called only by the gateway's run (which checks the sets first)", () => {
    const gateway = readFileSync(join(excelDir, "gateway.ts"), "utf8");
    for (const file of sources) {
      const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      const calls = code.match(/Excel\.run\(/g) ?? [];
      if (file.endsWith("/gateway.ts")) expect(calls.length).toBe(1);
      // selection.ts removes its handler in the context the guarded run created
      else if (file.endsWith("/selection.ts")) expect(code).toMatch(/Excel\.run\(result\.context,/);
      else expect({ file, calls: calls.length }).toEqual({ file, calls: 0 });
    }
    const run = gateway.slice(gateway.indexOf("async function run<T>"));
    expect(run.indexOf("missingSets()")).toBeGreaterThan(0);
    expect(run.indexOf("missingSets()")).toBeLessThan(run.indexOf("Excel.run("));
  });
});
