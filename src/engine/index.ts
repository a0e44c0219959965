/**
 * Verdeelwijzer's allocation engine: pure TypeScript, no Office or React.
 * Algorithms take clean numbers; the rules (fairShare, quota, shortfall, …) take raw cells,
 * validate them and throw {@link InputError}s that say what and where, in Dutch and English.
 */
export * from "./errors";
export * from "./exact";
export * from "./cells";
export * from "./options";
export { hamilton, largestRemainder } from "./hamilton";
export { webster, dhondt } from "./divisor";
export type { DivisorMethod } from "./divisor";
export { fairShare, fairShareInColumn, apportion } from "./fairShare";
export { applyShare, quota, quotaInColumn, CAP_SHARE, MIN_SHARE } from "./quota";
export { shortfall, shortfallInColumn, shortfallOf } from "./shortfall";
export { redistribute, redistributeCounts } from "./redistribute";
export { growthPath, growthPathValues, readYears, MAX_YEARS, MIN_YEAR, MAX_YEAR } from "./growthPath";
export { carryOver, carryOverRow } from "./carryOver";
export { mutationRate } from "./mutationRate";
export * from "./monitor";
export { fairShareBlend, readDecimal, readFactors, combinedWeights, apportionExact, commonScale, decimalText } from "./blend";
export type { Decimal, BlockPositionOf } from "./blend";
export { adjust } from "./adjust";
export { groupShare } from "./groupShare";
export { biproportional, InfeasiblePattern } from "./biproportional";
export type { Biproportional } from "./biproportional";
