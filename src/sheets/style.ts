/**
 * The colours of every sheet the add-in owns, defined once (Fluent UI's neutral and status
 * colours, readable when printed in grey): headers, muted notes, alerts, input cells and the
 * monitor's status grades.
 *
 * @example
 *   { address: "A12:F12", bold: true, fill: PALETTE.headerFill }
 */
export const PALETTE = {
  /** Header rows of tables. */
  headerFill: "#DCE9F7",
  /** Headers of the blended key's columns (not scenarios: a quieter grey). */
  keyHeaderFill: "#EDEBE9",
  /** Notes, sources, dates: secondary text. */
  muted: "#605E5C",
  /** "Niet geplaatst" and warnings. */
  alert: "#A4262C",
  /** Cells the user fills in. */
  inputFill: "#FFF4CE",
  /** Status grades of the monitor: fill and font per grade. */
  status: {
    onTrack: { fill: "#DFF6DD", font: "#107C10" },
    behind: { fill: "#FFF4CE", font: "#8A5300" },
    farBehind: { fill: "#FDE7E9", font: "#A4262C" },
  },
} as const;
