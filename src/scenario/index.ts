/**
 * The ONE scenario model (design §3): the column definitions, the computed model (the pane's
 * preview); the sheet plans derived from it live in src/sheets. Pure TypeScript: no Office, no React.
 */
export * from "./settings";
export * from "./words";
export * from "./columns";
export * from "./params";
export * from "./model";
export * from "./corrections";
export * from "./explain";
export * from "./groups";
