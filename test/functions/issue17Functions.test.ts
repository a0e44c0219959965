/**
 * Issue 17, Functions (design §2): GROWTHPATH refuses fractional start or target with a message,
 * also beside a blank partner; a blended FAIRSHARE with every row blank is #DIV/0! like the
 * single-key case; a typed -0 never reaches the cached values of a sheet as −0.
 */
import { GROWTHPATH, FAIRSHARE } from "../../src/functions/wrappers";
import { toExcelError } from "../../src/functions/errors";
import { STEDENDRIEHOEK_2024, toMunicipalities } from "../../src/data";
import { DEFAULT_SETTINGS, computeScenarios, inputOf } from "../../src/scenario";
import { planScenarioSheet } from "../../src/sheets";
import { evaluateWorkbook } from "../../src/preview/formulas";
import { WorkbookModel } from "../../src/preview/workbookModel";

const failure = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return toExcelError(e, "nl");
  }
  throw new Error("no error");
};

test("17.functions GROWTHPATH(3,5;10;2024;2025) is #VALUE! with a message, also when the partner cell is blank", () => {
  expect(failure(() => GROWTHPATH(3.5, 10, 2024, 2025))).toEqual({
    code: "invalidValue",
    message: "beginwaarde moet een geheel aantal zijn (3,5)",
  });
  expect(failure(() => GROWTHPATH([[1], [null]], [[2], [2.5]], 2024, 2025))).toEqual({
    code: "invalidValue",
    message: "rij 2: doelwaarde moet een geheel aantal zijn (2,5)",
  });
  expect(failure(() => GROWTHPATH([[null], [7.25]], [[4], [null]], 2024, 2025)).message).toBe(
    "rij 2: beginwaarde moet een geheel aantal zijn (7,25)",
  );
  expect(GROWTHPATH([[null], [3]], [[4], [10]], 2024, 2025)).toEqual([
    ["", ""],
    [3, 10],
  ]);
});

test("17.functions a blended FAIRSHARE whose every row is blank is #DIV/0!, as the single-key case", () => {
  const single = failure(() => FAIRSHARE(10, [[null], [null]], null));
  const blended = failure(() =>
    FAIRSHARE(
      10,
      [
        [null, 1],
        [2, null],
      ],
      null,
      [[0.5, 0.5]],
    ),
  );
  expect(single.code).toBe("divisionByZero");
  expect(blended.code).toBe("divisionByZero");
});

test("17.functions a typed -0 reaches no cached sheet value as −0", () => {
  const municipalities = toMunicipalities(
    STEDENDRIEHOEK_2024.municipalities.map((m, i) => (i === 1 ? { ...m, realised: -0, lettingsCheap: -0, origin: null } : m)),
  );
  const model = computeScenarios(inputOf(municipalities), { ...DEFAULT_SETTINGS, adjust: null }, 2024);
  const plan = planScenarioSheet({ model, tableName: "Gemeenten", region: "R", sources: STEDENDRIEHOEK_2024.sources, language: "nl" });
  const negativeZeros = plan.values.flatMap((row, r) => row.flatMap((v, c) => (Object.is(v, -0) ? [[r, c]] : [])));
  expect(negativeZeros).toEqual([]);
  expect(plan.values[plan.dataRow + 1][plan.scenarioColumns.find((c) => c.key === "B")!.column]).toBe(0);
  // the preview's ROUND of a small negative number shows 0, not −0
  const wb = new WorkbookModel(["Blad1"]);
  wb.put("Blad1", "A1", [["=ROUND(-0.2,0)"]]);
  wb.sheet("Blad1")!.set(0, 0, { value: "", formula: "=ROUND(-0.2,0)" });
  expect(Object.is(evaluateWorkbook(wb).get("Blad1", 0, 0), 0)).toBe(true);
});
