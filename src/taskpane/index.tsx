/* global Office */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { officeEnvironment } from "./environment";
import { lazyGateway } from "./lazyGateway";
import { whenIdle } from "./lazyPart";

/**
 * Entry of the task pane: wait for Office, then render the wizard. The Excel adapter is a chunk
 * of its own, fetched once the first step shows (or at the first call, if that comes sooner).
 */
Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  const { language, theme } = officeEnvironment();
  const gateway = lazyGateway(() => import(/* webpackChunkName: "excel" */ "../excel/gateway").then((m) => m.createExcelGateway()));
  createRoot(container).render(<App gateway={gateway} language={language} theme={theme} />);
  whenIdle(() => void gateway.preload().catch(() => undefined));
});
