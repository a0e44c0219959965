import { adjust } from "../engine/adjust";
import { fairShareBlend } from "../engine/blend";
import { fairShare } from "../engine/fairShare";
import { quota } from "../engine/quota";
import { redistribute } from "../engine/redistribute";
import { amountOrHalfFormula, isWholeFormula, nameKeyFormula } from "../data/readers";
import type { ScenarioKey, ScenarioSettings } from "./settings";
import { SCENARIO_TEXTS, ScenarioTextKey, message, percentText } from "../i18n";
import { keyText } from "./words";
import { SHARE_PARAMS } from "./params";
import type { FormulaRefs, InputColumn, ScenarioColumnDef, ScenarioInput, ColumnText } from "./columnTypes";

/**
 * THE definition of the scenario columns — the seed's A–F plus solidarity S. Each column says
 * once: its labels (built from the settings), its rule in words, which table columns it reads,
 * how the engine computes it (the pane's preview) and which THUIS formula the sheet holds for
 * it, and how "Waarom dit getal?" explains one of its numbers. The preview, the sheet plan, the
 * sample workbook, the summary cards, the snippets and the explanation are all derived from this
 * list; test/scenario/differential.test.ts proves preview = sheet.
 *
 * @example
 *   const c = SCENARIO_COLUMNS.find((d) => d.key === "C")!;
 *   c.label({ settings: { ...DEFAULT_SETTINGS, capShare: 0.25 }, year: 2024 }, "nl");
 *   // "C · Max. 25% van de mutaties sociale huur"
 *   c.formula(refs); // "=THUIS.CAP30(Gemeenten[Mutaties sociale huur],$B$5,$B$7)"
 */
export type { ScenarioKey };
export type * from "./columnTypes";

const always = () => true;

/** A column text from the scenario catalogue, its placeholders filled from the settings. */
const say =
  (key: ScenarioTextKey): ColumnText =>
  (c, l) =>
    message(SCENARIO_TEXTS, l, key, {
      ...Object.fromEntries(SHARE_PARAMS.map((p) => [p.key, percentText(c.settings[p.share], l)])),
      year: c.year,
      key: c.settings.key ? keyText(c.settings.key, l) : "",
      base: c.settings.adjust?.base ?? "A",
    });

