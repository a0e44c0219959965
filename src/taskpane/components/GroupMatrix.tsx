import { Dropdown, Field, MessageBar, MessageBarBody, Option, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { GroupModel } from "../../scenario";
import { useWizard } from "../context";
import { GROUP_STRINGS } from "../../i18n/groupPane";
import { GroupChoice, GroupViewRow, groupDrift, groupTiesText, groupView } from "../state/groups";

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", tableLayout: "fixed", fontSize: tokens.fontSizeBase200 },
  name: { textAlign: "left", overflowWrap: "anywhere", padding: "2px 4px 2px 0" },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums", width: "60px", padding: "2px 2px 2px 4px" },
  // small headers: "Difference" and "Municipality" stay whole at 320 px
  head: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase100,
    verticalAlign: "bottom",
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  total: { fontWeight: tokens.fontWeightSemibold, borderTop: `1px solid ${tokens.colorNeutralStroke1}` },
  note: { color: tokens.colorNeutralForeground2 },
  rowHead: { fontWeight: tokens.fontWeightRegular },
  dropdown: { minWidth: 0, maxWidth: "100%" },
});

export interface GroupMatrixProps {
  group: GroupModel;
  choice: GroupChoice;
  onChoose: (choice: GroupChoice) => void;
}

/** The block at 320 px: a picker (the totals, or one group) and one column per municipality beside each group on its own. */
export function GroupMatrix({ group, choice, onChoose }: GroupMatrixProps) {
  const { language } = useWizard();
  const styles = useStyles();
  const g = GROUP_STRINGS[language];
  const view = groupView(group, choice);
  const label = choice === "total" ? g.viewTotal : group.groups[choice].name;
  const drift = groupDrift(group);
  const ties = groupTiesText(group, language);
  if (!view) return null;
  return (
    <>
      <Field label={g.view}>
        <Dropdown
          className={styles.dropdown}
          value={label}
          selectedOptions={[String(choice)]}
          onOptionSelect={(_, d) => onChoose(d.optionValue === "total" ? "total" : Number(d.optionValue))}
        >
          <Option value="total">{g.viewTotal}</Option>
          {group.groups.map((x, j) => (
            <Option key={x.name} value={String(j)}>
              {x.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <table className={styles.table} aria-label={g.tableLabel(label)}>
        <thead>
          <tr className={styles.head}>
            <th className={styles.name}>{g.municipality}</th>
            <th className={styles.number}>{choice === "total" ? g.blockTotal : g.block}</th>
            <th className={styles.number}>{g.separate}</th>
            <th className={styles.number}>{g.difference}</th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <ViewRow key={row.name} row={row} />
          ))}
          <ViewRow row={{ ...view.total, name: g.totalRow }} total />
        </tbody>
      </table>
      <Text size={200} className={styles.note}>
        {g.separateNote} {g.drift(drift.municipalities, drift.dwellings)}
      </Text>
      {ties && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{g.ties(ties)}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

function ViewRow({ row, total = false }: { row: GroupViewRow; total?: boolean }) {
  const styles = useStyles();
  const shown = (x: number | null) => (x === null ? "–" : String(x));
  const signed = (x: number | null) => (x === null ? "–" : x > 0 ? `+${x}` : x < 0 ? `−${-x}` : "0");
  return (
    <tr className={total ? styles.total : undefined}>
      <th scope="row" className={mergeClasses(styles.name, !total && styles.rowHead)}>
        {row.name}
      </th>
      <td className={styles.number}>{shown(row.value)}</td>
      <td className={styles.number}>{shown(row.separate)}</td>
      <td className={styles.number}>{signed(row.difference)}</td>
    </tr>
  );
}
