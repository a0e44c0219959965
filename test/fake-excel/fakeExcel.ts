/**
 * The strict fake Excel for jest: the same simulated Excel the browser preview runs
 * (src/preview/simulatedExcel.ts), so the preview and the adapter tests can never drift apart.
 * Nothing in src/ imports from test/.
 */
export * from "../../src/preview/simulatedExcel";
