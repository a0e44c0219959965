/**
 * The workbook model behind the fake Excel. It is product code (the browser preview shows it),
 * so it lives in src/preview/; tests import it from here. Nothing in src/ imports from test/.
 */
export * from "../../src/preview/workbookModel";
