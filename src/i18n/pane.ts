/**
 * Every string the pane shows, in Dutch (default) and English. Both catalogues have the same
 * keys (checked by the type), so a missing translation is a compile error.
 */
import { listText } from "./format";
import type { Language } from "./language";
/**
 * Why *Volgende* is disabled (navigation.ts decides, the pane's strings say it in words): a type of
 * its own so that the strings need not import the navigation, which imports the list of steps and,
 * through it, every step.
 */
export type NextBlock =
  | { kind: "readTable" }
  | { kind: "noTable" }
  | { kind: "emptyTable" }
  | { kind: "noNames" }
  /** A region's own range was read, but the mapping finds no municipality rows (no header, or no name column chosen). */
  | { kind: "noMappedRows" }
  | { kind: "dataProblems"; count: number }
  | { kind: "settings" }
  /** The settings are valid but the scenario cannot be computed (e.g. a blended key on an empty column): the reason in words. */
  | { kind: "scenario"; text: string }
  | { kind: "last" };

const nl = {
  appTitle: "Verdeelwijzer",
  appSubtitle: "Eerlijke verdeling van urgente aandachtsgroepen",
  steps: { region: "Regio", data: "Gegevens", scenario: "Scenario", result: "Resultaat", monitor: "Monitor" },
  stepOf: (k: number, n: number) => `Stap ${k} van ${n}`,
  back: "Terug",
  next: "Volgende",
  /** while a step's code loads (rarely seen: the steps are fetched while step 1 is read) */
  loading: "Laden…",
  nextBlocked: (b: NextBlock): string => {
    switch (b.kind) {
      case "readTable":
        return "Volgende kan pas als de tabel is ingelezen: kies 'Tabel inlezen'.";
      case "noTable":
        return "Volgende kan pas met een gemeentetabel, en die is niet gevonden. Kies de ingebouwde data of een lege regio.";
      case "emptyTable":
        return "Volgende kan pas als de tabel gemeenten bevat; de ingelezen tabel is leeg.";
      case "noNames":
        return "Volgende kan pas als er minstens één gemeente is ingevuld.";
      case "noMappedRows":
        return "Volgende kan pas als de koppeling gemeenten vindt: kies hieronder de kolom met de gemeentenamen.";
      case "dataProblems":
        return (
          `Volgende kan pas als ${b.count === 1 ? "het probleem" : `de ${b.count} problemen`} hierboven ` +
          `${b.count === 1 ? "is" : "zijn"} opgelost.`
        );
      case "settings":
        return "Volgende kan pas als de rood gemarkeerde velden zijn verbeterd.";
      case "scenario":
        return `Volgende kan nog niet: ${b.text}`;
      case "last":
        return "Dit is de laatste stap.";
    }
  },
  region: {
    intro: "Waar begint u mee? Alle uitkomsten zijn hele woningen die precies optellen.",
    embedded: "Regio Stedendriehoek 2024 (ingebouwd)",
    embeddedHint: "De cijfers uit de slides van 13-04-2026; mutaties zijn gereconstrueerd.",
    workbook: "Tabel in deze werkmap",
    workbookHint: "Lees een bestaande gemeentetabel (Nederlandse of Engelse kolomkoppen).",
    empty: "Lege regio",
    emptyHint: "Typ of plak de namen van de gemeenten, één per regel.",
    regionName: "Naam van de regio",
    regionNameRequired: "Vul de naam van de regio in: die staat boven elk blad.",
    names: "Gemeenten (één per regel)",
    year: "Peiljaar",
    read: "Tabel inlezen",
    noTable: "Geen gemeentetabel gevonden in deze werkmap. Kies de ingebouwde data of een lege regio.",
    tableRead: (name: string, n: number) => `Tabel '${name}' ingelezen: ${n} gemeenten.`,
    openedOnTable: (name: string, n: number, embedded: string) =>
      `Deze werkmap heeft al een tabel '${name}'. Het venster rekent met de cijfers daaruit (${n} gemeenten). ` +
      `Wilt u met de ingebouwde cijfers beginnen, kies dan '${embedded}'.`,
    tableOffered: (name: string) =>
      `Deze werkmap heeft een tabel '${name}' met gemeenten en cijfers. Het venster rekent nu met de ingebouwde cijfers.`,
    readOffered: "Met deze tabel rekenen",
    namesRequired: "Vul minstens één gemeente in.",
  },
  data: {
    intro: "Controleer de gegevens per gemeente. Leeg betekent onbekend; 0 betekent nul.",
    municipality: "Gemeente",
    columns: {
      population: "Inwonertal",
      lettingsSocial: "Mutaties sociale huur",
      lettingsCheap: "Mutaties tot 1e aftoppingsgrens",
      realised: "Realisatie",
      origin: "Herkomst",
      stock: "Woningvoorraad",
    },
    source: "Bron",
    reconstructed: "gereconstrueerd",
    problems: (n: number) => (n === 1 ? "1 probleem" : `${n} problemen`),
    warnings: (n: number) => (n === 1 ? "1 waarschuwing" : `${n} waarschuwingen`),
    outlier: (name: string, column: string, value: number, median: number) =>
      `${name}: ${column} is ${value}, terwijl de andere gemeenten rond ${median} zitten. Ontbreken hier gegevens? Laat de cel dan leeg.`,
    goToCell: "Ga naar cel",
    fixFirst: "Los eerst de problemen op.",
    blank: "leeg",
    readAs: (value: string) => `gelezen als ${value}`,
    readAsTitle: "Zo gelezen",
    readAsIntro:
      "Een punt tussen groepen van drie cijfers lezen we als duizendtal: 1.170 is 1170. Een komma is een decimaalteken: 12,5. Klopt het " +
      "niet, pas de cel dan aan.",
    readAsItem: (name: string, column: string, typed: string, value: string) => `${name}, ${column}: '${typed}' gelezen als ${value}`,
  },
  scenario: {
    intro: "Stel het scenario in. De voorvertoning rekent direct mee; er wordt nog niets geschreven.",
    needKind: "Regionale opgave als",
    needNumber: "aantal huishoudens",
    needShare: "aandeel van de mutaties sociale huur",
    needShareValue: "Aandeel (%)",
    needResult: (need: number, pct: string) => `Opgave: ${need} huishoudens = ${pct} van de mutaties sociale huur`,
    roundings: { round: "Afronden (half naar boven)", down: "Naar beneden (nooit boven het plafond)", up: "Naar boven" },
    methods: {
      hamilton: "Grootste rest (Hamilton): iedereen het hele deel, de rest naar de grootste restjes.",
      webster: "Sainte-Laguë (Webster): evenwichtig tussen grote en kleine gemeenten.",
      dhondt: "D'Hondt (Jefferson): iets gunstiger voor grote gemeenten.",
    },
    solidarity: "Solidariteit: wat een gemeente niet kan plaatsen gaat naar gemeenten met ruimte",
    growth: "Groeipad tot",
    preview: "Voorvertoning",
    scenarioCol: "Scenario",
    total: "Totaal",
    notPlaced: "Niet geplaatst",
    percentInvalid: "Vul een percentage tussen 0 en 100 in.",
    needInvalid: "Vul een heel aantal van 0 of meer in.",
    yearInvalid: (maxYears: number) => `Vul een jaartal in, niet vóór het peiljaar en hoogstens ${maxYears} jaar later.`,
    sheetName: "Naam van het scenarioblad",
    key: "Verdeelsleutel voor A",
    keyIntro:
      "Verdeel naar meer dan het inwonertal: geef per kolom een percentage; samen 100%. Elke kolom wordt eerst gedeeld door haar eigen " +
      "totaal.",
    keySum: (sum: string) => `Samen ${sum}%`,
    keySumInvalid: "De percentages moeten samen precies 100% zijn.",
    keyCompare: "Naar inwonertal en naar sleutel",
    keyPopulation: "Inwonertal",
    keyBlended: "Sleutel",
    keyDifference: "Verschil",
  },
  perMunicipality: {
    title: "Per gemeente",
    intro: (ref: string) =>
      `Wat elke gemeente per scenario opvangt, met het verschil met het eerlijke deel ${ref}. Rood: minder dan ${ref}. Schuif de tabel ` +
      `opzij voor meer scenario's.`,
    municipality: "Gemeente",
    unknown: "onbekend",
    range: (low: number, high: number) => `bij de drie verdeelmethoden tussen ${low} en ${high}`,
    difference: (d: number, ref: string) => (d < 0 ? `${-d} minder dan ${ref}` : d > 0 ? `${d} meer dan ${ref}` : `gelijk aan ${ref}`),
    equal: (ref: string) => `= ${ref}`,
    short: (ref: string) => `Minder dan ${ref}`,
    shortCount: (k: number, n: number) => `${k} van ${n}`,
    changed: (was: string) => `was ${was}`,
    changedLegend: (was: string) =>
      `Geel met 'was ${was}': het getal is veranderd door wat u wijzigde sinds deze tabel verscheen; ${was} stond er eerst. Zet u het ` +
      `terug, dan verdwijnt de markering.`,
    pick: "Toon gemeente",
    chart: (name: string, ref: string) => `${name}: scenario's naast het eerlijke deel ${ref}`,
    chartReference: (ref: string, value: string) => `streep: ${ref} = ${value}`,
    scrollRegion: "Tabel per gemeente, horizontaal te schuiven",
  },
  result: {
    intro: "Schrijf het scenarioblad met levende THUIS-formules, totalen, 'niet geplaatst', groeipad en grafiek.",
    write: "Scenarioblad maken",
    update: "Scenarioblad bijwerken",
    writing: "Bezig met schrijven…",
    written: (sheet: string) => `Klaar: blad '${sheet}' is geschreven.`,
    updated: (sheet: string) => `Klaar: blad '${sheet}' is bijgewerkt.`,
    stale: (sheet: string) =>
      `Het blad '${sheet}' toont nog de vorige cijfers: u hebt gegevens of instellingen gewijzigd nadat het is geschreven. Werk het ` +
      `blad bij, dan komt de werkmap weer overeen met dit venster.`,
    staleGoTo: "Naar Resultaat om bij te werken",
    goToSheet: "Ga naar blad",
    confirmTitle: "Blad bijwerken?",
    confirmBody: (sheet: string) =>
      `Het blad '${sheet}' is eerder door Verdeelwijzer gemaakt. Bijwerken vervangt de formules en de grafiek op dat blad. Andere ` +
      `bladen blijven ongemoeid.`,
    confirmYes: "Bijwerken",
    confirmTableTitle: "Cijfers in de tabel vervangen?",
    confirmTableBody: (table: string) =>
      `In de tabel '${table}' zijn cijfers veranderd sinds Verdeelwijzer ze schreef. Doorgaan vervangt ze door de cijfers in dit ` +
      `venster. Wilt u met de cijfers uit de werkmap verder, kies dan in stap 1 'Tabel in deze werkmap'.`,
    confirmTableYes: "Vervangen",
    cancel: "Annuleren",
    useName: (name: string) => `Gebruik '${name}'`,
    need: "Opgave",
    placed: "Geplaatst",
    notPlaced: "Niet geplaatst",
    byHand: "Zelf gebruiken in uw eigen werkmap",
    byHandIntro: "Dezelfde berekeningen als formules (Nederlandse Excel gebruikt ; tussen argumenten):",
    unsupported: "Deze Excel mist onderdelen voor het schrijven van het blad:",
    taking: (k: number, n: number) => `${k} van ${n} gemeenten doen mee`,
    valuesCopy: "Kopie met waarden",
    valuesCopyHint:
      "Voor lezers zonder Verdeelwijzer (bijvoorbeeld raadsleden): het scenarioblad, de Verantwoording en de Monitor als bladen met " +
      "alleen de getallen, gemarkeerd als kopie met datum en bron.",
    valuesCopied: (sheets: string[]) =>
      sheets.length === 1
        ? `Klaar: kopie met waarden op blad '${sheets[0]}'.`
        : `Klaar: kopieën met waarden op de bladen ${listText(
            sheets.map((s) => `'${s}'`),
            "nl",
          )}.`,
    corrections: "Correcties",
    correctionsIntro:
      "Lokale correcties die de regio heeft afgesproken. Elke correctie komt met reden in de tabel 'Correcties' (niets wordt gewist; " +
      "intrekken is een nieuwe regel). Het regiototaal blijft gelijk: de kolom 'Na correcties' verdeelt het verschil over de andere " +
      "gemeenten.",
    correctionMunicipality: "Gemeente van de correctie",
    correctionAmount: "Correctie (woningen, bijv. -20)",
    correctionReason: "Reden",
    correctionDecidedBy: "Besloten door",
    correctionDate: "Datum besluit",
    correctionBase: "Correcties op scenario",
    correctionRecord: "Correctie vastleggen",
    correctionWithdraw: "Intrekken",
    correctionIgnored: (problem: string) => `Deze regel telt niet mee, ook niet op het blad: ${problem}.`,
    correctionWithdrawn: "Ingetrokken",
    correctionIsWithdrawal: "Intrekking",
    withdrawTitle: "Correctie intrekken?",
    withdrawBody: (line: string) =>
      `${line} wordt ingetrokken met een nieuwe, tegengestelde regel in de tabel 'Correcties'; niets wordt gewist. Wie besloot tot het ` +
      `intrekken, en wanneer?`,
    withdrawYes: "Intrekken",
    withdrawNo: "Annuleren",
    withdrawAlready: "Deze correctie was al ingetrokken; er is niets toegevoegd.",
    correctionRecorded: "Vastgelegd in de tabel 'Correcties'. Werk het scenarioblad bij om 'Na correcties' te zien.",
    correctionNone: "Nog geen correcties vastgelegd.",
    correctionAfter: (name: string, before: number, after: number) => `${name}: ${before} → ${after} na correcties`,
  },
  monitor: {
    intro: (scenario: string) =>
      `Volg de afspraak jaar voor jaar: de opgave per gemeente komt uit het groeipad op blad '${scenario}'. Vul elk jaar de realisatie ` +
      `in; het blad rekent de achterstand en de status.`,
    setup: "Monitor instellen",
    sheetName: "Naam van het monitorblad",
    startYear: "Beginjaar",
    endYear: "Eindjaar",
    onTrack: "Op koers vanaf (% van de cumulatieve opgave)",
    behind: "Achter vanaf (%; daaronder ver achter)",
    allowCredit: "Meer dan de opgave telt mee voor latere jaren (tegoed)",
    create: "Monitor maken",
    update: "Monitor bijwerken",
    writing: "Bezig…",
    written: (sheet: string, kept: number) =>
      `Klaar: blad '${sheet}' is ` +
      `geschreven${
        kept === 1 ? "; 1 ingevuld realisatiecijfer is behouden" : kept > 1 ? `; ${kept} ingevulde realisatiecijfers zijn behouden` : ""
      }.`,
    dropped: (n: number) => `${n} realisatiecijfers vallen buiten de nieuwe monitor (andere gemeenten of jaren) en zijn niet overgenomen.`,
    confirmTitle: "Monitor bijwerken?",
    confirmBody: (sheet: string) =>
      `Het blad '${sheet}' is eerder door Verdeelwijzer gemaakt. Bijwerken vervangt de formules en de grafiek; ingevulde ` +
      `realisatiecijfers blijven staan.`,
    confirmYes: "Bijwerken",
    cancel: "Annuleren",
    useName: (name: string) => `Gebruik '${name}'`,
    enterTitle: "Realisatie van één jaar invoeren",
    year: "Jaar van de realisatie",
    yearInvalid: "Vul een jaartal in.",
    pasted: "Realisatie per gemeente (plak een kolom 'gemeente ⇥ aantal' uit een andere werkmap, of typ per regel)",
    pastedHint:
      "Leeg = nog niet bekend (de cel blijft zoals hij is), 0 = niets gerealiseerd. Namen worden herkend zonder hoofdletters, accenten " +
      "of 'Gemeente'.",
    fillNames: "Namen invullen",
    enter: "Realisatie invoeren",
    entered: (year: string, n: number) => `Klaar: realisatie ${year} ingevuld voor ${n} ${n === 1 ? "gemeente" : "gemeenten"}.`,
    missing: (names: string) => `Niet in de invoer (ongewijzigd): ${names}.`,
    headerSkipped: "De eerste regel is als kop overgeslagen.",
    problemsTitle: "Niets ingevuld. Verbeter de invoer:",
    overwriteTitle: (year: string) => `Voor ${year} is al realisatie ingevuld. Overschrijven? Oud → nieuw:`,
    overwriteYes: "Overschrijven",
    overwriteNo: "Niet overschrijven",
    replaced: (list: string) => `Overschreven (oud → nieuw): ${list}.`,
    summary: "Stand van de monitor",
    noData: "Nog geen realisatie ingevuld.",
    region: (status: string, pct: string, year: number) =>
      `Regio: ${status} — ${pct} van de cumulatieve opgave gerealiseerd (t/m ${year}).`,
    regionCumulative: (realised: number, target: number) => `${realised} van ${target} huishoudens.`,
    partly: (year: number, known: number, n: number) =>
      `Van ${year} ${known === 1 ? "is" : "zijn"} pas ${known} van de ${n} gemeenten bekend.`,
    behindTitle: "Achter op de opgave",
    allOnTrack: "Alle gemeenten zijn op koers.",
    behindLine: (name: string, short: number, pct: string) =>
      `${name}: ${short} ${short === 1 ? "huishouden" : "huishoudens"} achter (${pct} gerealiseerd)`,
    backlog: (n: number, year: number) => `Achterstand mee naar ${year}: ${n} huishoudens.`,
    credit: (n: number) => `Tegoed (meer gerealiseerd dan de opgave): ${n} huishoudens.`,
    goTo: "Ga naar",
    goToRegion: "Ga naar de status van de regio",
    goToYear: (year: string) => `Ga naar realisatie ${year}`,
    refresh: "Stand opnieuw lezen",
  },
};

