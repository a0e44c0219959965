import { useMemo, useState } from "react";
import { Field, MessageBar, MessageBarBody, Select, Text, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { explainMunicipality } from "../../scenario";
import { type Vars, type WhyTextKey, WHY_TEXTS, message } from "../../i18n";
import { useWizard } from "../context";
import { previewOf } from "../state/derive";
import { MUNICIPALITY_SELECTION, useFollowSelection } from "./useFollowSelection";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: "8px",
    paddingBottom: "4px",
  },
  list: { display: "flex", flexDirection: "column", gap: "8px", margin: 0, padding: 0, listStyleType: "none" },
  item: { borderLeft: `3px solid ${tokens.colorBrandStroke1}`, paddingLeft: "8px", display: "flex", flexDirection: "column", gap: "2px" },
  head: { display: "flex", justifyContent: "space-between", gap: "8px" },
  value: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  text: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  sub: { margin: "4px 0 0", fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/**
 * "Waarom dit getal?": pick a municipality (or select its row on the scenario sheet: the panel
 * follows Excel's selection once the sheet is written) and read why each scenario gives it
 * what it does, the spread of A over the methods and the Alabama warning. Every text comes from
 * explainMunicipality (src/scenario/explain.ts); this component only lays them out.
 */
export function WhyPanel() {
  const { state, gateway, language } = useWizard();
  const styles = useStyles();
  const t = (key: WhyTextKey, vars?: Vars) => message(WHY_TEXTS, language, key, vars);
  const { model } = previewOf(state);
  const [chosen, setChosen] = useState(0);
  const written = state.write.kind === "done" ? state.write.result : null;
  useFollowSelection(gateway, MUNICIPALITY_SELECTION, written?.sheetName ?? null, setChosen);
  const count = model?.input.names.length ?? 0;
  const index = Math.min(chosen, Math.max(0, count - 1));
  const why = useMemo(() => (model && count > 0 ? explainMunicipality(model, index, language) : null), [model, index, language, count]);
  if (!model || !why) return null;
  return (
    <section className={styles.panel} aria-labelledby="why-title">
      <Title3 as="h2" id="why-title">
        {t("title")}
      </Title3>
      <Text size={200}>{written ? t("following", { sheet: written.sheetName }) : t("intro")}</Text>
      <Field label={t("municipality")}>
        <Select value={String(index)} onChange={(_, d) => setChosen(Number(d.value))}>
          {model.input.names.map((name, i) => (
            <option key={i} value={i}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Text size={200}>{t("method", { method: why.method })}</Text>
      <ul className={styles.list} aria-label={`${t("title")} ${why.name}`}>
        {why.items.map((item) => (
          <li key={item.key} className={styles.item}>
            <div className={styles.head}>
              <Text weight="semibold">{item.label}</Text>
              <Text className={styles.value}>{item.value ?? t("blank")}</Text>
            </div>
            <Text size={200} className={styles.text}>
              {item.text}
            </Text>
            {item.detail && (
              <Text size={200} className={styles.text}>
                {item.detail}
              </Text>
            )}
          </li>
        ))}
      </ul>
      <h3 className={styles.sub}>{t("sensitivity")}</h3>
      {why.range && (
        <Text size={200}>
          <strong>
            {t(why.range.low === why.range.high ? "sensitivitySame" : "sensitivityRange", { low: why.range.low, high: why.range.high })}
          </strong>
          {why.range.low !== why.range.high && ` — ${why.range.text}`}
        </Text>
      )}
      {why.alabama && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {why.alabama.text}
            {why.alabama.affectsThis && ` ${t("alabamaYou")}`}
          </MessageBarBody>
        </MessageBar>
      )}
      <h3 className={styles.sub}>{t("notPlaced", { key: why.notPlaced.key })}</h3>
      <Text size={200} className={styles.text}>
        {why.notPlaced.text}
      </Text>
      {written && <Text size={200}>{t("justification", { sheet: written.justificationSheet })}</Text>}
    </section>
  );
}
