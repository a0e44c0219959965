import type { Cell } from "../../engine/cells";
import { InputError } from "../../engine/errors";
import { DEFAULT_THRESHOLDS, readThresholds } from "../../engine/monitor";
import { DEFAULT_END_YEAR, LIMITS } from "../../scenario/settings";
import { percentNumber } from "../../i18n";
import { inBoth } from "../../i18n/message";
import { MONITOR_FIELD_TEXTS } from "../../i18n/paneState";
import type { AdapterErrorInfo, MonitorRead, MonitorSheetRequest, RealisationResult, WriteMonitorResult } from "../../excel/types";
import type { Language } from "../../i18n";
import { parseCellText } from "./cellText";
import { matchNames, matchProblems, problemMessage } from "../../data/matchNames";
import { Message, implausible, readPastedBlock } from "../../data/readers";

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

const YEAR = inBoth(MONITOR_FIELD_TEXTS, "year");
const END = inBoth(MONITOR_FIELD_TEXTS, "endYear", { maxYears: LIMITS.maxYears });
const ORDER = inBoth(MONITOR_FIELD_TEXTS, "order");
const PERCENT = inBoth(MONITOR_FIELD_TEXTS, "percent");

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

/** What a pasted or typed block of "name ⇥ count" lines gives, checked before anything is entered. */
export interface PasteCheck {
  /** One (name, count) pair per line of the text, so that row N is line N (empty and unreadable lines give no count). */
  pairs: [Cell, Cell][];
  /** Lines that cannot be read and names not in the region, by row: nothing is entered while there are any. */
  problems: Message[];
  /** Counts that may be right but look wrong (far above the year's target). */
  notes: Message[];
  /** Region municipalities the block gives no count for (their cells stay as they are). */
  missing: string[];
}

/**
 * The pasted block as the one paste reader reads it (readPastedBlock: CR, LF or CRLF line
 * breaks, tab / semicolon / last-word columns, "12,000" asked about, two counts on a line
 * asked about), matched to the region's names as the gateway matches them (a first line that
 * names no municipality and holds text is a header); with the year's target per municipality,
 * a plausibility note for a count far above it.
 */
export function checkPaste(text: string, names: readonly string[], targetOf: (index: number) => number | null = () => null): PasteCheck {
  const lines = readPastedBlock(text).lines;
  const pairs: [Cell, Cell][] = Array.from({ length: lines.length === 0 ? 0 : lines[lines.length - 1].row }, () => ["", null]);
  for (const l of lines) pairs[l.row - 1] = [l.name, l.problem ? l.raw : l.value];
  const header = matchNames(pairs, names).skippedHeader ? 1 : 0;
  const unreadable = lines.filter((l) => l.problem && l.row > header).map((l) => ({ row: l.row, message: l.problem! }));
  for (const l of unreadable) pairs[l.row - 1] = [pairs[l.row - 1][0], null];
  const report = matchNames(pairs, names); // an unreadable line gives no count
  const named = matchProblems(report).map((e) => ({ row: e.details.position?.row ?? 0, message: problemMessage(e, report) }));
  const problems = [...unreadable, ...named].sort((a, b) => a.row - b.row).map((p) => p.message);
  const missing = names.filter((_, i) => report.values[i] === null && !report.duplicates.some((d) => d.name === names[i]));
  const notes = report.matched.flatMap((m) => {
    const value = pairs[m.row - 1][1];
    const note = typeof value === "number" ? implausible(value, targetOf(m.index), m.name) : null;
    return note ? [note] : [];
  });
  return { pairs, problems, notes, missing };
}

/** The target per municipality (region order) of one year, from the monitor as last read. */
export function yearTargets(read: MonitorRead | null, year: string): (index: number) => number | null {
  const y = Number(year.trim());
  return (i) => read?.monitor.rows[i]?.years.find((x) => x.year === y)?.target ?? null;
}

/** The lines to fill in by hand: every municipality's name and a tab. */
export function namesTemplate(names: readonly string[]): string {
  return names.map((n) => `${n}\t`).join("\n");
}
