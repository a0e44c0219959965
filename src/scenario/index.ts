/**
 * The ONE scenario model (design §3): the column definitions, the computed model (the pane's
 * preview) and the sheet plan derived from it. Pure TypeScript: no Office, no React.
 */
export * from "./settings";
export * from "./words";
export * from "./columns";
export * from "./model";
export * from "./sheetPlan";
export * from "./snippets";
export * from "./corrections";
export * from "./explain";
export * from "./justification";
