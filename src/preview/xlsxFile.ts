/**
 * The .xlsx reader and writer of the preview, loaded only when the user opens or downloads a file
 * (a dynamic import: its own chunk, xlsx.chunk.js), so the preview's first load does not carry
 * exceljs. exceljs's browser build, made eval-free at build time (scripts/eval-free-exceljs.js).
 * Nothing leaves the machine: the file is read from the user's disk and the download is made here.
 */
import ExcelJS from "exceljs/dist/exceljs.bare.min.js";
import type { WorkbookValues } from "./formulas";
import { OpenedFile, openWorkbookFile } from "./workbookRead";
import { workbookFileOf } from "./workbookWrite";
import type { WorkbookModel } from "./workbookModel";

export const openFile = (bytes: ArrayBuffer, name: string, model: WorkbookModel) => openWorkbookFile(ExcelJS, bytes, name, model);

export const fileOf = (model: WorkbookModel, values: WorkbookValues, opened: OpenedFile | null) =>
  workbookFileOf(ExcelJS, model, values, opened);
