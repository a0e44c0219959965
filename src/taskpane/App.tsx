import { Suspense, useEffect, useMemo, useReducer } from "react";
import {
  Button,
  FluentProvider,
  Tab,
  TabList,
  Text,
  Title3,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { ArrowLeft20Regular } from "@fluentui/react-icons/svg/arrow-left";
import { ArrowRight20Regular } from "@fluentui/react-icons/svg/arrow-right";
import type { WorkbookGateway } from "../excel/gateway";
import type { Theme } from "./environment";
import type { Language } from "../i18n";
import { STRINGS } from "../i18n/pane";
import { WizardContext } from "./context";
import { initialState, reducer } from "./state/wizard";
import { STEPS, STEP_COUNT, StepIndex, StepKey } from "./state/steps";
import { nextBlock, reachableSteps } from "./state/navigation";
import { RegionStep } from "./components/RegionStep";
import { Loading } from "./components/Loading";
import { whenIdle } from "./lazyPart";
import { PREFETCHED, STEP_PARTS } from "./parts";
import { openOnWorkbookTable } from "./state/openOnTable";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: "10px",
    gap: "12px",
    maxWidth: "720px",
    // a name the user chose (a table) may be one long word, as Excel allows no spaces in it: in a
    // message it breaks rather than run past the pane's edge (Fluent lays a MessageBar out as a grid,
    // whose column would otherwise widen to the word; the 320 px layout test shows it)
    "& .fui-MessageBarBody": { overflowWrap: "anywhere" },
  },
  header: { display: "flex", flexDirection: "column", gap: "2px" },
  subtitle: { color: tokens.colorNeutralForeground3 },
  tabs: { overflowX: "auto" },
  // at the pane's narrow width the steps wrap onto a second line rather than hide the last one
  tabList: { flexWrap: "wrap", columnGap: "0" },
  body: { flexGrow: 1, display: "flex", flexDirection: "column", gap: "12px" },
  footer: {
    display: "flex",
    flexDirection: "column",
    gap: "4px",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: "8px",
  },
  // the buttons keep their words at 320 px; "Stap 1 van 5" between them wraps if it must
  buttons: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: "8px", "& > button": { flexShrink: 0 } },
  stepOf: { minWidth: 0, textAlign: "center" },
  // why Volgende is disabled: a line of its own under the buttons
  blocked: { color: tokens.colorNeutralForeground2 },
});

export interface AppProps {
  gateway: WorkbookGateway;
  language: Language;
  theme: Theme;
}

/**
 * The scenario wizard: the steps of state/steps.ts (the fifth, Monitor, follows the agreement year by year), state in a reducer, Excel
 * only through `gateway`.
 */
export function App({ gateway, language, theme }: AppProps) {
  const styles = useStyles();
  const [state, dispatch] = useReducer(reducer, undefined, () => initialState());
  const t = STRINGS[language];
  const context = useMemo(() => ({ state, dispatch, gateway, t, language }), [state, gateway, t, language]);
  const keys = STEPS.map((step) => step.key);
  // a step can be entered once everything before it is usable; when Volgende is not, the footer says why
  const reachable = reachableSteps(state, language);
  const blocked = nextBlock(state, language);
  const go = (step: number) => dispatch({ type: "goTo", step: step as StepIndex });
  // the later steps load while the user reads step 1 (a failed fetch is tried again when the step opens)
  useEffect(() => whenIdle(() => PREFETCHED.forEach((part) => void part.preload().catch(() => undefined))), []);
  // a workbook with a Gemeenten table opens on its figures (state/openOnTable.ts)
  useEffect(() => whenIdle(() => void openOnWorkbookTable(gateway, dispatch)), [gateway]);
  // the first step is in the shell; every later one is a lazy part
  const Step = STEP_PARTS[state.step]?.Component ?? RegionStep;

  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} lang={language}>
      <WizardContext.Provider value={context}>
        <main className={styles.root}>
          <header className={styles.header}>
            <Title3 as="h1">{t.appTitle}</Title3>
            <Text size={200} className={styles.subtitle}>
              {t.appSubtitle}
            </Text>
          </header>
          <nav aria-label={t.stepOf(state.step + 1, STEP_COUNT)} className={styles.tabs}>
            <TabList
              size="small"
              className={styles.tabList}
              selectedValue={keys[state.step]}
              onTabSelect={(_, d) => go(keys.indexOf(d.value as StepKey))}
            >
              {keys.map((key, i) => (
                <Tab key={key} value={key} disabled={!reachable[i]} aria-current={state.step === i ? "step" : undefined}>
                  {t.steps[key]}
                </Tab>
              ))}
            </TabList>
          </nav>
          <section className={styles.body} aria-live="polite">
            <Suspense fallback={<Loading />}>
              <Step key={state.step} />
            </Suspense>
          </section>
          <footer className={styles.footer}>
            <div className={styles.buttons}>
              <Button icon={<ArrowLeft20Regular />} disabled={state.step === 0} onClick={() => go(state.step - 1)}>
                {t.back}
              </Button>
              <Text size={200} className={styles.stepOf}>
                {t.stepOf(state.step + 1, STEP_COUNT)}
              </Text>
              <Button
                appearance="primary"
                icon={<ArrowRight20Regular />}
                iconPosition="after"
                disabled={blocked !== null}
                aria-describedby={blocked ? "next-blocked" : undefined}
                onClick={() => go(state.step + 1)}
              >
                {t.next}
              </Button>
            </div>
            {blocked && (
              <Text id="next-blocked" size={200} className={styles.blocked}>
                {t.nextBlocked(blocked)}
              </Text>
            )}
          </footer>
        </main>
      </WizardContext.Provider>
    </FluentProvider>
  );
}
