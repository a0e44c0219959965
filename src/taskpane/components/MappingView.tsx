import { useEffect, useState } from "react";
import { type MappingTextKey, type Vars, MAPPING_TEXTS, message } from "../../i18n";
import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { SelectAllOn20Regular } from "@fluentui/react-icons/svg/select-all-on";
import { MAPPED_COLUMNS, type TableColumn } from "../../data/source";
import { columnName } from "../../sheets/a1";
import { useWizard } from "../context";
import { readSource } from "../state/actions";
import { mappedOf } from "../state/link";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: "8px" },
  pickers: { display: "flex", flexDirection: "column", gap: "6px" },
  dropdown: { minWidth: 0, width: "100%" },
  first: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  list: { margin: 0, paddingLeft: "16px" },
});

/** Step 1, "Tabel in deze werkmap": point at the region's own data — the selection, a table or a sheet — to map it. */
export function SourcePicker() {
  const { gateway, dispatch, language } = useWizard();
  const t = (key: MappingTextKey, vars?: Vars) => message(MAPPING_TEXTS, language, key, vars);
  const styles = useStyles();
  const [lists, setLists] = useState<{ sheets: string[]; tables: string[] }>({ sheets: [], tables: [] });
  useEffect(() => {
    let live = true;
    gateway.listSources().then(
      (l) => live && setLists(l),
      () => undefined, // no workbook access now: the selection still works
    );
    return () => {
      live = false;
    };
  }, [gateway]);
  return (
    <div className={styles.pickers}>
      <Text size={200}>{t("own")}</Text>
      <Button icon={<SelectAllOn20Regular />} onClick={() => readSource(gateway, dispatch, { kind: "selection" })}>
        {t("selection")}
      </Button>
      {lists.tables.length > 0 && (
        <Field label={t("table")}>
          <Dropdown
            className={styles.dropdown}
            placeholder={t("choose")}
            onOptionSelect={(_, d) => d.optionValue && readSource(gateway, dispatch, { kind: "table", name: d.optionValue })}
          >
            {lists.tables.map((name) => (
              <Option key={name} value={name}>
                {name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <Field label={t("sheet")}>
        <Dropdown
          className={styles.dropdown}
          placeholder={t("choose")}
          onOptionSelect={(_, d) => d.optionValue && readSource(gateway, dispatch, { kind: "sheet", name: d.optionValue })}
        >
          {lists.sheets.map((name) => (
            <Option key={name} value={name}>
              {name}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </div>
  );
}

/**
 * The mapping view at 320 px: per needed column the suggested source column, a dropdown to change
 * it and the first values; the rows left out and why; the cells that cannot be read.
 */
export function MappingView() {
  const { state, dispatch, t: strings, language } = useWizard();
  const t = (key: MappingTextKey, vars?: Vars) => message(MAPPING_TEXTS, language, key, vars);
  const styles = useStyles();
  const mapped = mappedOf(state);
  if (!state.link || !mapped) return null;
  const { read } = state.link;
  const label = (key: TableColumn) => (key === "name" ? strings.data.municipality : strings.data.columns[key]);
  const letter = (index: number) => columnName(read.column + index);
  const sheetRow = (index: number) => read.row + index + 1;
  const options = mapped.layout.headers.map((header, index) => ({
    value: String(index),
    text: t(header ? "option" : "optionNoHeader", { letter: letter(index), header }),
  }));
  const first = (key: TableColumn) =>
    mapped.rows
      .slice(0, 3)
      .map((r) => `${r.name} ${key === "name" ? "" : r.values[key]?.kind === "number" ? r.values[key].value : "–"}`.trim())
      .join(" · ");
  return (
    <section className={styles.panel} aria-label={t("title", { where: read.address })}>
      <Text weight="semibold">{t("title", { where: read.address })}</Text>
      <Text size={200}>{mapped.layout.headerRow === null ? t("noHeader") : t("intro")}</Text>
      {MAPPED_COLUMNS.map((key) => {
        const index = mapped.mapping[key];
        const selected = index === null ? "" : String(index);
        return (
          <Field key={key} label={label(key)} hint={index === null ? undefined : <span className={styles.first}>{first(key)}</span>}>
            <Dropdown
              className={styles.dropdown}
              value={index === null ? t("none") : options[index]?.text}
              selectedOptions={[selected]}
              onOptionSelect={(_, d) =>
                dispatch({ type: "setMapping", column: key, index: d.optionValue === "" ? null : Number(d.optionValue) })
              }
            >
              <Option value="">{t("none")}</Option>
              {options.map((o) => (
                <Option key={o.value} value={o.value}>
                  {o.text}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
      <Text>{mapped.rows.length === 1 ? t("foundOne") : t("foundMany", { n: mapped.rows.length })}</Text>
      {mapped.layout.left.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("left")}</MessageBarTitle>
            <ul className={styles.list}>
              {mapped.layout.left.map((l) => (
                <li key={l.row}>
                  {t(l.text ? "leftRowText" : "leftRow", { row: sheetRow(l.row), reason: t(`reason.${l.reason}`), text: l.text })}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {mapped.refused.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("refusedTitle")}</MessageBarTitle>
            <ul className={styles.list}>
              {mapped.refused.map((r) => (
                <li key={`${r.sourceRow}-${r.column}`}>{t("refused", { name: r.name, column: label(r.column), text: r.text })}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/** Where the data come from in the workbook (selection, table or sheet) and how its columns map. */
export function WorkbookSource() {
  return (
    <>
      <SourcePicker />
      <MappingView />
    </>
  );
}