const DEFINITIONS: readonly Omit<ScenarioColumnDef, "short">[] = [
  {
    key: "A",
    label: (c, l) => say(c.settings.key ? "A.labelKey" : "A.label")(c, l),
    shortText: (c, l) => say(c.settings.key ? "A.shortKey" : "A.short")(c, l),
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
    explain: { kind: "fairShare", column: "A" },
  },
  {
    key: "B",
    label: say("B.label"),
    shortText: say("B.short"),
    rule: say("B.rule"),
    reads: () => ["realised"],
    included: always,
    compute: ({ input }) => [...input.realised],
    // a bare reference shows a blank table cell as 0; this keeps blank (unknown) blank
    formula: (r) => blankAsBlank(r.table("realised")),
    numberFormat: "0",
    placement: true,
    chart: true,
    explain: { kind: "realised" },
  },
  {
    key: "C",
    label: say("C.label"),
    shortText: say("C.short"),
    rule: say("C.rule"),
    reads: () => ["lettingsSocial"],
    included: always,
    compute: ({ input, settings }) => quota(input.lettingsSocial, settings.capShare, settings.rounding),
    formula: (r) => `=THUIS.CAP30(${r.table("lettingsSocial")},${r.param("cap")},${r.param("rounding")})`,
    numberFormat: "0",
    placement: true,
    chart: true,
    explain: { kind: "share", share: "capShare", lettings: "lettingsSocial" },
  },
  {
    key: "D",
    label: say("D.label"),
    shortText: say("D.short"),
    rule: say("D.rule"),
    reads: () => ["lettingsCheap"],
    included: always,
    compute: ({ input, settings }) => quota(input.lettingsCheap, settings.capShare, settings.rounding),
    formula: (r) => `=THUIS.CAP30(${r.table("lettingsCheap")},${r.param("cap")},${r.param("rounding")})`,
    numberFormat: "0",
    placement: true,
    chart: true,
    explain: { kind: "share", share: "capShare", lettings: "lettingsCheap" },
  },
  {
    key: "E",
    label: say("E.label"),
    shortText: say("E.short"),
    rule: say("E.rule"),
    reads: () => ["lettingsSocial"],
    included: always,
    compute: ({ input, settings }) => quota(input.lettingsSocial, settings.minShare, settings.rounding),
    formula: (r) => `=THUIS.MIN15(${r.table("lettingsSocial")},${r.param("min")},${r.param("rounding")})`,
    numberFormat: "0",
    placement: true,
    chart: true,
    explain: { kind: "share", share: "minShare", lettings: "lettingsSocial" },
  },
  {
    key: "F",
    label: say("F.label"),
    shortText: say("F.short"),
    rule: say("F.rule"),
    reads: () => ["origin"],
    included: (input) => input.origin.some((x) => x !== null && x > 0),
    compute: ({ need, input, settings }) => fairShare(need, input.origin, settings.method, undefined, "origin"),
    formula: (r) => `=THUIS.FAIRSHARE(${r.param("need")},${r.table("origin")},${r.param("method")})`,
    numberFormat: "0",
    placement: true,
    chart: false,
    explain: { kind: "fairShare", column: "F" },
  },
  {
    key: "S",
    label: say("S.label"),
    shortText: say("S.short"),
    rule: say("S.rule"),
    reads: (s) => [...(s.key ? s.key.columns : (["population"] as InputColumn[])), "lettingsSocial"],
    included: (_, settings) => settings.solidarity,
    compute: ({ computed }) => redistribute(computed.A!, computed.C!),
    formula: (r) => `=THUIS.REDISTRIBUTE(${r.span("A")},${r.span("C")})`,
    numberFormat: "0",
    placement: true,
    chart: false,
    explain: { kind: "solidarity" },
  },
  {
    key: "K",
    label: say("K.label"),
    shortText: say("K.short"),
    rule: say("K.rule"),
    reads: () => [],
    included: (_, settings) => settings.adjust !== null,
    compute: ({ input }) => [...input.corrections],
    formula: (r) => correctionFormula(r, 0),
    rowFormula: (r, row) => correctionFormula(r, row),
    numberFormat: "+0;-0;0",
    placement: false,
    chart: false,
    explain: { kind: "corrections" },
  },
  {
    key: "N",
    label: say("N.label"),
    shortText: say("N.short"),
    rule: say("N.rule"),
    reads: () => [],
    included: (_, settings) => settings.adjust !== null,
    compute: ({ computed, settings }) => adjust(computed[settings.adjust!.base]!, computed.K!),
    formula: (r, s) => `=THUIS.ADJUST(${r.span(s.adjust!.base)},${r.span("K")})`,
    numberFormat: "0",
    placement: true,
    chart: false,
    explain: { kind: "adjusted" },
  },
];

/** The definitions with their short label: the column's letter, then its words ("C · Max. 30% sociale huur"). */
export const SCENARIO_COLUMNS: readonly ScenarioColumnDef[] = DEFINITIONS.map((d) => ({
  ...d,
  short: (c, l) => `${d.key} · ${d.shortText(c, l)}`,
}));

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

/** The columns written and shown for this input and settings, in sheet order. */
export function includedColumns(input: ScenarioInput, settings: ScenarioSettings): ScenarioColumnDef[] {
  return SCENARIO_COLUMNS.filter((c) => c.included(input, settings));
}

export function columnDef(key: ScenarioKey): ScenarioColumnDef {
  return SCENARIO_COLUMNS.find((c) => c.key === key)!;
}
