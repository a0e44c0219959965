import { createContext, useContext, Dispatch } from "react";
import type { WorkbookGateway } from "../excel/gateway";
import type { Strings } from "../i18n/pane";
import type { Language } from "../i18n";
import type { Action, WizardState } from "./state/wizard";

/** What every step needs: the state, dispatch, the Excel gateway and the strings. */
export interface WizardContextValue {
  state: WizardState;
  dispatch: Dispatch<Action>;
  gateway: WorkbookGateway;
  t: Strings;
  language: Language;
}

export const WizardContext = createContext<WizardContextValue | null>(null);

export function useWizard(): WizardContextValue {
  const value = useContext(WizardContext);
  if (!value) throw new Error("useWizard outside <App>");
  return value;
}
