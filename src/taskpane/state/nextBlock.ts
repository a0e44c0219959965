/** Why *Volgende* is disabled: defined beside the words that say it (src/i18n/pane.ts). */
export type { NextBlock } from "../../i18n/pane";
