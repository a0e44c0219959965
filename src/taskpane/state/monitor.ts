import type { Cell } from "../../engine/cells";
import { InputError } from "../../engine/errors";
import { DEFAULT_THRESHOLDS, readThresholds } from "../../engine/monitor";
import { DEFAULT_END_YEAR, LIMITS } from "../../scenario/settings";
import { percentNumber } from "../../i18n";
import type { AdapterErrorInfo, MonitorRead, MonitorSheetRequest, RealisationResult, WriteMonitorResult } from "../../excel/types";
import type { Language } from "../../i18n";
import { parseCellText } from "./derive";

/**
 * The Monitor step's state (what the user typed, as text) and the pure helpers that turn it
 * into gateway requests: the monitor request with field errors, and a pasted column of
 * "name<TAB>count" lines as (name, value) pairs. No React, no Excel.
 */
export type MonitorWrite =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "confirm" }
  | { kind: "done"; result: WriteMonitorResult }
  | { kind: "error"; error: AdapterErrorInfo };

export type MonitorEntry =
  { kind: "idle" } | { kind: "busy" } | { kind: "done"; result: RealisationResult } | { kind: "error"; error: AdapterErrorInfo };

export interface MonitorState {
  sheetName: string;
  startYear: string;
  endYear: string;
  onTrack: string;
  behind: string;
  allowCredit: boolean;
  /** The year being entered, and the pasted or typed lines. */
  year: string;
  pasted: string;
  write: MonitorWrite;
  entry: MonitorEntry;
  /** The monitor as last read or written (the summary). */
  read: MonitorRead | null;
}

export type MonitorField = "sheetName" | "startYear" | "endYear" | "onTrack" | "behind" | "year" | "pasted";

export function initialMonitor(year: number, endYear = DEFAULT_END_YEAR): MonitorState {
  return {
    sheetName: "Monitor",
    startYear: String(year),
    endYear: String(endYear),
    onTrack: String(percentNumber(DEFAULT_THRESHOLDS.onTrack)),
    behind: String(percentNumber(DEFAULT_THRESHOLDS.behind)),
    allowCredit: false,
    year: String(year + 1),
    pasted: "",
    write: { kind: "idle" },
    entry: { kind: "idle" },
    read: null,
  };
}

export type MonitorFieldErrors = Partial<Record<"startYear" | "endYear" | "onTrack" | "behind", { nl: string; en: string }>>;

const YEAR = { nl: "Vul een jaartal in.", en: "Enter a year." };
const END = {
  nl: `Het eindjaar ligt niet voor het beginjaar (en hoogstens ${LIMITS.maxYears} jaar later).`,
  en: `The end year is not before the start year (and at most ${LIMITS.maxYears} years later).`,
};
const ORDER = {
  nl: "De drempel voor 'achter' mag niet boven die voor 'op koers' liggen.",
  en: "The threshold for 'behind' may not lie above the one for 'on track'.",
};
const PERCENT = { nl: "Vul een percentage van 0 tot en met 100 in.", en: "Enter a percentage from 0 to 100." };

const wholeYear = (text: string): number | null => {
  const v = parseCellText(text);
  return typeof v === "number" && Number.isInteger(v) && v >= LIMITS.minYear && v <= LIMITS.maxYear ? v : null;
};

/** The monitor request from the step's fields (targets: the scenario sheet), or the field errors. */
export function monitorRequestOf(
  m: MonitorState,
  scenarioSheet: string,
  region: string,
  language: Language,
  confirmed: boolean,
): { request: MonitorSheetRequest | null; errors: MonitorFieldErrors } {
  const errors: MonitorFieldErrors = {};
  const startYear = wholeYear(m.startYear);
  const endYear = wholeYear(m.endYear);
  if (startYear === null) errors.startYear = YEAR;
  if (endYear === null || (startYear !== null && (endYear < startYear || endYear - startYear > LIMITS.maxYears))) errors.endYear = END;
  const share = (text: string) => {
    const v = parseCellText(text);
    return typeof v === "number" && v >= 0 && v <= 100 ? Number((v / 100).toFixed(8)) : null;
  };
  const onTrack = share(m.onTrack);
  const behind = share(m.behind);
  if (onTrack === null) errors.onTrack = PERCENT;
  if (behind === null) errors.behind = PERCENT;
  let thresholds = null;
  try {
    if (onTrack !== null && behind !== null) thresholds = readThresholds(onTrack, behind);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    errors.behind = ORDER; // in the pane's percentages, not the engine's fractions
  }
  if (Object.keys(errors).length > 0 || !thresholds) return { request: null, errors };
  const target = { kind: "scenario" as const, sheetName: scenarioSheet };
  return {
    request: {
      sheetName: m.sheetName,
      region,
      target,
      startYear: startYear!,
      endYear: endYear!,
      allowCredit: m.allowCredit,
      thresholds,
      language,
      replaceOwnSheet: confirmed,
    },
    errors,
  };
}

/**
 * Pasted lines as (name, value) pairs: a column copied from Excel ("Epe<TAB>12"), or typed
 * with a semicolon or spaces before the number ("Epe; 12", "Epe 12"). Counts are read as
 * the pane reads numbers ("1.234" Dutch thousands, "2,5" a decimal comma); other text stays
 * text (a header, or a mistake the gateway reports). Empty lines are left out.
 */
export function parsePastedPairs(text: string): [Cell, Cell][] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const parts = line.includes("\t") ? line.split("\t") : line.includes(";") ? line.split(";") : splitLastWord(line);
      const value = parts.length > 1 ? parseCellText(parts[parts.length - 1]) : null;
      return [parts[0].trim(), value];
    });
}

/** "Gemeente Epe 12" → ["Gemeente Epe", "12"]; a line without a number at the end is a name only. */
function splitLastWord(line: string): string[] {
  const m = /^(.*\S)\s+(-?[\d.,]+)\s*$/.exec(line);
  return m ? [m[1], m[2]] : [line];
}

/** The lines to fill in by hand: every municipality's name and a tab. */
export function namesTemplate(names: readonly string[]): string {
  return names.map((n) => `${n}\t`).join("\n");
}
