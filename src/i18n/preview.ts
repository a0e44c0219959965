import type { Catalogue } from "./message";

/**
 * The preview's file bar (src/preview/FileBar.tsx): opening a local .xlsx and downloading the
 * simulated workbook. Placeholders: {name} (a file's name), {why} (the reader's or writer's own
 * message), {n}; `opened` is composed from the counted parts {sheets}, {cells}, {tables},
 * {merges} (each its `.one` or `.many` entry).
 */
export type FileBarTextKey =
  | "open"
  | "download"
  | "local"
  | "drop"
  | "opened"
  | "sheets.one"
  | "sheets.many"
  | "tables.one"
  | "tables.many"
  | "merges.one"
  | "merges.many"
  | "notXlsx"
  | "downloaded"
  | "failed";

export const FILE_BAR_TEXTS: Catalogue<FileBarTextKey> = {
  nl: {
    open: "Werkmap openen (.xlsx)",
    download: "Downloaden als .xlsx",
    local: "Het bestand blijft op deze computer: het wordt hier gelezen en gemaakt, niets wordt verstuurd.",
    drop: "Of sleep een .xlsx-bestand hierheen.",
    opened: "Geopend: {name} — {sheets}, {cells} cellen, {tables}, {merges}.",
    "sheets.one": "{n} blad",
    "sheets.many": "{n} bladen",
    "tables.one": "{n} tabel",
    "tables.many": "{n} tabellen",
    "merges.one": "{n} samengevoegde blok",
    "merges.many": "{n} samengevoegde blokken",
    notXlsx: "'{name}' kon niet worden gelezen als .xlsx-werkmap ({why}). Er is niets gewijzigd.",
    downloaded: "Gedownload: {name}, met de berekende waarden van elke formule.",
    failed: "Downloaden is mislukt: {why}",
  },
  en: {
    open: "Open workbook (.xlsx)",
    download: "Download as .xlsx",
    local: "The file stays on this computer: it is read and made here, nothing is sent.",
    drop: "Or drop an .xlsx file here.",
    opened: "Opened: {name} — {sheets}, {cells} cells, {tables}, {merges}.",
    "sheets.one": "{n} sheet",
    "sheets.many": "{n} sheets",
    "tables.one": "{n} table",
    "tables.many": "{n} tables",
    "merges.one": "{n} merged block",
    "merges.many": "{n} merged blocks",
    notXlsx: "'{name}' could not be read as an .xlsx workbook ({why}). Nothing was changed.",
    downloaded: "Downloaded: {name}, with the computed value of every formula.",
    failed: "The download failed: {why}",
  },
};

/**
 * The preview's simulated workbook (src/preview/WorkbookView.tsx). Placeholders: {title}, {type}
 * (the chart type's name), {source} (its data's address), {anchor} (the cell a value spilled from).
 */
export type WorkbookViewTextKey = "workbook" | "title" | "hint" | "chart" | "formulaBar" | "nameBox" | "spilled" | "empty" | "grid";

export const WORKBOOK_VIEW_TEXTS: Catalogue<WorkbookViewTextKey> = {
  nl: {
    workbook: "Gesimuleerde werkmap",
    title: "Werkmap (gesimuleerd)",
    hint: "Klik op een cel (of gebruik de pijltjestoetsen) om de formule te zien. Waarden zijn berekend zoals Excel ze toont.",
    chart: "Grafiek: {title} ({type}, gegevens {source})",
    formulaBar: "Formulebalk",
    nameBox: "Cel",
    spilled: "doorgelopen uit {anchor}",
    empty: "Nog leeg: doorloop de stappen links en schrijf het scenarioblad.",
    grid: "Cellen (pijltjestoetsen kiezen een cel)",
  },
  en: {
    workbook: "Simulated workbook",
    title: "Workbook (simulated)",
    hint: "Click a cell (or use the arrow keys) to see its formula. Values are computed as Excel shows them.",
    chart: "Chart: {title} ({type}, data {source})",
    formulaBar: "Formula bar",
    nameBox: "Cell",
    spilled: "spilled from {anchor}",
    empty: "Still empty: go through the steps on the left and write the scenario sheet.",
    grid: "Cells (arrow keys choose a cell)",
  },
};
