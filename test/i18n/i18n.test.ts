import {
  EXPLANATIONS,
  LANGUAGES,
  booleanText,
  chartTypeName,
  detectLanguage,
  fillTemplate,
  formatNumber,
  isoDateText,
  listText,
  localeOf,
  message,
  ordinal,
  percentText,
} from "../../src/i18n";

describe("one language, detected once", () => {
  test.each([
    ["en-US", "en"],
    ["EN-gb", "en"],
    ["en", "en"],
    ["nl-NL", "nl"],
    ["nl-BE", "nl"],
    ["de-DE", "nl"],
    ["", "nl"],
    [null, "nl"],
    [undefined, "nl"],
  ])("%p → %p (Dutch unless Office runs in English)", (tag, language) => expect(detectLanguage(tag)).toBe(language));
  test("locales for Intl", () => expect(LANGUAGES.map(localeOf)).toEqual(["nl-NL", "en-GB"]));
});

describe("the message function", () => {
  test("fills every placeholder, leaves an unknown one visible", () => {
    expect(fillTemplate("{n} van {total} ({n})", { n: 3, total: 1170n })).toBe("3 van 1170 (3)");
    expect(fillTemplate("{missing} blijft", {})).toBe("{missing} blijft");
  });
  test("a catalogue in both languages with the same keys", () => {
    expect(Object.keys(EXPLANATIONS.en).sort()).toEqual(Object.keys(EXPLANATIONS.nl).sort());
    expect(message(EXPLANATIONS, "nl", "item", { n: 3 })).toBe("nr. 3");
    expect(message(EXPLANATIONS, "en", "rounding.round")).not.toBe(message(EXPLANATIONS, "nl", "rounding.round"));
  });
});

describe("the formatters", () => {
  test("numbers exactly as they are, one minus sign (ASCII, as typed and as Excel shows)", () => {
    expect(formatNumber(-1234.5, "nl")).toBe("-1.234,5");
    expect(formatNumber(-1234.5, "en")).toBe("-1,234.5");
    expect(formatNumber(-21878n, "nl")).toBe("-21.878");
    expect(formatNumber(2035, "nl", false)).toBe("2035");
    expect(formatNumber(0.1 + 0.2, "nl")).toBe("0,30000000000000004");
  });
  test("percentages at a chosen precision, exact for decimal shares", () => {
    expect(percentText(0.07, "nl")).toBe("7%");
    expect(percentText(0.125, "nl")).toBe("12,5%");
    expect(percentText(0.125, "en")).toBe("12.5%");
    expect(percentText(0.4567, "nl", 0)).toBe("46%");
    expect(percentText(0.4567, "en", 1)).toBe("45.7%");
  });
  test("lists, ordinals, logicals and dates", () => {
    expect(listText(["Epe", "Hattem", "Heerde"], "nl")).toBe("Epe, Hattem en Heerde");
    expect(listText(["Epe", "Hattem"], "en")).toBe("Epe and Hattem");
    expect(listText(["Epe"], "en")).toBe("Epe");
    expect([1, 2, 3, 11, 12, 13, 21, 112].map((n) => ordinal(n, "en"))).toEqual([
      "1st",
      "2nd",
      "3rd",
      "11th",
      "12th",
      "13th",
      "21st",
      "112th",
    ]);
    expect(ordinal(3, "nl")).toBe("3e");
    expect([booleanText(true, "nl"), booleanText(false, "nl"), booleanText(true, "en")]).toEqual(["WAAR", "ONWAAR", "TRUE"]);
    expect(isoDateText("2026-11-26", "nl")).toBe("26-11-2026");
    expect(isoDateText("2026-11-26T10:00", "en")).toBe("2026-11-26");
    expect(isoDateText("gisteren", "nl")).toBe("gisteren");
  });
});

test("a chart type as Excel names it to the user, not the API's name", () => {
  expect(chartTypeName("BarClustered", "nl")).toBe("gegroepeerde staaf");
  expect(chartTypeName("BarClustered", "en")).toBe("clustered bar");
  expect(chartTypeName("Line", "nl")).toBe("lijn");
  expect(chartTypeName("Pie", "nl")).toBe("Pie");
});
