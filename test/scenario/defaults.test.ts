import { adjust } from "../../src/engine/adjust";
import { CAP_SHARE, MAX_YEARS, MIN_SHARE, readYears } from "../../src/engine";
import { DEFAULT_THRESHOLDS } from "../../src/engine/monitor";
import { DEFAULT_END_YEAR, DEFAULT_SETTINGS, LIMITS, correctionProblems, withdrawalFromDraft } from "../../src/scenario";
import { monitorRequestOf } from "../../src/taskpane/state/monitor";
import { percent, settingsOf } from "../../src/taskpane/state/derive";
import { initialState } from "../../src/taskpane/state/wizard";

/**
 * Defaults and limits are defined once (issue 18 item 3): the pane starts from the scenario's
 * defaults, which are the engine's, and checks the engine's limits — never its own numbers.
 */
test("the pane's initial state is the scenario defaults, which are the engine's", () => {
  expect([DEFAULT_SETTINGS.capShare, DEFAULT_SETTINGS.minShare]).toEqual([CAP_SHARE, MIN_SHARE]);
  const state = initialState();
  const { settings, errors } = settingsOf(state);
  expect(errors).toEqual({});
  expect(settings).toMatchObject({
    capShare: DEFAULT_SETTINGS.capShare,
    minShare: DEFAULT_SETTINGS.minShare,
    rounding: DEFAULT_SETTINGS.rounding,
    method: DEFAULT_SETTINGS.method,
    solidarity: DEFAULT_SETTINGS.solidarity,
    growth: { endYear: DEFAULT_END_YEAR },
  });
  expect(DEFAULT_SETTINGS.growth?.endYear).toBe(DEFAULT_END_YEAR);
  expect(state.monitor.endYear).toBe(String(DEFAULT_END_YEAR));
  expect([percent(state.monitor.onTrack), percent(state.monitor.behind)]).toEqual([DEFAULT_THRESHOLDS.onTrack, DEFAULT_THRESHOLDS.behind]);
});

test("the growth path: the pane accepts exactly the years the engine accepts", () => {
  expect(LIMITS.maxYears).toBe(MAX_YEARS);
  const state = initialState();
  const start = Number(state.year);
  const ok = settingsOf({ ...state, growthEnd: String(start + MAX_YEARS) });
  const tooLong = settingsOf({ ...state, growthEnd: String(start + MAX_YEARS + 1) });
  expect(ok.errors.growthEnd).toBeUndefined();
  expect(() => readYears(start, start + MAX_YEARS)).not.toThrow();
  expect(tooLong.errors.growthEnd).toBe("year");
  expect(() => readYears(start, start + MAX_YEARS + 1)).toThrow();
  const monitor = (endYear: number) =>
    monitorRequestOf({ ...state.monitor, endYear: String(endYear) }, "Verdeling 2024", "Regio", "nl", false).errors.endYear;
  expect(monitor(start + MAX_YEARS)).toBeUndefined();
  expect(monitor(start + MAX_YEARS + 1)?.nl).toContain(`${MAX_YEARS} jaar`);
});

test("a correction: the pane accepts exactly the amounts THUIS.ADJUST accepts", () => {
  const draft = (amount: number) => ({ name: "Epe", amount: String(amount), reason: "r", decidedBy: "PHO", date: "2026-11-30" });
  expect(correctionProblems(draft(LIMITS.maxCount), ["Epe"]).amount).toBeUndefined();
  expect(correctionProblems(draft(-LIMITS.maxCount), ["Epe"]).amount).toBeUndefined();
  expect(correctionProblems(draft(LIMITS.maxCount + 1), ["Epe"]).amount?.nl).toContain("1.000.000.000");
  expect(() => adjust([0, LIMITS.maxCount], [LIMITS.maxCount, null])).not.toThrow();
  expect(() => adjust([0, LIMITS.maxCount + 1], [LIMITS.maxCount + 1, null])).toThrow();
});

test("a withdrawal is recorded only with who decided it and when (the rule lives in the corrections model)", () => {
  const line = { name: "Epe", amount: 20, reason: "bouw", decidedBy: "PHO", date: "2026-01-01" };
  expect(withdrawalFromDraft(line, { decidedBy: " ", date: "2026-11-30" }, "nl")).toBeNull();
  expect(withdrawalFromDraft(line, { decidedBy: "PHO", date: "" }, "nl")).toBeNull();
  expect(withdrawalFromDraft(line, { decidedBy: " PHO ", date: "2026-11-30" }, "nl")).toEqual({
    name: "Epe",
    amount: -20,
    reason: "Intrekking van: bouw (2026-01-01)",
    decidedBy: "PHO",
    date: "2026-11-30",
  });
});
