import type { TargetGroup } from "../../data/region";
import { readGroupNeed } from "../../data/readers";
import type { Message } from "../../data/readers";
import type { WizardState } from "./wizard";

/**
 * The pane's target groups read with THE reader of a group's need (the one the `Aandachtsgroepen`
 * table is read with): a blank need is unknown, a need that cannot be read is named under its
 * field and taken as unknown — so that group takes no part, in the pane and on the sheet alike.
 *
 * @example
 *   groupReadings({ ...state, groups: [{ name: "Mantelzorg", need: "2,5", key: "population" }] }).problems[0]?.nl;
 *   // "2,5 is geen heel aantal huishoudens" (or the reader's own words)
 */
export function groupReadings(state: WizardState): { groups: TargetGroup[]; problems: (Message | null)[] } {
  const problems: (Message | null)[] = [];
  const own = state.groupTable === null || state.groupTable.ours;
  const groups = state.groups.map((g, i): TargetGroup => {
    const need = readGroupNeed(g.need);
    problems.push(need.ok ? null : need.problem);
    const row = own ? i + 1 : g.read && g.read.need === g.need ? g.read.row : undefined;
    return { name: g.name, need: need.ok ? need.value : null, key: g.key, ...(row === undefined ? {} : { row }) };
  });
  return { groups, problems };
}
