import { createRoot } from "react-dom/client";
import { Suspense, lazy, useEffect, useState } from "react";
import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { detectLanguage } from "../i18n";
import { App } from "../taskpane/App";
import { lazyGateway } from "../taskpane/lazyGateway";
import { whenIdle } from "../taskpane/lazyPart";
import type { WorkbookModel } from "./workbookModel";

/**
 * Preview without Excel (`npm run dev-server`, https://localhost:3000/preview.html): the real
 * task pane at 320 px beside the simulated workbook it writes to (src/preview/WorkbookView.tsx:
 * the same simulated Excel the adapter tests run against, its formulas computed as Excel would).
 *
 * The pane's first step shows first (issue 20: usable quickly on a slow laptop); the simulated
 * workbook is a chunk of its own, fetched once the pane has painted — or at the pane's first
 * call to the workbook, if that comes sooner: the gateway installs it before the Excel adapter
 * runs, so the adapter always finds `Excel`.
 */
const language = detectLanguage(new URLSearchParams(window.location.search).get("lang"));

let workbook: Promise<{ model: WorkbookModel; WorkbookView: typeof import("./WorkbookView").WorkbookView }> | undefined;
/** The simulated workbook, installed on `window` once (a failed fetch is tried again on the next call). */
function loadWorkbook() {
  return (workbook ??= import(/* webpackChunkName: "workbook" */ "./WorkbookView").then(
    (m) => {
      const model = m.installSimulatedWorkbook(window as unknown as Record<string, unknown>, language);
      (window as unknown as { __verdeelwijzerWorkbook: WorkbookModel }).__verdeelwijzerWorkbook = model;
      return { model, WorkbookView: m.WorkbookView };
    },
    (error: unknown) => {
      workbook = undefined;
      throw error;
    },
  ));
}

const LazyWorkbook = lazy(() =>
  loadWorkbook().then(({ model, WorkbookView }) => ({
    default: ({ onFileOpened }: { onFileOpened: () => void }) => (
      <WorkbookView model={model} language={language} onFileOpened={onFileOpened} />
    ),
  })),
);

// the adapter loads as in the pane (src/taskpane/index.tsx), after the simulated Excel it talks to
const gateway = lazyGateway(() =>
  loadWorkbook()
    .then(() => import(/* webpackChunkName: "excel" */ "../excel/gateway"))
    .then((m) => m.createExcelGateway()),
);

const useStyles = makeStyles({
  layout: {
    display: "flex",
    gap: "16px",
    alignItems: "flex-start",
    padding: "12px",
    backgroundColor: tokens.colorNeutralBackground2,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  pane: { width: "320px", flexShrink: 0, backgroundColor: tokens.colorNeutralBackground1, boxShadow: tokens.shadow8 },
  workbook: { flexGrow: 1, minWidth: 0 },
});

function Preview() {
  const styles = useStyles();
  const [painted, setPainted] = useState(false);
  // a file opened is another workbook, and so a fresh pane, as in Excel (the pane belongs to the workbook's window): it opens on the
  // file's Gemeenten table when it has one
  const [workbookOpened, setWorkbookOpened] = useState(0);
  // after the first paint: the workbook and its view, then the adapter
  useEffect(
    () =>
      whenIdle(() => {
        setPainted(true);
        void gateway.preload().catch(() => undefined);
      }),
    [],
  );
  return (
    <FluentProvider theme={webLightTheme} lang={language}>
      <div className={styles.layout}>
        <div className={styles.pane}>
          <App key={workbookOpened} gateway={gateway} language={language} theme="light" />
        </div>
        <div className={styles.workbook}>
          {painted && (
            <Suspense fallback={null}>
              <LazyWorkbook onFileOpened={() => setWorkbookOpened((n) => n + 1)} />
            </Suspense>
          )}
        </div>
      </div>
    </FluentProvider>
  );
}

document.documentElement.lang = language;
createRoot(document.getElementById("container")!).render(<Preview />);
