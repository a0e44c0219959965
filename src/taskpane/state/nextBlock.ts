/**
 * Why *Volgende* is disabled (navigation.ts decides, the pane's strings say it in words): a type of
 * its own so that the strings need not import the navigation, which imports the list of steps and,
 * through it, every step.
 */
export type NextBlock =
  | { kind: "readTable" }
  | { kind: "noTable" }
  | { kind: "emptyTable" }
  | { kind: "noNames" }
  /** A region's own range was read, but the mapping finds no municipality rows (no header, or no name column chosen). */
  | { kind: "noMappedRows" }
  | { kind: "dataProblems"; count: number }
  | { kind: "settings" }
  /** The settings are valid but the scenario cannot be computed (e.g. a blended key on an empty column): the reason in words. */
  | { kind: "scenario"; text: string }
  | { kind: "last" };
