import { readFileSync } from "fs";
import { join } from "path";
import { matchStatLine, readStatLine } from "../../src/data/source";
import { STEDENDRIEHOEK_2024_PUBLISHED } from "../../src/data/stedendriehoek2024";

// Real StatLine exports copied from public repositories (origin in test/fixtures/statline/README.md).
const FIXTURES = join(__dirname, "..", "fixtures", "statline");
const KERNCIJFERS_2022 = "Regionale_kerncijfers_Nederland_03022022_140149.csv";
const KERNCIJFERS_2020 = "Regionale_kerncijfers_Nederland_31082020_181423.csv";
const fixture = (name: string) => readFileSync(join(FIXTURES, name), "utf8");
const REGION = STEDENDRIEHOEK_2024_PUBLISHED.municipalities;

function figures(name: string): Record<string, number | null> {
  const read = readStatLine(fixture(name), { fileName: name });
  if (!read.ok) throw new Error(read.problem);
  return Object.fromEntries(matchStatLine(read.rows, REGION).map((m) => [m.name, m.value?.kind === "number" ? m.value.value : null]));
}

describe("readStatLine on real exports", () => {
  test("70072ned downloaded 3-2-2022: table, measure, date named; figures as in the file", () => {
    const read = readStatLine(fixture(KERNCIJFERS_2022), { fileName: KERNCIJFERS_2022 });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.table).toEqual({ title: "Regionale kerncijfers Nederland", id: "70072ned" });
    expect(read.measure).toBe("Bevolking/Bevolkingssamenstelling op 1 januari/Totale bevolking (aantal)");
    expect(read.periods).toEqual(["2019"]);
    expect(read.date).toEqual({ nl: "1 januari 2019", en: "1 January 2019" });
    expect(read.year).toBe(2019);
    // the lines of the file, as a person reads them: "  162445" is 162445, a blank is unknown
    const apeldoorn = read.rows.find((r) => r.name === "Apeldoorn");
    expect(apeldoorn?.value).toEqual({ kind: "number", value: 162445 });
    expect(read.rows.find((r) => r.name === "Zwartsluis")?.value.kind).toBe("unknown");
    expect(read.rows.filter((r) => r.value.kind === "refused")).toEqual([]);
  });

  test("the nine Stedendriehoek municipalities are all found in both exports", () => {
    expect(figures(KERNCIJFERS_2022)).toEqual({
      Apeldoorn: 162445,
      Brummen: 20698,
      Deventer: 99957,
      Lochem: 33590,
      Voorst: 24417,
      Zutphen: 47609,
      Epe: 33145,
      Hattem: 12173,
      Heerde: 18546,
    });
    expect(figures(KERNCIJFERS_2020)).toEqual({
      Apeldoorn: 163818,
      Brummen: 20726,
      Deventer: 100719,
      Lochem: 33729,
      Voorst: 24552,
      Zutphen: 47934,
      Epe: 33178,
      Hattem: 12209,
      Heerde: 18589,
    });
  });

  test("a unit header ('aantal') is the count; density and area columns are never taken for it", () => {
    const read = readStatLine(fixture(KERNCIJFERS_2020), { fileName: KERNCIJFERS_2020 });
    if (!read.ok) throw new Error(read.problem);
    expect(read.measure).toBe("aantal");
    expect(read.table.id).toBe("70072ned");
    // the period is all the file says about the date: no "1 januari" is made up
    expect(read.date).toEqual({ nl: "2020", en: "2020" });
  });

  test("CBS disambiguations: 'Hengelo (O.)' for Hengelo (the merged-away 'Hengelo (Gld.)' has no figure), Bergen is ambiguous", () => {
    const read = readStatLine(fixture(KERNCIJFERS_2022));
    if (!read.ok) throw new Error(read.problem);
    const [hengelo, bergen, bergenNH] = matchStatLine(read.rows, ["Hengelo", "Bergen", "Bergen (NH.)"]);
    expect(hengelo).toEqual({ name: "Hengelo", given: "Hengelo (O.)", value: { kind: "number", value: 80683 }, ambiguous: [] });
    expect(bergen.given).toBeNull();
    expect(bergen.ambiguous).toEqual(["Bergen (L.)", "Bergen (NH.)"]);
    expect(bergenNH.value).toEqual({ kind: "number", value: 29974 });
    // CBS spells The Hague "'s-Gravenhage (gemeente)"
    expect(matchStatLine(read.rows, ["'s-Gravenhage"])[0].value).toEqual({ kind: "number", value: 537833 });
    // a region that says "Den Haag" finds it under its official name; the region's own name is kept
    expect(matchStatLine(read.rows, ["Den Haag"])[0]).toEqual({
      name: "Den Haag",
      given: "'s-Gravenhage (gemeente)",
      value: { kind: "number", value: 537833 },
      ambiguous: [],
    });
  });
});

describe("readStatLine: the export's other shapes and bad input", () => {
  // a FORMAT EXAMPLE, not data: the line structure of a StatLine "CSV volgens tabelindeling" export; 1–4 are position
  // markers that tell the rows apart, not population figures
  const titled = [
    '"Bevolkingsontwikkeling; regio per maand"',
    '"";"";"Bevolking aan het begin van de periode";"Bevolking aan het einde van de periode"',
    '"Regio\'s";"Perioden";"aantal";"aantal"',
    '"Epe";"2024 januari";"1";"2"',
    '"Epe";"2024 februari";"3";"4"',
    '"Bron: CBS"',
  ].join("\r\n");

  test("title and label lines: the table by its title, the start-of-period population, the latest month", () => {
    const read = readStatLine(titled);
    if (!read.ok) throw new Error(read.problem);
    expect(read.table).toEqual({ title: "Bevolkingsontwikkeling; regio per maand", id: "37230ned" });
    expect(read.measure).toBe("Bevolking aan het begin van de periode / aantal");
    expect(read.periods).toEqual(["2024 januari", "2024 februari"]);
    expect(read.period).toBe("2024 februari");
    expect(read.date.nl).toBe("1 februari 2024");
    expect(read.rows).toEqual([{ name: "Epe", value: { kind: "number", value: 3 } }]);
    const january = readStatLine(titled, { period: "2024 januari" });
    expect(january.ok && january.rows[0].value).toEqual({ kind: "number", value: 1 });
  });

  test("refused with a reason, never guessed", () => {
    expect(readStatLine("")).toMatchObject({ ok: false, problem: "empty" });
    expect(readStatLine('"Naam";"Waarde"\n"Epe";"1"')).toMatchObject({ ok: false, problem: "noRegionColumn" });
    expect(readStatLine('"Regio\'s";"Oppervlakte (km²)"\n"Epe";"156"')).toMatchObject({
      ok: false,
      problem: "noPopulationColumn",
      labels: ["Regio's", "Oppervlakte (km²)"],
    });
    const ambiguous = readStatLine('"Regio\'s";"Totale bevolking"\n"Epe";"33.145"');
    expect(ambiguous.ok && ambiguous.rows[0].value).toEqual({ kind: "refused", reason: "ambiguous", text: "33.145" });
  });
});
