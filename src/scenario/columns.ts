import { adjust } from "../engine/adjust";
import { fairShareBlend } from "../engine/blend";
import { fairShare } from "../engine/fairShare";
import { quota } from "../engine/quota";
import { redistribute } from "../engine/redistribute";
import type { NumericColumn } from "../data/region";
import type { CorrectionLine } from "./corrections";
import { amountOrHalfFormula, isWholeFormula, nameKeyFormula } from "../data/readers";
import type { BlendedKey, ScenarioKey, ScenarioSettings } from "./settings";
import { Language, SCENARIO_TEXTS, ScenarioTextKey, message, percentText } from "../i18n";
import { COLUMN_NOUNS } from "./words";

/**
 * THE definition of the scenario columns — the seed's A–F plus solidarity S. Each column says
 * once: its labels (built from the settings), its rule in words, which table columns it reads,
 * how the engine computes it (the pane's preview) and which THUIS formula the sheet holds for
 * it. The preview, the sheet plan, the sample workbook, the summary cards and the snippets are
 * all derived from this list; test/scenario/differential.test.ts proves preview = sheet.
 *
 * @example
 *   const c = SCENARIO_COLUMNS.find((d) => d.key === "C")!;
 *   c.label({ settings: { ...DEFAULT_SETTINGS, capShare: 0.25 }, year: 2024 }, "nl");
 *   // "C · Max. 25% van de mutaties sociale huur"
 *   c.formula(refs); // "=THUIS.CAP30(Gemeenten[Mutaties sociale huur],$B$5,$B$7)"
 */
export type { ScenarioKey };

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
export type ParamKey = "need" | "needShare" | "cap" | "min" | "rounding" | "method" | "from" | "to";

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

type Text = (context: LabelContext, language: Language) => string;

export interface ScenarioColumnDef {
  key: ScenarioKey;
  /** Full label: sheet header and pane cards. */
  label: Text;
  /** Short label for narrow tables in the pane. */
  short: Text;
  /** The rule in one sentence. */
  rule: Text;
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
}

const always = () => true;

/** A column text from the scenario catalogue, its placeholders filled from the settings. */
const say =
  (key: ScenarioTextKey): Text =>
  (c, l) =>
    message(SCENARIO_TEXTS, l, key, {
      cap: percentText(c.settings.capShare, l),
      min: percentText(c.settings.minShare, l),
      year: c.year,
      key: c.settings.key ? keyText(c.settings.key, l) : "",
      base: c.settings.adjust?.base ?? "A",
    });

