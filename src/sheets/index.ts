/**
 * The sheets the add-in owns, planned as pure data (design §3): cells, formulas, formats and
 * the positions of every block, from the scenario model. No Office, no React; src/excel writes
 * these plans and never lays a sheet out itself.
 */
export * from "./a1";
export * from "./plan";
export * from "./style";
export * from "./tableColumns";
export * from "./correctionsColumns";
export * from "./correctionsPlan";
export * from "./valuesCopyPlan";
export * from "./scenarioPlan";
export * from "./snippets";
export * from "./justificationLayout";
export * from "./justificationInput";
export * from "./monitorLayout";
export * from "./monitorValues";
export * from "./groupBlockPlan";
export * from "./justificationGroups";
export * from "./groupTableColumns";
