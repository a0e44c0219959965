/* global Office */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createExcelGateway } from "../excel/gateway";
import { officeEnvironment } from "./environment";

/** Entry of the task pane: wait for Office, then render the wizard with the real Excel gateway. */
Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  const { language, theme } = officeEnvironment();
  createRoot(container).render(<App gateway={createExcelGateway()} language={language} theme={theme} />);
});
