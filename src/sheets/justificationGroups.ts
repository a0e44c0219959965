import { GROUP_KEY_WORDS, GroupKey } from "../data/region";
import type { DivisorMethod } from "../engine/divisor";
import { explainGroupMethod, rational, toNumber, traceBiproportional } from "../engine/explain";
import { GROUP_SHEET_TEXTS, GroupSheetKey, Language, Vars, listText, message } from "../i18n";
import type { ScenarioGroups } from "../scenario/model";
import { METHOD_WORDS } from "../scenario/words";
import { address } from "./a1";
import type { PlannedRows } from "./rows";

/**
 * The Verantwoording's section per target group (issue 19), from the one per-group model: the
 * method in words, which column's totals it honours, per group its key, need, group divisor and
 * the cells the tie rule decided; per municipality its total and divisor (traceBiproportional:
 * every cell = weight ÷ (municipality divisor × group divisor), rounded); the groups whose need
 * is unknown; or the model's refusal in words.
 *
 * @example
 *   groupJustificationOf(model.groups!); // { honour: "A", groups: [{ name: "Mantelzorg", key: "population", need: 180 }, …], … }
 */
export interface GroupJustification {
  honour: string;
  method: DivisorMethod;
  names: readonly string[];
  groups: { name: string; key: GroupKey; need: number }[];
  unknown: string[];
  totals: readonly number[];
  weights: readonly (readonly (number | null)[])[];
  /** The matrix, or null with `error` when the model refused its input. */
  seats: number[][] | null;
  ties: { row: number; column: number }[];
  error: { nl: string; en: string } | null;
}

export function groupJustificationOf(g: ScenarioGroups): GroupJustification {
  return {
    honour: g.honour,
    method: g.method,
    names: g.names,
    groups: g.groups.map((group) => ({ name: group.name, key: group.key, need: group.need! })),
    unknown: g.unknown.map((group) => group.name),
    totals: g.totals,
    weights: g.weights,
    seats: g.result?.seats ?? null,
    ties: g.result?.ties ?? [],
    error: g.error ? g.error.messages : null,
  };
}

const DIVISOR_FORMAT = "#,##0.######";

/** The section, written row by row after the explanations of column A. */
export function writeGroupSection(rows: PlannedRows, g: GroupJustification, language: Language): void {
  const say = (key: GroupSheetKey, vars: Vars = {}) => message(GROUP_SHEET_TEXTS, language, key, vars);
  rows.heading(say("heading"));
  rows.sentence(say("honour", { column: g.honour, method: METHOD_WORDS[language][g.method] }));
  if (g.unknown.length > 0) rows.sentence(say("unknown", { groups: listText(g.unknown, language) }), true);
  if (g.seats === null) {
    if (g.error) rows.sentence(say("refused", { message: g.error[language] }));
    return;
  }
  const trace = traceBiproportional(
    g.weights.map((row) => row.map((w) => rational(w ?? 0))),
    g.seats,
    g.method,
  );
  rows.sentence(explainGroupMethod(trace, language));
  rows.sentence(say("weights"), true);
  rows.tableHeader(say("group"), say("key"), say("need"), say("groupDivisor"), say("ties"));
  g.groups.forEach((group, j) => {
    const tied = g.ties.filter((t) => t.column === j).map((t) => g.names[t.row]);
    const divisor = trace.columnDivisors[j];
    const key = group.key === "blend" ? say("blend") : GROUP_KEY_WORDS[group.key][language];
    const r = rows.push(
      group.name,
      key,
      group.need,
      divisor ? toNumber(divisor) : say("noDivisor"),
      tied.length ? listText(tied, language) : say("noTies"),
    );
    rows.format({ address: address(r, 3), numberFormat: DIVISOR_FORMAT });
  });
  rows.push("");
  rows.tableHeader(say("municipality"), say("total", { column: g.honour }), say("rowDivisor"));
  g.names.forEach((name, i) => {
    const divisor = trace.rowDivisors[i];
    const r = rows.push(name, g.totals[i], divisor ? toNumber(divisor) : say("noDivisor"));
    rows.format({ address: address(r, 2), numberFormat: DIVISOR_FORMAT });
  });
}
