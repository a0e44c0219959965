import { Language, SCENARIO_TEXTS, message } from "../i18n";
import type { ScenarioSettings, ShareSetting } from "./settings";
import { METHOD_WORDS, ROUNDING_WORDS } from "./words";

/**
 * THE definition of the scenario's parameters — the cells at the top of the scenario sheet that
 * the THUIS formulas read (`$B$3`, …), in sheet order. Each says once: its label (the sheet, the
 * pane and the Verantwoording say the same words), what its cell holds and shows, its number
 * format, its option words (an in-cell dropdown) and, for a share, the setting the pane asks for
 * as a percentage. The sheet's parameter rows, formats and dropdowns and the pane's share fields
 * are derived from this list, so a new share parameter is one entry here and one setting.
 *
 * @example
 *   paramLabel("cap", "nl");                          // "Maximaal aandeel C en D"
 *   SCENARIO_PARAMS.find((p) => p.key === "cap")!.share; // "capShare"
 */
export type ParamKey = "need" | "needShare" | "cap" | "min" | "rounding" | "method" | "from" | "to";

/** How a parameter cell names the cells it reads (a part of the scenario sheet's FormulaRefs). */
export interface ParamRefs {
  param(key: ParamKey): string;
  table(column: "lettingsSocial"): string;
}

/** What a parameter cell is built from: the run's settings and need, and the language of the sheet. */
export interface ParamContext {
  settings: ScenarioSettings;
  need: number;
  /** need / Σ social lettings; null when there are no lettings. */
  needShareOfLettings: number | null;
  language: Language;
  refs: ParamRefs;
}

export interface ScenarioParamDef {
  key: ParamKey;
  /** What the cell holds: a number, an option word or a formula. */
  cell(context: ParamContext): string | number;
  /** What the cell shows: a formula's result; else the cell itself. */
  shown?(context: ParamContext): string | number;
  numberFormat?: string;
  /** The words the cell accepts: an in-cell dropdown, and listed after the label on the sheet. */
  choices?(language: Language): string[];
  /** A share of the lettings: the setting it holds, asked in the pane as a percentage. */
  share?: ShareSetting;
}

const yearOr = (year: number | undefined) => year ?? "";

/** A share parameter: the setting's value, shown as a percentage. */
const shareParam = (key: ParamKey, share: ShareSetting): ScenarioParamDef => ({
  key,
  cell: (c) => c.settings[share],
  numberFormat: "0%",
  share,
});

export const SCENARIO_PARAMS: readonly ScenarioParamDef[] = [
  { key: "need", cell: (c) => c.need, numberFormat: "0" },
  {
    key: "needShare",
    cell: ({ refs }) => `=IF(SUM(${refs.table("lettingsSocial")})=0,"",${refs.param("need")}/SUM(${refs.table("lettingsSocial")}))`,
    shown: (c) => c.needShareOfLettings ?? "",
    numberFormat: "0%",
  },
  shareParam("cap", "capShare"),
  shareParam("min", "minShare"),
  {
    key: "rounding",
    cell: (c) => ROUNDING_WORDS[c.language][c.settings.rounding],
    choices: (language) => Object.values(ROUNDING_WORDS[language]),
  },
  {
    key: "method",
    cell: (c) => METHOD_WORDS[c.language][c.settings.method],
    choices: (language) => Object.values(METHOD_WORDS[language]),
  },
  { key: "from", cell: (c) => yearOr(c.settings.growth?.startYear) },
  { key: "to", cell: (c) => yearOr(c.settings.growth?.endYear) },
];

/** The parameters a scenario's shares are asked by, in order (the pane's percentage fields). */
export const SHARE_PARAMS = SCENARIO_PARAMS.filter((p): p is ScenarioParamDef & { share: ShareSetting } => p.share !== undefined);

/**
 * One value per share setting, e.g. the settings' shares or the pane's typed percentages — so
 * that code (and a test's random settings) naming every share follows the list.
 *
 * @example
 *   perShare((share) => DEFAULT_SETTINGS[share]); // { capShare: 0.3, minShare: 0.15 }
 */
export function perShare<T>(value: (share: ShareSetting) => T): Record<ShareSetting, T> {
  return Object.fromEntries(SHARE_PARAMS.map((p) => [p.share, value(p.share)])) as Record<ShareSetting, T>;
}

/** "Maximaal aandeel C en D": the one label of a parameter, on the sheet, in the pane and in the Verantwoording. */
export function paramLabel(key: ParamKey, language: Language): string {
  return message(SCENARIO_TEXTS, language, `param.${key}`);
}

/** The label beside the parameter cell on the sheet: with its option words where it has them. */
export function paramSheetLabel(param: ScenarioParamDef, language: Language): string {
  const label = paramLabel(param.key, language);
  return param.choices ? `${label} (${param.choices(language).join(", ")})` : label;
}
