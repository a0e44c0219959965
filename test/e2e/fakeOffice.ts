/**
 * Served in place of Office.js in the browser tests: installs
 * the fake Excel (the simulated Excel of src/preview) on `window` and exposes its workbook as
 * `window.__verdeelwijzerWorkbook`.
 */
import { installFakeExcel } from "../fake-excel/fakeExcel";
import { computeLikeExcel } from "../../src/preview/calculation";
import { WorkbookModel } from "../fake-excel/model";

const params = new URLSearchParams(window.location.search);
const model = new WorkbookModel(["Blad1"]);
model.displayLanguage = params.get("lang") === "en" ? "en-US" : "nl-NL";
installFakeExcel(window as unknown as Record<string, unknown>, model);
computeLikeExcel(model); // Excel computes the formulas the adapter reads back (the Monitor's targets)
(window as unknown as { __verdeelwijzerWorkbook: WorkbookModel }).__verdeelwijzerWorkbook = model;
