/**
 * i18n (design §3): the one `Language`, its detection, the message function, the formatters,
 * the catalogues per domain and the Dutch display of formulas. It imports nothing else of the
 * project, so every layer — the engine included — may use it without a cycle.
 */
export * from "./language";
export * from "./message";
export * from "./format";
export * from "./explanations";
export * from "./groupExplanations";
export * from "./scenario";
export * from "./formula";
export * from "./sheets";
export * from "./groupSheet";
export * from "./justification";
export * from "./monitor";
export * from "./why";
export * from "./import";
export * from "./sources";
export * from "./pane";
export * from "./groupPane";
