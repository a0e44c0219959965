/**
 * Served in place of Office.js in the browser tests: installs
 * the fake Excel (the simulated Excel of src/preview) on `window` and exposes its workbook as
 * `window.__verdeelwijzerWorkbook`; `?regionTable=<name>` gives that workbook a region's own table
 * of municipalities under that name.
 */
import { installFakeExcel } from "../fake-excel/fakeExcel";
import { computeLikeExcel } from "../../src/preview/calculation";
import { WorkbookModel } from "../fake-excel/model";

const params = new URLSearchParams(window.location.search);
const model = new WorkbookModel(["Blad1"]);
model.displayLanguage = params.get("lang") === "en" ? "en-US" : "nl-NL";
installFakeExcel(window as unknown as Record<string, unknown>, model);
// ?regionTable=<name>: the workbook holds a region's own table of municipalities under that name (the pane offers it)
const regionTable = params.get("regionTable");
if (regionTable) {
  model.put("Data", "A1", [
    ["Gemeente", "Inwonertal"],
    ["Apeldoorn", 166_000],
    ["Zutphen", 48_000],
  ]);
  model.tables.push({ name: regionTable, sheet: "Data", row: 0, column: 0, rows: 3, columns: 2 });
}
computeLikeExcel(model); // Excel computes the formulas the adapter reads back (the Monitor's targets)
(window as unknown as { __verdeelwijzerWorkbook: WorkbookModel }).__verdeelwijzerWorkbook = model;
