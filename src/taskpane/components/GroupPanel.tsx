import { useState } from "react";
import { Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Text, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { useWizard } from "../context";
import { GROUP_STRINGS } from "../groupStrings";
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
      {state.groups.length > 0 && <GroupNeeds />}
      {ready && <GroupTotalsChoice />}
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
        <Field
          key={group.name}
          label={g.needLabel(group.name)}
          hint={g.keyHint(groupKeyText(group.key, language))}
          validationState={problems[i] ? "error" : "none"}
          validationMessage={problems[i]?.[language]}
        >
          <Input value={group.need} inputMode="numeric" onChange={(_, d) => dispatch({ type: "setGroupNeed", index: i, text: d.value })} />
        </Field>
      ))}
    </fieldset>
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
