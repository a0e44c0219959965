import { STEDENDRIEHOEK_2024 } from "../../src/data";
import { DUTCH_FUNCTION_NAMES, displayFormula, dutchFormula } from "../../src/i18n";
import { DEFAULT_SETTINGS, computeScenarios, inputOf } from "../../src/scenario";
import { planJustificationOf, planScenarioSheet } from "../../src/sheets";

describe("a formula as Dutch Excel shows it", () => {
  test.each([
    ['=IF(A1="","",A1)', '=ALS(A1="";"";A1)'],
    ["=SUM(B13:B21)", "=SOM(B13:B21)"],
    [
      '=IF(SUM(Gemeenten[Mutaties sociale huur])=0,"",$B$3/SUM(Gemeenten[Mutaties sociale huur]))',
      '=ALS(SOM(Gemeenten[Mutaties sociale huur])=0;"";$B$3/SOM(Gemeenten[Mutaties sociale huur]))',
    ],
    ['=IF(COUNTIFS(N,$A13,A,0)>0,SUMIF(N,$A13,A),"")', '=ALS(AANTALLEN.ALS(N;$A13;A;0)>0;SOM.ALS(N;$A13;A);"")'],
    ["=IF(ISNUMBER(C5),C5,NA())", "=ALS(ISGETAL(C5);C5;NB())"],
    ['=IF(D4,IFERROR(B4/C4,""),"")', '=ALS(D4;ALS.FOUT(B4/C4;"");"")'],
    ["=SUMPRODUCT((B2:B9>0)*B2:B9)", "=SOMPRODUCT((B2:B9>0)*B2:B9)"],
    ["=THUIS.CAP30(Gemeenten[Mutaties sociale huur],0.3,$B$7)", "=THUIS.CAP30(Gemeenten[Mutaties sociale huur];0,3;$B$7)"],
    ["=THUIS.CARRYOVER(B5:F5,B9:F9,TRUE)", "=THUIS.CARRYOVER(B5:F5;B9:F9;WAAR)"],
    ["=if(a1,1.5e3,false)", "=ALS(a1;1,5e3;ONWAAR)"],
  ])("%s → %s", (english, dutch) => expect(dutchFormula(english)).toBe(dutch));

  test("text, sheet names and structured references are left exactly as written", () => {
    expect(dutchFormula('=IF(A1="IF(a,b) 0.5","SUM, 1.5",A1)')).toBe('=ALS(A1="IF(a,b) 0.5";"SUM, 1.5";A1)');
    expect(dutchFormula('=IF(A1="say ""a,b""",1,2)')).toBe('=ALS(A1="say ""a,b""";1;2)');
    expect(dutchFormula("=SUM('Blad 1, 2.0'!B3:B5,Tabel[[#Totalen],[Kolom, 1.5]])")).toBe(
      "=SOM('Blad 1, 2.0'!B3:B5;Tabel[[#Totalen],[Kolom, 1.5]])",
    );
  });

  test("English Excel shows what is written", () => {
    expect(displayFormula('=IF(A1="","",SUM(B1:B3))', "en")).toBe('=IF(A1="","",SUM(B1:B3))');
  });

  const model = computeScenarios(
    inputOf(STEDENDRIEHOEK_2024.municipalities),
    { ...DEFAULT_SETTINGS, adjust: { base: "A" }, key: { columns: ["population", "lettingsSocial"], factors: [0.5, 0.5] } },
    2024,
  );
  const planOf = (language: "nl" | "en") =>
    planScenarioSheet({ model, tableName: "Gemeenten", region: "Regio Stedendriehoek", sources: STEDENDRIEHOEK_2024.sources, language });

  test("every function the scenario sheet writes has its Dutch name in the table (none would stay English)", () => {
    const formulas = planOf("nl")
      .cells.flat()
      .filter((c): c is string => typeof c === "string" && c.startsWith("="));
    expect(formulas.length).toBeGreaterThan(10);
    const used = new Set(formulas.flatMap((f) => [...f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1])));
    expect([...used].filter((name) => !name.startsWith("THUIS.") && !(name in DUTCH_FUNCTION_NAMES))).toEqual([]);
    expect([...used].filter((name) => !name.startsWith("THUIS."))).toEqual(expect.arrayContaining(["IF", "SUM", "SUMPRODUCT", "TRIM"]));
  });

  test("the Verantwoording shows each column's formula as Dutch Excel does; the English one as written", () => {
    const context = { region: "Regio Stedendriehoek", sources: STEDENDRIEHOEK_2024.sources, version: "0", date: "2026-11-26" };
    const texts = (language: "nl" | "en") =>
      planJustificationOf(model, planOf(language), { ...context, language })
        .cells.flat()
        .filter((c): c is string => (typeof c === "string" && c.startsWith("THUIS.")) || (typeof c === "string" && /^(IF|ALS)\(/.test(c)));
    const nl = texts("nl");
    expect(nl.length).toBeGreaterThan(3);
    // a comma between two digits is the Dutch decimal comma (0,5); any other comma would be an English separator
    expect(nl.filter((f) => /\bIF\(|\bSUMIF\(|(?<!\d),|,(?!\d)/.test(f.replace(/"[^"]*"|\[[^\]]*\]/g, "")))).toEqual([]);
    expect(nl).toContainEqual(
      expect.stringMatching(/^ALS\(\(SOMPRODUCT\(\(SPATIES\.WISSEN\(SUBSTITUEREN\(Correcties\[Gemeente\];TEKEN\(160\);" "\)\)/),
    );
    expect(texts("en")).toContainEqual(
      expect.stringMatching(/^IF\(\(SUMPRODUCT\(\(TRIM\(SUBSTITUTE\(Correcties\[Gemeente\],CHAR\(160\)," "\)\)/),
    );
  });
});
