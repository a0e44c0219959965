import type { Catalogue } from "./message";

/** A municipality's or the region's progress (src/engine/monitor.ts's `MonitorStatus`). */
export type MonitorStatusKey = "onTrack" | "behind" | "farBehind";

/** The words the sheet and the pane show for a status. */
export const MONITOR_STATUS_TEXTS: Catalogue<MonitorStatusKey> = {
  nl: { onTrack: "op koers", behind: "achter", farBehind: "ver achter" },
  en: { onTrack: "on track", behind: "behind", farBehind: "far behind" },
};

/** The blocks of the Monitor sheet, top to bottom (src/sheets/monitorTypes.ts plans them). */
export type MonitorSectionKey = "target" | "realised" | "backlog" | "percent" | "status";

/**
 * The Monitor sheet's texts in Dutch and English (the sheets domain; planned by
 * src/sheets/monitorLayout.ts); `{name}` marks a value filled in with `fillTemplate`.
 */
export const MONITOR_TEXT = {
  nl: {
    title: "Monitor huisvesting urgente aandachtsgroepen — {region}, {from}–{to}",
    intro: "Vul per jaar de realisatie in (gele cellen): leeg = nog niet bekend, 0 = niets gerealiseerd. De rest rekent het blad zelf.",
    params: [
      "Beginjaar",
      "Eindjaar",
      "Tegoed toestaan (meer dan de opgave telt mee voor latere jaren)",
      "Drempel 'op koers' (cumulatief gerealiseerd ≥)",
      "Drempel 'achter' (≥; daaronder 'ver achter')",
    ],
    summary: ["Status regio", "Gerealiseerd van de cumulatieve opgave (regio)", "Achterstand mee naar volgend jaar", "Laatst bekende jaar"],
    chartTitle: "Regio: opgave en realisatie per jaar",
    series: ["Opgave", "Realisatie"],
    sections: {
      target: ["Opgave per jaar", "Vaste jaaropgave"],
      realised: ["Realisatie per jaar (invoer)", "Totaal"],
      backlog: ["Achterstand (THUIS.CARRYOVER)", "Nu"],
      percent: ["Cumulatief gerealiseerd van de opgave", "Nu"],
      status: ["Status", "Nu"],
    } as Record<MonitorSectionKey, [string, string]>,
    name: "Gemeente",
    total: "Regio totaal",
    validation: [
      "Realisatie",
      "Een geheel aantal van 0 of meer; leeg = nog niet bekend.",
      "Vul een geheel aantal van 0 of meer in, of laat de cel leeg (nog niet bekend).",
    ],
  },
  en: {
    title: "Monitor: housing urgent target groups — {region}, {from}–{to}",
    intro: "Enter the realisation per year (yellow cells): blank = not yet known, 0 = nothing housed. The sheet computes the rest.",
    params: [
      "Start year",
      "End year",
      "Allow credit (more than the target counts towards later years)",
      "Threshold 'on track' (cumulative realised ≥)",
      "Threshold 'behind' (≥; below it 'far behind')",
    ],
    summary: ["Region status", "Realised of the cumulative target (region)", "Backlog carried into next year", "Latest known year"],
    chartTitle: "Region: target and realised per year",
    series: ["Target", "Realised"],
    sections: {
      target: ["Target per year", "Fixed yearly target"],
      realised: ["Realised per year (input)", "Total"],
      backlog: ["Backlog (THUIS.CARRYOVER)", "Now"],
      percent: ["Cumulative realised of the target", "Now"],
      status: ["Status", "Now"],
    } as Record<MonitorSectionKey, [string, string]>,
    name: "Municipality",
    total: "Region total",
    validation: [
      "Realised",
      "A whole number of 0 or more; blank = not yet known.",
      "Enter a whole number of 0 or more, or leave the cell blank (not yet known).",
    ],
  },
};

export type MonitorText = (typeof MONITOR_TEXT)["nl"];