export const SCENARIO_COLUMNS: readonly ScenarioColumnDef[] = [
  {
    key: "A",
    label: (c, l) => say(c.settings.key ? "A.labelKey" : "A.label")(c, l),
    short: (c, l) => say(c.settings.key ? "A.shortKey" : "A.short")(c, l),
    rule: (c, l) => say(c.settings.key ? "A.ruleKey" : "A.rule")(c, l),
    reads: (s) => (s.key ? s.key.columns : ["population"]),
    included: always,
    compute: ({ need, input, settings }) =>
      settings.key
        ? fairShareBlend(
            need,
            settings.key.columns.map((c) => input[c]),
            settings.key.factors,
            settings.method,
          )
        : fairShare(need, input.population, settings.method, undefined, "population"),
    formula: (r, s) =>
      s.key
        ? `=THUIS.FAIRSHARE(${r.param("need")},${r.keyBlock()},${r.param("method")},${r.factors()})`
        : `=THUIS.FAIRSHARE(${r.param("need")},${r.table("population")},${r.param("method")})`,
    numberFormat: "0",
    placement: true,
    chart: true,
  },
  {
    key: "B",
    label: say("B.label"),
    short: say("B.short"),
    rule: say("B.rule"),
    reads: () => ["realised"],
    included: always,
    compute: ({ input }) => [...input.realised],
    // a bare reference shows a blank table cell as 0; this keeps blank (unknown) blank
    formula: (r) => blankAsBlank(r.table("realised")),
    numberFormat: "0",
    placement: true,
    chart: true,
  },
  {
    key: "C",
    label: say("C.label"),
    short: say("C.short"),
    rule: say("C.rule"),
    reads: () => ["lettingsSocial"],
    included: always,
    compute: ({ input, settings }) => quota(input.lettingsSocial, settings.capShare, settings.rounding),
    formula: (r) => `=THUIS.CAP30(${r.table("lettingsSocial")},${r.param("cap")},${r.param("rounding")})`,
    numberFormat: "0",
    placement: true,
    chart: true,
  },
  {
    key: "D",
    label: say("D.label"),
    short: say("D.short"),
    rule: say("D.rule"),
    reads: () => ["lettingsCheap"],
    included: always,
    compute: ({ input, settings }) => quota(input.lettingsCheap, settings.capShare, settings.rounding),
    formula: (r) => `=THUIS.CAP30(${r.table("lettingsCheap")},${r.param("cap")},${r.param("rounding")})`,
    numberFormat: "0",
    placement: true,
    chart: true,
  },
  {
    key: "E",
    label: say("E.label"),
    short: say("E.short"),
    rule: say("E.rule"),
    reads: () => ["lettingsSocial"],
    included: always,
    compute: ({ input, settings }) => quota(input.lettingsSocial, settings.minShare, settings.rounding),
    formula: (r) => `=THUIS.MIN15(${r.table("lettingsSocial")},${r.param("min")},${r.param("rounding")})`,
    numberFormat: "0",
    placement: true,
    chart: true,
  },
  {
    key: "F",
    label: say("F.label"),
    short: say("F.short"),
    rule: say("F.rule"),
    reads: () => ["origin"],
    included: (input) => input.origin.some((x) => x !== null && x > 0),
    compute: ({ need, input, settings }) => fairShare(need, input.origin, settings.method, undefined, "origin"),
    formula: (r) => `=THUIS.FAIRSHARE(${r.param("need")},${r.table("origin")},${r.param("method")})`,
    numberFormat: "0",
    placement: true,
    chart: false,
  },
  {
    key: "S",
    label: say("S.label"),
    short: say("S.short"),
    rule: say("S.rule"),
    reads: (s) => [...(s.key ? s.key.columns : (["population"] as InputColumn[])), "lettingsSocial"],
    included: (_, settings) => settings.solidarity,
    compute: ({ computed }) => redistribute(computed.A!, computed.C!),
    formula: (r) => `=THUIS.REDISTRIBUTE(${r.span("A")},${r.span("C")})`,
    numberFormat: "0",
    placement: true,
    chart: false,
  },
  {
    key: "K",
    label: say("K.label"),
    short: say("K.short"),
    rule: say("K.rule"),
    reads: () => [],
    included: (_, settings) => settings.adjust !== null,
    compute: ({ input }) => [...input.corrections],
    formula: (r) => correctionFormula(r, 0),
    rowFormula: (r, row) => correctionFormula(r, row),
    numberFormat: "+0;-0;0",
    placement: false,
    chart: false,
  },
  {
    key: "N",
    label: say("N.label"),
    short: say("N.short"),
    rule: say("N.rule"),
    reads: () => [],
    included: (_, settings) => settings.adjust !== null,
    compute: ({ computed, settings }) => adjust(computed[settings.adjust!.base]!, computed.K!),
    formula: (r, s) => `=THUIS.ADJUST(${r.span(s.adjust!.base)},${r.span("K")})`,
    numberFormat: "0",
    placement: true,
    chart: false,
  },
];

/** `=IF(x="","",x)`: a table column as a spilled range in which a blank cell stays blank (a bare reference shows it as 0). */
function blankAsBlank(ref: string): string {
  return `=IF(${ref}="","",${ref})`;
}

/**
 * The net correction of one municipality from the Correcties table, as `netCorrections` rules:
 * with a 0 line ("vastzetten") the sum; else the sum, blank when there are no lines or they cancel.
 * Lines are read as the pane reads them (data/readers): names compared by TRIM(SUBSTITUTE(…,
 * CHAR(160)," ")) without regard to case, and only whole-number amounts take part (blank, text
 * and fractions are skipped), so SUMPRODUCT rather than SUMIF, which compares names as typed
 * and adds fractions.
 */
function correctionFormula(r: FormulaRefs, row: number): string {
  const amounts = r.corrections("amount");
  const same = `(${nameKeyFormula(r.corrections("name"))}=${nameKeyFormula(r.nameCell(row))})`;
  const x = amountOrHalfFormula(amounts);
  const sum = `SUMPRODUCT(${same}*${isWholeFormula(x)}*${x})`;
  const zeros = `SUMPRODUCT(${same}*(${x}=0))`;
  return `=IF((${zeros}>0)+(${sum}<>0),${sum},"")`;
}

/** "50% inwonertal, 50% woningvoorraad". */
export function keyText(key: BlendedKey, language: Language): string {
  return key.columns.map((c, j) => `${percentText(key.factors[j], language)} ${COLUMN_NOUNS[language][c]}`).join(", ");
}

/** The columns written and shown for this input and settings, in sheet order. */
export function includedColumns(input: ScenarioInput, settings: ScenarioSettings): ScenarioColumnDef[] {
  return SCENARIO_COLUMNS.filter((c) => c.included(input, settings));
}

export function columnDef(key: ScenarioKey): ScenarioColumnDef {
  return SCENARIO_COLUMNS.find((c) => c.key === key)!;
}
