import { useState } from "react";
import {
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Text,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { GROUP_KEYS, GroupKey } from "../../data/region";
import type { DivisorMethod } from "../../engine/divisor";
import { useWizard } from "../context";
import { GROUP_STRINGS } from "../../i18n/groupPane";
import { previewOf } from "../state/derive";
import { groupReadings } from "../state/groupNeeds";
import { GroupChoice, groupKeyText, groupNeedSums, groupPreviewOf } from "../state/groups";
import type { GroupTotalsKey } from "../state/wizard";
import { GroupMatrix } from "./GroupMatrix";
import { GroupWhy } from "./GroupWhy";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: "8px", minWidth: 0 },
  needs: { display: "flex", flexDirection: "column", gap: "4px", margin: 0, padding: 0, border: "none", minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: "4px" },
  hint: { color: tokens.colorNeutralForeground2 },
  group: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0 },
  key: { minWidth: 0 },
});

/**
 * *Per groep* (issue 19): the groups' needs as typed, which municipality total the block honours,
 * the block one group (or the totals) at a time beside "each group rounded on its own", the ties,
 * and *Waarom?* for a cell. Everything shown comes from state/groups.ts (the one per-group model).
 */
export function GroupPanel() {
  const { state, language } = useWizard();
  const styles = useStyles();
  const g = GROUP_STRINGS[language];
  const [choice, setChoice] = useState<GroupChoice>("total");
  const group = groupPreviewOf(state);
  const ready = state.groups.length > 0 && previewOf(state).model !== null;
  const sums = group ? groupNeedSums(group) : null;
  return (
    <section className={styles.section} aria-labelledby="groups-title">
      <Title3 as="h2" id="groups-title">
        {g.title}
      </Title3>
      <Text size={200}>{state.groups.length === 0 ? g.noGroups : g.intro}</Text>
      {state.groupTable && <GroupTableNote />}
      {state.groups.length > 0 && <GroupNeeds />}
      {ready && <GroupTotalsChoice />}
      {ready && <GroupMethodChoice />}
      {ready && !group && <Text size={200}>{g.noNeeds}</Text>}
      {sums && <Text role="status">{g.sums(sums.needs, sums.totals)}</Text>}
      {group && group.unknown.length > 0 && <Text size={200}>{g.unknown(group.unknown.length)}</Text>}
      {group?.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{group.error.text(language)}</MessageBarBody>
        </MessageBar>
      )}
      {group?.result && <GroupMatrix group={group} choice={choice} onChoose={setChoice} />}
      {group?.result && <GroupWhy key={String(choice)} group={group} choice={choice} />}
    </section>
  );
}

/** Where the groups were read from (the workbook's Aandachtsgroepen table), and each row that could not be read, named. */
function GroupTableNote() {
  const { state, language } = useWizard();
  const g = GROUP_STRINGS[language];
  const table = state.groupTable!;
  return (
    <>
      <Text size={200}>{g.fromTable(table.name, table.ours)}</Text>
      {table.problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {g.tableProblems}
            <ul>
              {table.problems.map((p) => (
                <li key={p.nl}>{p[language]}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** One labelled field per group (its key as the hint); a need that cannot be read is named under its field. */
function GroupNeeds() {
  const { state, dispatch, language } = useWizard();
  const styles = useStyles();
  const g = GROUP_STRINGS[language];
  const { problems } = groupReadings(state);
  return (
    <fieldset className={styles.needs}>
      <legend className={styles.legend}>{g.needsTitle}</legend>
      <Text size={200} className={styles.hint}>
        {g.needsHint}
      </Text>
      {state.groups.map((group, i) => (
        <div key={group.name} className={styles.group}>
          <Field
            label={g.needLabel(group.name)}
            validationState={problems[i] ? "error" : "none"}
            validationMessage={problems[i]?.[language]}
          >
            <Input
              value={group.need}
              inputMode="numeric"
              onChange={(_, d) => dispatch({ type: "setGroupNeed", index: i, text: d.value })}
            />
          </Field>
          <GroupKeyChoice index={i} name={group.name} value={group.key} />
        </div>
      ))}
    </fieldset>
  );
}

/**
 * A group's key: a column of the Gemeenten table or the blended key of step 3 (the words of
 * GROUP_KEY_WORDS); the sheet's weights block and the Verantwoording follow it.
 */
function GroupKeyChoice({ index, name, value }: { index: number; name: string; value: GroupKey }) {
  const { dispatch, language } = useWizard();
  const styles = useStyles();
  const g = GROUP_STRINGS[language];
  return (
    <Field label={{ children: g.keyLabel, "aria-label": g.keyName(name) }} orientation="horizontal" size="small" className={styles.key}>
      <Select size="small" value={value} onChange={(_, d) => dispatch({ type: "setGroupKey", index, key: d.value as GroupKey })}>
        {GROUP_KEYS.map((k) => (
          <option key={k} value={k}>
            {g.keyWord(groupKeyText(k, language), k === "blend")}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** GROUPSHARE's method, carried to the sheet's method cell and the Verantwoording. */
function GroupMethodChoice() {
  const { state, dispatch, language } = useWizard();
  const g = GROUP_STRINGS[language];
  return (
    <Field label={g.method}>
      <RadioGroup value={state.groupMethod} onChange={(_, d) => dispatch({ type: "setGroupMethod", value: d.value as DivisorMethod })}>
        <Radio value="webster" label={g.methodWebster} />
        <Radio value="dhondt" label={g.methodDhondt} />
      </RadioGroup>
    </Field>
  );
}

/** Column A, or A after corrections (N) once there are corrections. */
function GroupTotalsChoice() {
  const { state, dispatch, language } = useWizard();
  const g = GROUP_STRINGS[language];
  // the model honours N only while corrections make one (else A): the choice shows what it honours
  const corrected = previewOf(state).model?.column("N") !== undefined;
  return (
    <Field label={g.totals} hint={corrected ? undefined : g.totalsNHint}>
      <RadioGroup
        value={corrected ? state.groupTotals : "A"}
        onChange={(_, d) => dispatch({ type: "setGroupTotals", value: d.value as GroupTotalsKey })}
      >
        <Radio value="A" label={g.totalsA} />
        <Radio value="N" label={g.totalsN} disabled={!corrected} />
      </RadioGroup>
    </Field>
  );
}
