import { adjust } from "../engine/adjust";
import { fairShareBlend } from "../engine/blend";
import { fairShare } from "../engine/fairShare";
import { quota } from "../engine/quota";
import { redistribute } from "../engine/redistribute";
import type { NumericColumn } from "../data/region";
import type { CorrectionLine } from "./corrections";
import type { BlendedKey, ScenarioKey, ScenarioSettings } from "./settings";
import { Language, percentText } from "../i18n";
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

const cap = (c: LabelContext, l: Language) => percentText(c.settings.capShare, l);
const min = (c: LabelContext, l: Language) => percentText(c.settings.minShare, l);
const always = () => true;
const pick = (nl: string, en: string) => (language: Language) => (language === "nl" ? nl : en);

export const SCENARIO_COLUMNS: readonly ScenarioColumnDef[] = [
  {
    key: "A",
    label: (c, l) =>
      c.settings.key
        ? `${pick("A · Verdeling naar verdeelsleutel", "A · Fair share by blended key")(l)} (${keyText(c.settings.key, l)})`
        : pick("A · Verdeling naar inwonertal", "A · Fair share by population")(l),
    short: (c, l) =>
      c.settings.key ? pick("A · Naar verdeelsleutel", "A · By blended key")(l) : pick("A · Naar inwonertal", "A · By population")(l),
    rule: (c, l) =>
      c.settings.key
        ? l === "nl"
          ? `De regionale opgave naar rato van een verdeelsleutel: ${keyText(c.settings.key, l)}, elke kolom eerst gedeeld door haar eigen totaal.`
          : `The regional need in proportion to a blended key: ${keyText(c.settings.key, l)}, each column first divided by its own total.`
        : pick(
            "De regionale opgave naar rato van het inwonertal, in hele woningen.",
            "The regional need in proportion to population, in whole dwellings.",
          )(l),
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
    label: (c, l) => `${pick("B · Realisatie", "B · Realised")(l)} ${c.year}`,
    short: (_, l) => pick("B · Realisatie", "B · Realised")(l),
    rule: (_, l) => pick("Wat in het peiljaar werkelijk is gehuisvest.", "What was actually housed in the reference year.")(l),
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
    label: (c, l) =>
      l === "nl" ? `C · Max. ${cap(c, l)} van de mutaties sociale huur` : `C · At most ${cap(c, l)} of social-rent lettings`,
    short: (c, l) => (l === "nl" ? `C · Max. ${cap(c, l)} sociale huur` : `C · Max. ${cap(c, l)} social rent`),
    rule: (c, l) =>
      l === "nl" ? `Hoogstens ${cap(c, l)} van de mutaties sociale huur.` : `At most ${cap(c, l)} of the social-rent lettings.`,
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
    label: (c, l) =>
      l === "nl"
        ? `D · Max. ${cap(c, l)} van mutaties tot 1e aftoppingsgrens`
        : `D · At most ${cap(c, l)} of lettings up to the first rent cap`,
    short: (c, l) => (l === "nl" ? `D · Max. ${cap(c, l)} goedkoopste` : `D · Max. ${cap(c, l)} cheapest`),
    rule: (c, l) =>
      l === "nl"
        ? `Hoogstens ${cap(c, l)} van de goedkoopste mutaties (tot de 1e aftoppingsgrens).`
        : `At most ${cap(c, l)} of the cheapest lettings (up to the first rent cap).`,
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
    label: (c, l) => (l === "nl" ? `E · Min. ${min(c, l)} uit Wet regie` : `E · At least ${min(c, l)} (Wet regie)`),
    short: (c, l) => `E · Min. ${min(c, l)} Wet regie`,
    rule: (c, l) =>
      l === "nl"
        ? `Minstens ${min(c, l)} van de mutaties sociale huur (Wet versterking regie volkshuisvesting).`
        : `At least ${min(c, l)} of the social-rent lettings (Wet versterking regie volkshuisvesting).`,
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
    label: (_, l) => pick("F · Verdeling naar herkomst gemeente", "F · By municipality of origin")(l),
    short: (_, l) => pick("F · Naar herkomst", "F · By origin")(l),
    rule: (_, l) =>
      pick(
        "De regionale opgave naar rato van waar de huishoudens vandaan komen.",
        "The regional need in proportion to where households come from.",
      )(l),
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
    label: (_, l) => pick("S · Solidariteit (A binnen plafond C)", "S · Solidarity (A within cap C)")(l),
    short: (_, l) => pick("S · Solidariteit", "S · Solidarity")(l),
    rule: (_, l) =>
      pick(
        "Elke gemeente plaatst haar fair share A tot haar plafond C; wat overblijft gaat naar gemeenten met ruimte onder hun plafond.",
        "Each municipality places its fair share A up to its cap C; the rest goes to municipalities with room under their cap.",
      )(l),
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
    label: (_, l) => pick("K · Correcties (netto, uit tabel Correcties)", "K · Corrections (net, from table Correcties)")(l),
    short: (_, l) => pick("K · Correcties", "K · Corrections")(l),
    rule: (_, l) =>
      pick(
        "De som van de vastgelegde correcties per gemeente; leeg als er geen is.",
        "The sum of the recorded corrections per municipality; blank if there is none.",
      )(l),
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
    label: (c, l) => `${pick("N · Na correcties", "N · After corrections")(l)} (${c.settings.adjust?.base ?? "A"})`,
    short: (_, l) => pick("N · Na correcties", "N · After corrections")(l),
    rule: (c, l) =>
      l === "nl"
        ? `Scenario ${c.settings.adjust?.base ?? "A"} met de correcties; wat erbij of eraf gaat, wordt over de andere gemeenten verdeeld naar rato van hun aantal, zodat het regiototaal gelijk blijft.`
        : `Scenario ${c.settings.adjust?.base ?? "A"} with the corrections; what is added or taken off is shared over the other municipalities in proportion to their number, so the region total stays the same.`,
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
 */
function correctionFormula(r: FormulaRefs, row: number): string {
  const names = r.corrections("name");
  const amounts = r.corrections("amount");
  const name = r.nameCell(row);
  const sum = `SUMIF(${names},${name},${amounts})`;
  return `=IF(COUNTIFS(${names},${name},${amounts},0)>0,${sum},IF(${sum}=0,"",${sum}))`;
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
