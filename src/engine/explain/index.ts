/**
 * Verantwoording (issue 12): every number explained. Pure TypeScript (no Office, no React):
 * traces of the three apportionment methods, solidarity and method sensitivity, and the
 * nl/en texts built from them, for the pane's "Waarom dit getal?" and the Verantwoording sheet.
 */
export * from "./rational";
export { traceHamilton } from "./hamiltonTrace";
export type { HamiltonTrace, HamiltonTraceItem, TieRule } from "./hamiltonTrace";
export { traceDivisor, roundest } from "./divisorTrace";
export type { DivisorTrace, DivisorTraceItem, DivisorMethodName } from "./divisorTrace";
export { traceSolidarity } from "./solidarityTrace";
export type { SolidarityTrace, SolidarityTraceItem } from "./solidarityTrace";
export { methodRange, alabamaParadox, populationParadox, growthRate, METHODS, PARADOX_FREE } from "./sensitivity";
export type { MethodName, MethodRangeItem, AlabamaParadox, PopulationParadox, PopulationParadoxPair } from "./sensitivity";
export * from "./texts";
export { traceBiproportional, signpost } from "./biproportionalTrace";
export type { BiproportionalTrace } from "./biproportionalTrace";
export { explainGroupCell, explainGroupMethod } from "./groupTexts";
export type { GroupCellOptions, GroupCellWhy } from "./groupTexts";
