import { STEDENDRIEHOEK_2024 } from "../../src/data";
import { createExcelGateway } from "../../src/excel/gateway";
import { freeName } from "../../src/excel/ownership";
import { sheetNameProblem } from "../../src/sheets/sheetNames";
import { AdapterError } from "../../src/excel/types";
import { DEFAULT_SETTINGS } from "../../src/scenario";
import { installFakeExcel } from "../fake-excel/fakeExcel";
import { WorkbookModel } from "../fake-excel/model";

test.each([
  ["", "empty", "Geef het blad een naam."],
  ["   ", "empty", "Geef het blad een naam."],
  ["a/b:c*", "badCharacter", "Een bladnaam mag deze tekens niet bevatten: /\u00a0:\u00a0*"],
  ["Verdeling [concept]", "badCharacter", "Een bladnaam mag deze tekens niet bevatten: [\u00a0]"],
  ["x".repeat(45), "tooLong", "Een bladnaam heeft hoogstens 31 tekens; deze heeft er 45."],
  ["'Verdeling", "apostrophe", "Een bladnaam mag niet met een apostrof (') beginnen of eindigen."],
  ["history", "reserved", "'History' is in Excel gereserveerd; kies een andere naam."],
])("%j breaks Excel's naming rules: %s", (name, kind, nl) => {
  expect(sheetNameProblem(name)).toMatchObject({ kind, nl });
});

test("the refused characters are one unbreakable group (no-break spaces), so a narrow pane never wraps them apart", () => {
  const problem = sheetNameProblem("Verdeling/2024:*")!;
  expect(problem.nl.split(": ")[1]).toBe("/\u00a0:\u00a0*");
  expect(problem.en).toBe("A sheet name cannot contain these characters: /\u00a0:\u00a0*");
  expect(problem.nl.replace(/\u00a0/g, " ")).toBe("Een bladnaam mag deze tekens niet bevatten: / : *");
});

test("allowed names, and a name already taken in another case", () => {
  expect(sheetNameProblem("Verdeling 2024")).toBeNull();
  expect(sheetNameProblem("x".repeat(31))).toBeNull();
  expect(sheetNameProblem("Regio's verdeling")).toBeNull();
  expect(sheetNameProblem("blad1", ["Blad1"])?.kind).toBe("taken");
});

test("a suggested free name is free and within 31 characters", () => {
  expect(freeName("Verdeling 2024", ["verdeling 2024", "Verdeling 2024 (2)"])).toBe("Verdeling 2024 (3)");
  const long = "x".repeat(31);
  const free = freeName(long, [long]);
  expect(free).toHaveLength(31);
  expect(sheetNameProblem(free, [long])).toBeNull();
});

test.each(["", "a/b:c*", "x".repeat(45)])("the gateway refuses %j before Excel is called: nothing written", async (sheetName) => {
  const model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
  const gateway = createExcelGateway();
  await gateway.writeMunicipalityTable(STEDENDRIEHOEK_2024);
  const before = model.snapshot();
  const syncs = model.syncCount;
  const request = {
    sheetName,
    tableName: "Gemeenten",
    settings: DEFAULT_SETTINGS,
    region: "R",
    year: 2024,
    sources: STEDENDRIEHOEK_2024.sources,
    replaceOwnSheet: false,
    language: "nl" as const,
  };
  const error = await gateway.writeScenarioSheet(request).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AdapterError);
  expect((error as AdapterError).info.kind).toBe("badSheetName");
  expect(model.snapshot()).toEqual(before);
  expect(model.syncCount).toBe(syncs);
  expect(await gateway.sheetStatus(sheetName, "scenario")).toBe("invalid");
});