export type Strings = typeof nl;

const en: Strings = {
  appTitle: "Verdeelwijzer",
  appSubtitle: "Fair sharing of urgent target groups",
  steps: { region: "Region", data: "Data", scenario: "Scenario", result: "Result", monitor: "Monitor" },
  stepOf: (k, n) => `Step ${k} of ${n}`,
  back: "Back",
  next: "Next",
  loading: "Loading…",
  nextBlocked: (b) => {
    switch (b.kind) {
      case "readTable":
        return "Next is available once the table is read: choose 'Read table'.";
      case "noTable":
        return "Next needs a municipality table, and none was found. Choose the built-in data or an empty region.";
      case "emptyTable":
        return "Next needs municipalities in the table; the table read is empty.";
      case "noNames":
        return "Next is available once at least one municipality is entered.";
      case "noMappedRows":
        return "Next is available once the mapping finds municipalities: choose the column with the municipality names below.";
      case "dataProblems":
        return (
          `Next is available once the ${b.count === 1 ? "problem" : `${b.count} problems`} above ${b.count === 1 ? "is" : "are"} ` +
          `fixed.`
        );
      case "settings":
        return "Next is available once the fields marked in red are corrected.";
      case "scenario":
        return `Next is not possible yet: ${b.text}`;
      case "last":
        return "This is the last step.";
    }
  },
  region: {
    intro: "Where do you start? All results are whole dwellings that add up exactly.",
    embedded: "Regio Stedendriehoek 2024 (built in)",
    embeddedHint: "The figures of the slides of 13 April 2026; lettings are reconstructed.",
    workbook: "Table in this workbook",
    workbookHint: "Read an existing municipality table (Dutch or English headers).",
    empty: "Empty region",
    emptyHint: "Type or paste the municipality names, one per line.",
    regionName: "Region name",
    regionNameRequired: "Enter the region's name: it heads every sheet.",
    names: "Municipalities (one per line)",
    year: "Reference year",
    read: "Read table",
    noTable: "No municipality table found in this workbook. Choose the built-in data or an empty region.",
    tableRead: (name, n) => `Table '${name}' read: ${n} municipalities.`,
    openedOnTable: (name, n, embedded) =>
      `This workbook already has a table '${name}'. The pane works with its figures (${n} municipalities). ` +
      `To start from the built-in figures, choose '${embedded}'.`,
    tableOffered: (name) =>
      `This workbook has a table '${name}' with municipalities and figures. The pane now works with the built-in figures.`,
    readOffered: "Work with this table",
    namesRequired: "Enter at least one municipality.",
  },
  data: {
    intro: "Check the data per municipality. Blank means unknown; 0 means zero.",
    municipality: "Municipality",
    columns: {
      population: "Population",
      lettingsSocial: "Social-rent lettings",
      lettingsCheap: "Lettings up to first rent cap",
      realised: "Realised",
      origin: "Origin",
      stock: "Housing stock",
    },
    source: "Source",
    reconstructed: "reconstructed",
    problems: (n) => (n === 1 ? "1 problem" : `${n} problems`),
    warnings: (n) => (n === 1 ? "1 warning" : `${n} warnings`),
    outlier: (name, column, value, median) =>
      `${name}: ${column} is ${value}, while the other municipalities are around ${median}. Is data missing here? Then leave the cell ` +
      `blank.`,
    goToCell: "Go to cell",
    fixFirst: "Fix the problems first.",
    blank: "blank",
    readAs: (value) => `read as ${value}`,
    readAsTitle: "Read as",
    readAsIntro:
      "A dot between groups of three digits is read as a Dutch thousands separator: 1.170 is 1170. A comma is a decimal separator: " +
      "12,5. If that is wrong, correct the cell.",
    readAsItem: (name, column, typed, value) => `${name}, ${column}: '${typed}' read as ${value}`,
  },
  scenario: {
    intro: "Set up the scenario. The preview updates at once; nothing is written yet.",
    needKind: "Regional need as",
    needNumber: "number of households",
    needShare: "share of social-rent lettings",
    needShareValue: "Share (%)",
    needResult: (need, pct) => `Need: ${need} households = ${pct} of social-rent lettings`,
    roundings: { round: "Round (half up)", down: "Down (never above the cap)", up: "Up" },
    methods: {
      hamilton: "Largest remainder (Hamilton): everyone their whole part, the rest to the largest remainders.",
      webster: "Sainte-Laguë (Webster): balanced between large and small municipalities.",
      dhondt: "D'Hondt (Jefferson): slightly favours large municipalities.",
    },
    solidarity: "Solidarity: what a municipality cannot place goes to municipalities with room",
    growth: "Growth path to",
    preview: "Preview",
    scenarioCol: "Scenario",
    total: "Total",
    notPlaced: "Not placed",
    percentInvalid: "Enter a percentage between 0 and 100.",
    needInvalid: "Enter a whole number of 0 or more.",
    yearInvalid: (maxYears: number) => `Enter a year, not before the reference year and at most ${maxYears} years later.`,
    sheetName: "Name of the scenario sheet",
    key: "Blended key for A",
    keyIntro:
      "Share by more than population: give a percentage per column, adding up to 100%. Each column is first divided by its own total.",
    keySum: (sum) => `Together ${sum}%`,
    keySumInvalid: "The percentages must add up to exactly 100%.",
    keyCompare: "By population and by key",
    keyPopulation: "Population",
    keyBlended: "Key",
    keyDifference: "Difference",
  },
  perMunicipality: {
    title: "Per municipality",
    intro: (ref) =>
      `What each municipality takes per scenario, with the difference to the fair share ${ref}. Red: less than ${ref}. Scroll the table ` +
      `sideways for more scenarios.`,
    municipality: "Municipality",
    unknown: "unknown",
    range: (low, high) => `between ${low} and ${high} over the three apportionment methods`,
    difference: (d, ref) => (d < 0 ? `${-d} less than ${ref}` : d > 0 ? `${d} more than ${ref}` : `equal to ${ref}`),
    equal: (ref) => `= ${ref}`,
    short: (ref) => `Less than ${ref}`,
    shortCount: (k, n) => `${k} of ${n}`,
    changed: (was) => `was ${was}`,
    changedLegend: (was) =>
      `Yellow with 'was ${was}': the number changed with what you changed since this table appeared; ${was} was there first. Set it ` +
      `back and the mark goes.`,
    pick: "Show municipality",
    chart: (name, ref) => `${name}: scenarios beside the fair share ${ref}`,
    chartReference: (ref, value) => `line: ${ref} = ${value}`,
    scrollRegion: "Table per municipality, scrolls sideways",
  },
  result: {
    intro: "Write the scenario sheet with live THUIS formulas, totals, 'not placed', growth path and chart.",
    write: "Create scenario sheet",
    update: "Update scenario sheet",
    writing: "Writing…",
    written: (sheet) => `Done: sheet '${sheet}' was written.`,
    updated: (sheet) => `Done: sheet '${sheet}' was updated.`,
    stale: (sheet) =>
      `The sheet '${sheet}' still shows the previous figures: you changed data or settings after it was written. Update the sheet so ` +
      `the workbook matches this pane again.`,
    staleGoTo: "Go to Result to update",
    goToSheet: "Go to sheet",
    confirmTitle: "Update sheet?",
    confirmBody: (sheet) =>
      `The sheet '${sheet}' was made by Verdeelwijzer earlier. Updating replaces the formulas and chart on that sheet. Other sheets are ` +
      `left alone.`,
    confirmYes: "Update",
    confirmTableTitle: "Replace the figures in the table?",
    confirmTableBody: (table) =>
      `Figures in the table '${table}' were changed since Verdeelwijzer wrote them. Going on replaces them with the figures in this ` +
      `pane. To go on with the workbook's figures, choose 'Table in this workbook' in step 1.`,
    confirmTableYes: "Replace",
    cancel: "Cancel",
    useName: (name) => `Use '${name}'`,
    need: "Need",
    placed: "Placed",
    notPlaced: "Not placed",
    byHand: "Use it yourself in your own workbook",
    byHandIntro: "The same calculations as formulas (Dutch Excel uses ; between arguments):",
    unsupported: "This Excel lacks parts needed to write the sheet:",
    taking: (k, n) => `${k} of ${n} municipalities take part`,
    valuesCopy: "Copy with values",
    valuesCopyHint:
      "For readers without Verdeelwijzer (council members, say): the scenario sheet, the justification and the Monitor as sheets with " +
      "the numbers only, marked as a copy with date and source.",
    valuesCopied: (sheets) =>
      sheets.length === 1
        ? `Done: copy with values on sheet '${sheets[0]}'.`
        : `Done: copies with values on sheets ${listText(
            sheets.map((s) => `'${s}'`),
            "en",
          )}.`,
    corrections: "Corrections",
    correctionsIntro:
      "Local corrections the region agreed. Each correction goes with its reason into the table 'Correcties' (nothing is erased; " +
      "withdrawing is a new line). The region total stays the same: the column 'After corrections' shares the difference over the " +
      "other municipalities.",
    correctionMunicipality: "Municipality corrected",
    correctionAmount: "Correction (dwellings, e.g. -20)",
    correctionReason: "Reason",
    correctionDecidedBy: "Decided by",
    correctionDate: "Date of decision",
    correctionBase: "Corrections on scenario",
    correctionRecord: "Record correction",
    correctionWithdraw: "Withdraw",
    correctionIgnored: (problem: string) => `This line does not count, on the sheet neither: ${problem}.`,
    correctionWithdrawn: "Withdrawn",
    correctionIsWithdrawal: "Withdrawal",
    withdrawTitle: "Withdraw correction?",
    withdrawBody: (line) =>
      `${line} is withdrawn by a new, opposite line in the table 'Correcties'; nothing is erased. Who decided to withdraw it, and when?`,
    withdrawYes: "Withdraw",
    withdrawNo: "Cancel",
    withdrawAlready: "This correction was already withdrawn; nothing was added.",
    correctionRecorded: "Recorded in the table 'Correcties'. Update the scenario sheet to see 'After corrections'.",
    correctionNone: "No corrections recorded yet.",
    correctionAfter: (name, before, after) => `${name}: ${before} → ${after} after corrections`,
  },
  monitor: {
    intro: (scenario) =>
      `Follow the agreement year by year: each municipality's target comes from the growth path on sheet '${scenario}'. Enter the ` +
      `realisation every year; the sheet computes the backlog and the status.`,
    setup: "Set up the monitor",
    sheetName: "Name of the monitor sheet",
    startYear: "Start year",
    endYear: "End year",
    onTrack: "On track from (% of the cumulative target)",
    behind: "Behind from (%; below it far behind)",
    allowCredit: "More than the target counts towards later years (credit)",
    create: "Create monitor",
    update: "Update monitor",
    writing: "Working…",
    written: (sheet, kept) =>
      `Done: sheet '${sheet}' was ` +
      `written${kept === 1 ? "; 1 realised figure was kept" : kept > 1 ? `; ${kept} realised figures were kept` : ""}.`,
    dropped: (n) => `${n} realised figures fall outside the new monitor (other municipalities or years) and were not carried over.`,
    confirmTitle: "Update monitor?",
    confirmBody: (sheet) =>
      `The sheet '${sheet}' was made by Verdeelwijzer earlier. Updating replaces the formulas and the chart; realised figures entered ` +
      `stay.`,
    confirmYes: "Update",
    cancel: "Cancel",
    useName: (name) => `Use '${name}'`,
    enterTitle: "Enter one year's realisation",
    year: "Year of the realisation",
    yearInvalid: "Enter a year.",
    pasted: "Realised per municipality (paste a column 'municipality ⇥ count' from another workbook, or type one per line)",
    pastedHint:
      "Blank = not yet known (the cell stays as it is), 0 = nothing housed. Names are matched ignoring case, accents and 'Gemeente'.",
    fillNames: "Fill in names",
    enter: "Enter realisation",
    entered: (year, n) => `Done: realisation ${year} entered for ${n} ${n === 1 ? "municipality" : "municipalities"}.`,
    missing: (names) => `Not in the input (unchanged): ${names}.`,
    headerSkipped: "The first line was skipped as a header.",
    problemsTitle: "Nothing entered. Correct the input:",
    overwriteTitle: (year) => `Realised figures for ${year} were already entered. Overwrite? Old → new:`,
    overwriteYes: "Overwrite",
    overwriteNo: "Do not overwrite",
    replaced: (list) => `Overwritten (old → new): ${list}.`,
    summary: "Monitor status",
    noData: "No realisation entered yet.",
    region: (status, pct, year) => `Region: ${status} — ${pct} of the cumulative target realised (to ${year}).`,
    regionCumulative: (realised, target) => `${realised} of ${target} households.`,
    partly: (year, known, n) => `For ${year}, only ${known} of the ${n} municipalities are known.`,
    behindTitle: "Behind on the target",
    allOnTrack: "All municipalities are on track.",
    behindLine: (name, short, pct) => `${name}: ${short} ${short === 1 ? "household" : "households"} behind (${pct} realised)`,
    backlog: (n, year) => `Backlog carried into ${year}: ${n} households.`,
    credit: (n) => `Credit (more realised than the target): ${n} households.`,
    goTo: "Go to",
    goToRegion: "Go to the region's status",
    goToYear: (year) => `Go to realisation ${year}`,
    refresh: "Read the status again",
  },
};

export const STRINGS: Record<Language, Strings> = { nl, en };
