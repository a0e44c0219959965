/**
 * How many arguments each THUIS function takes (optional ones included): what a formula
 * evaluator that is not Excel (the preview's, HyperFormula in the tests) passes to the
 * wrappers. A test keeps it equal to the registered functions' metadata.
 */
export const THUIS_ARITY: Record<string, number> = {
  FAIRSHARE: 4,
  CAP30: 3,
  MIN15: 3,
  SHORTFALL: 3,
  REDISTRIBUTE: 3,
  GROWTHPATH: 4,
  CARRYOVER: 3,
  MUTATIONRATE: 2,
  ADJUST: 3,
  GROUPSHARE: 4,
};
