import { useCallback, useMemo, useState } from "react";
import { Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { GroupModel } from "../../scenario";
import { useWizard } from "../context";
import { GROUP_STRINGS } from "../../i18n/groupPane";
import { GroupChoice, groupCellWhy } from "../state/groups";
import type { GroupCell } from "../../excel/types";
import { GROUP_CELL_SELECTION, useFollowSelection } from "./useFollowSelection";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: "8px", borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "8px" },
  list: { display: "flex", flexDirection: "column", gap: "8px", margin: 0, padding: 0, listStyleType: "none" },
  item: { borderLeft: `3px solid ${tokens.colorBrandStroke1}`, paddingLeft: "8px", display: "flex", flexDirection: "column", gap: "2px" },
  text: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  sub: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  // one field a line: a select is as wide as its longest option (a group's name) unless told otherwise
  fields: { display: "flex", flexDirection: "column", gap: "8px", minWidth: 0 },
  select: { width: "100%", minWidth: 0, "& > select": { minWidth: 0, maxWidth: "100%", textOverflow: "ellipsis" } },
});

/**
 * *Waarom?* for one cell of the block, as the "Waarom dit getal?" panel does for a municipality:
 * pick the group (the matrix view's group to start with) and the municipality; the quota, the
 * divisors, the rounding and the difference to the group rounded on its own come from
 * groupCellWhy (state/groups.ts → src/engine/explain/groupTexts.ts). Once the sheet is written,
 * a cell clicked in its group block picks that municipality and group, as a clicked row of the
 * scenario table drives "Waarom dit getal?".
 */
export function GroupWhy({ group, choice }: { group: GroupModel; choice: GroupChoice }) {
  const { state, gateway, language } = useWizard();
  const styles = useStyles();
  const g = GROUP_STRINGS[language];
  const [row, setRow] = useState(0);
  const [picked, setPicked] = useState<number | null>(null);
  const follow = useCallback(
    (cell: GroupCell) => {
      if (cell.row >= group.names.length || cell.column >= group.groups.length) return;
      setRow(cell.row);
      setPicked(cell.column);
    },
    [group],
  );
  useFollowSelection(gateway, GROUP_CELL_SELECTION, state.write.kind === "done" ? state.write.result.sheetName : null, follow);
  const column = Math.min(picked ?? (choice === "total" ? 0 : choice), group.groups.length - 1);
  const i = Math.min(row, group.names.length - 1);
  const why = useMemo(() => groupCellWhy(group, i, column, language), [group, i, column, language]);
  if (!why) return null;
  const items = [
    { key: "quota", label: g.quota, text: why.quota },
    { key: "divisors", label: g.divisors, text: why.divisors },
    { key: "rounding", label: g.rounding, text: why.cell },
    ...(why.own ? [{ key: "own", label: g.own, text: why.own }] : []),
  ];
  return (
    <section className={styles.panel} aria-labelledby="group-why-title">
      <h3 className={styles.sub} id="group-why-title">
        {g.whyTitle}
      </h3>
      <div className={styles.fields}>
        <Field label={g.whyGroup}>
          <Select className={styles.select} value={String(column)} onChange={(_, d) => setPicked(Number(d.value))}>
            {group.groups.map((x, j) => (
              <option key={x.name} value={j}>
                {x.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={g.whyMunicipality}>
          <Select className={styles.select} value={String(i)} onChange={(_, d) => setRow(Number(d.value))}>
            {group.names.map((name, k) => (
              <option key={name} value={k}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Text size={200}>{why.method}</Text>
      <ul className={styles.list} aria-label={`${g.whyTitle} ${group.names[i]} · ${group.groups[column].name}: ${why.result}`}>
        {items.map((item) => (
          <li key={item.key} className={styles.item}>
            <Text weight="semibold">{item.label}</Text>
            <Text size={200} className={styles.text}>
              {item.text}
            </Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
