import type { NumericColumn } from "../data/region";
import type { Language } from "../i18n";
import type { CorrectionLine } from "./corrections";
import type { ScenarioKey, ScenarioSettings, ShareSetting } from "./settings";
import type { ParamKey } from "./params";

/**
 * The shapes of a scenario column's definition (the definitions themselves: columns.ts), apart
 * so that the helpers a definition uses (columnExplain.ts) can name them without a cycle.
 */
/** The table columns a scenario reads. */
export type InputColumn = "population" | "lettingsSocial" | "lettingsCheap" | "realised" | "origin" | "stock";

/** The figures a scenario is computed from, one entry per municipality; null = unknown. */
export interface ScenarioInput {
  names: readonly string[];
  population: readonly (number | null)[];
  lettingsSocial: readonly (number | null)[];
  lettingsCheap: readonly (number | null)[];
  realised: readonly (number | null)[];
  origin: readonly (number | null)[];
  stock: readonly (number | null)[];
  /** Net recorded correction per municipality (Correcties table); null = none recorded. */
  corrections: readonly (number | null)[];
  /** The recorded lines behind the net corrections (for the explanation). */
  correctionLines: readonly CorrectionLine[];
}

export interface LabelContext {
  settings: ScenarioSettings;
  /** The data year (peiljaar), e.g. 2024 for "B · Realisatie 2024". */
  year: number;
}

export interface ComputeContext {
  input: ScenarioInput;
  settings: ScenarioSettings;
  need: number;
  /** Columns computed so far (the list is in dependency order: S after A and C). */
  computed: Partial<Record<ScenarioKey, (number | null)[]>>;
}

/** Parameter cells of the sheet that formulas refer to. */
export type { ParamKey };

/** How a formula names the cells it reads: parameters, table columns, other scenario columns. */
export interface FormulaRefs {
  param(key: ParamKey): string;
  table(column: "name" | NumericColumn): string;
  /** The data cells of another scenario column, e.g. "B13:B21". */
  span(key: ScenarioKey): string;
  /** The block of key columns written on the sheet for a blended key, e.g. "L13:M21". */
  keyBlock(): string;
  /** The factor cells of a blended key, e.g. "$B$11:$C$11". */
  factors(): string;
  /** A column of the Correcties table, e.g. Correcties[Gemeente]. */
  corrections(column: "name" | "amount"): string;
  /** The name cell of municipality row i on this sheet, e.g. "$A13". */
  nameCell(i: number): string;
}

export type ColumnText = (context: LabelContext, language: Language) => string;

export interface ScenarioColumnDef {
  key: ScenarioKey;
  /** Full label: sheet header and pane cards. */
  label: ColumnText;
  /** Short label for narrow tables in the pane: the letter and `shortText` ("C · Max. 30% sociale huur"). */
  short: ColumnText;
  /** The short label's words without the letter ("Max. 30% sociale huur"), for a head that shows the letter apart. */
  shortText: ColumnText;
  /** The rule in one sentence. */
  rule: ColumnText;
  /** Table columns whose blank cells leave a municipality out of this column. */
  reads(settings: ScenarioSettings): readonly InputColumn[];
  /** Written and shown at all, for this input and settings. */
  included(input: ScenarioInput, settings: ScenarioSettings): boolean;
  /** The preview: the engine rule behind the THUIS formula. */
  compute(context: ComputeContext): (number | null)[];
  /** The formula in the first data cell; it spills down over the municipalities. */
  formula(refs: FormulaRefs, settings: ScenarioSettings): string;
  /** Instead of one spilling formula: a formula per municipality row (for lookups by name). */
  rowFormula?(refs: FormulaRefs, row: number): string;
  numberFormat: string;
  /** Counts as households placed, so has a "niet geplaatst" (not so for the corrections column K). */
  placement: boolean;
  /** Drawn in the scenario sheet's chart (the charted columns come first, from A on). */
  chart: boolean;
  /**
   * "Waarom dit getal?": how one municipality's number in this column is explained, in words with
   * the real numbers (columnExplain.ts writes each kind). Data rather than a function, so that the
   * pane's first load, which computes the columns, does not carry the explanations' code and texts.
   */
  explain: ExplainSpec;
}

/** The kinds of explanation a column can have (the texts: columnExplain.ts). */
export type ExplainSpec =
  | { kind: "fairShare"; column: "A" | "F" }
  | { kind: "realised" }
  | { kind: "share"; share: ShareSetting; lettings: "lettingsSocial" | "lettingsCheap" }
  | { kind: "solidarity" }
  | { kind: "corrections" }
  | { kind: "adjusted" };

/** What a column's explanation reads: the run's input and settings, every computed column, the municipality and the language. */
export interface ExplainContext {
  input: ScenarioInput;
  settings: ScenarioSettings;
  need: number;
  year: number;
  /** The values of a computed column of this run (undefined when it is not included). */
  values(key: ScenarioKey): readonly (number | null)[] | undefined;
  index: number;
  language: Language;
}

/** A column's explanation of one number, and a second sentence where useful (the divisor found). */
export interface WhyText {
  text: string;
  detail?: string;
}
