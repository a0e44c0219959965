/** The pane follows Office's theme and language; outside Office it is Dutch and light. */
import { isDark, officeEnvironment } from "../../src/taskpane/environment";
import { freeName } from "../../src/excel/gateway";

test("dark Office backgrounds are recognised", () => {
  expect(isDark("#1f1f1f")).toBe(true);
  expect(isDark("#ffffff")).toBe(false);
  expect(isDark("#F3F2F1")).toBe(false);
  expect(isDark("not a colour")).toBe(false);
});

test("language and theme come from Office.context", () => {
  (globalThis as unknown as { Office: unknown }).Office = {
    context: { displayLanguage: "en-GB", officeTheme: { bodyBackgroundColor: "#262626" } },
  };
  expect(officeEnvironment()).toEqual({ language: "en", theme: "dark" });
  (globalThis as unknown as { Office: unknown }).Office = {
    context: { displayLanguage: "nl-NL", officeTheme: { bodyBackgroundColor: "#ffffff" } },
  };
  expect(officeEnvironment()).toEqual({ language: "nl", theme: "light" });
  delete (globalThis as unknown as { Office?: unknown }).Office;
  expect(officeEnvironment()).toEqual({ language: "nl", theme: "light" });
});

test("a free sheet name is offered when the name is taken (case-insensitive)", () => {
  expect(freeName("Verdeling 2024", ["Blad1"])).toBe("Verdeling 2024");
  expect(freeName("Verdeling 2024", ["verdeling 2024", "Verdeling 2024 (2)"])).toBe("Verdeling 2024 (3)");
});
