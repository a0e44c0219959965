import { createRoot } from "react-dom/client";
import { useEffect, useState } from "react";
import { FluentProvider, Tab, TabList, Text, Title3, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { installFakeExcel } from "./simulatedExcel";
import { WorkbookModel } from "./workbookModel";
import { columnName } from "../excel/a1";
import { createExcelGateway } from "../excel/gateway";
import { App } from "../taskpane/App";

/**
 * Preview without Excel (`npm start` on Linux, https://localhost:3000/preview.html): the real
 * task pane at 320 px beside a grid of the simulated workbook it writes to. The workbook is the
 * project's fake Excel (test/fake-excel), so what you see is what the adapter writes: tables,
 * formulas (shown as formulas: the preview does not compute THUIS), charts listed per sheet.
 */
const model = installFakeExcel(window as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
const language = new URLSearchParams(window.location.search).get("lang") === "en" ? "en" : "nl";

const useStyles = makeStyles({
  layout: { display: "flex", gap: "16px", alignItems: "flex-start", padding: "12px", backgroundColor: tokens.colorNeutralBackground2, minHeight: "100vh", boxSizing: "border-box" },
  pane: { width: "320px", flexShrink: 0, backgroundColor: tokens.colorNeutralBackground1, boxShadow: tokens.shadow8 },
  workbook: { flexGrow: 1, minWidth: 0, backgroundColor: tokens.colorNeutralBackground1, boxShadow: tokens.shadow8, padding: "8px" },
  grid: { overflow: "auto", maxHeight: "80vh", fontSize: "12px" },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 4px", whiteSpace: "nowrap", maxWidth: "260px", overflow: "hidden", textOverflow: "ellipsis" },
  head: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, textAlign: "center" },
  formula: { color: tokens.colorBrandForeground1, fontFamily: tokens.fontFamilyMonospace },
});

function WorkbookView() {
  const styles = useStyles();
  const [, setVersion] = useState(0);
  const [active, setActive] = useState("Blad1");
  useEffect(() => {
    model.afterSync = () => {
      setVersion((v) => v + 1);
      setActive(model.activeSheet);
    };
  }, []);
  const sheet = model.sheet(active) ?? model.sheets[0];
  const used = sheet.usedBlock();
  const rows = used ? used.row + used.rows : 0;
  const cols = used ? used.column + used.columns : 0;
  return (
    <section className={styles.workbook} aria-label="Gesimuleerde werkmap">
      <Title3 as="h2">Werkmap (gesimuleerd)</Title3>
      <TabList size="small" selectedValue={sheet.name} onTabSelect={(_, d) => setActive(String(d.value))}>
        {model.sheets.map((s) => (
          <Tab key={s.name} value={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      {sheet.charts.map((c) => (
        <Text key={c.name} size={200} block>{`Grafiek: ${c.title} (${c.type}, gegevens ${c.source})`}</Text>
      ))}
      <div className={styles.grid}>
        <table style={{ borderCollapse: "collapse" }}>
          <thead>
            <tr>
              <th className={`${styles.cell} ${styles.head}`} />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} className={`${styles.cell} ${styles.head}`}>
                  {columnName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th className={`${styles.cell} ${styles.head}`}>{r + 1}</th>
                {Array.from({ length: cols }, (_, c) => {
                  const cell = sheet.get(r, c);
                  return (
                    <td key={c} className={`${styles.cell} ${cell?.formula ? styles.formula : ""}`} title={cell?.formula}>
                      {cell ? (cell.formula ?? String(cell.value)) : ""}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Preview() {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.layout}>
        <div className={styles.pane}>
          <App gateway={createExcelGateway()} language={language} theme="light" />
        </div>
        <WorkbookView />
      </div>
    </FluentProvider>
  );
}

createRoot(document.getElementById("container")!).render(<Preview />);
