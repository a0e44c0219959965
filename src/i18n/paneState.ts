import type { Catalogue } from "./message";

/**
 * Texts the task pane's state composes itself (src/taskpane/state): an error that is not the
 * adapter's, a realisation that could not be read, a group table that lacks a column.
 * Placeholders: {detail} (the error's own message), {table}, {column}.
 *
 * @example
 *   message(PANE_STATE_TEXTS, "en", "unexpected", { detail: "boom" }); // "Unexpected error: boom"
 */
export type PaneStateTextKey = "unexpected" | "unread" | "missingColumn";

export const PANE_STATE_TEXTS: Catalogue<PaneStateTextKey> = {
  nl: {
    unexpected: "Onverwachte fout: {detail}",
    unread: "Niets ingevuld: niet elke regel kon worden gelezen.",
    missingColumn: "de tabel '{table}' mist de kolom '{column}'",
  },
  en: {
    unexpected: "Unexpected error: {detail}",
    unread: "Nothing entered: not every line could be read.",
    missingColumn: "the table '{table}' lacks the column '{column}'",
  },
};

/**
 * What is wrong with a field of the monitor step (src/taskpane/state/monitor.ts). Placeholder:
 * {maxYears} (how many years a monitor may span at most).
 */
export type MonitorFieldTextKey = "year" | "endYear" | "order" | "percent";

export const MONITOR_FIELD_TEXTS: Catalogue<MonitorFieldTextKey> = {
  nl: {
    year: "Vul een jaartal in.",
    endYear: "Het eindjaar ligt niet voor het beginjaar (en hoogstens {maxYears} jaar later).",
    order: "De drempel voor 'achter' mag niet boven die voor 'op koers' liggen.",
    percent: "Vul een percentage van 0 tot en met 100 in.",
  },
  en: {
    year: "Enter a year.",
    endYear: "The end year is not before the start year (and at most {maxYears} years later).",
    order: "The threshold for 'behind' may not lie above the one for 'on track'.",
    percent: "Enter a percentage from 0 to 100.",
  },
};
