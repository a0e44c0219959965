import type { Language } from "./language";
import { type Catalogue, type Vars, message } from "./message";

/**
 * The Excel adapter's messages to the user (src/excel/messages.ts composes them from a problem's
 * details). Placeholders: {sheet}, {suggestedName}, {table}, {missing}, {detail}, {address},
 * {where} (the address, else the sheet); otherKind's parts {what}, {is}, {writing} and
 * badRealisation's {problems}, confirmOverwrite's {list} are composed from the entries below
 * and the sheet kinds' names (src/i18n/sheets.ts).
 */
const nl = {
  emptySource: "{where} is leeg. Selecteer de cellen met de gemeenten (met de kopregel), of kies een ander blad of een tabel.",
  unsupported:
    "Deze versie van Excel mist onderdelen die Verdeelwijzer nodig heeft ({missing}): de wizard kan hier de werkmap niet lezen " +
    "of schrijven (gemeentetabel, scenarioblad, correcties, monitor). De THUIS-functies werken wel. Werk Excel bij (Microsoft 365 of " +
    "Excel 2021 en later).",
  sheetProtected:
    "Het blad '{sheet}' is beveiligd. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) en probeer het opnieuw; er " +
    "is niets gewijzigd.",
  editMode: "Excel is bezig met het bewerken van een cel. Druk op Enter of Esc in de cel en probeer het opnieuw; er is niets gewijzigd.",
  userContent:
    "Op het blad '{sheet}' staan cellen die Verdeelwijzer niet heeft geschreven ({address}). Om niets te overschrijven is er " +
    "niets gewijzigd. Gebruik een nieuw blad, bijvoorbeeld '{suggestedName}'.",
  nameTaken:
    "De naam '{sheet}' is al in gebruik voor uw eigen gegevens. Er is niets gewijzigd. Kies een andere naam, bijvoorbeeld " +
    "'{suggestedName}'.",
  otherKind: "{what}; er is niets gewijzigd. Kies een andere naam, bijvoorbeeld '{suggestedName}'.",
  "otherKind.reserved": "De naam '{sheet}' is bestemd voor {is} van Verdeelwijzer. {writing} kan die naam niet krijgen",
  "otherKind.sheet": "Het blad '{sheet}' is {is} van Verdeelwijzer. {writing} mag het niet vervangen",
  confirmReplace: "Het blad '{sheet}' is eerder door Verdeelwijzer gemaakt. Bevestig dat het bijgewerkt mag worden.",
  tableNotFound: "De tabel '{table}' met gemeentegegevens is niet gevonden in deze werkmap.",
  badTable: "De tabel '{table}' mist een kolom: {detail}.",
  tableTaken:
    "Deze werkmap heeft al een eigen tabel '{table}'. Er is niets gewijzigd. Kies bij Regio 'Tabel in deze werkmap' om die tabel " +
    "te gebruiken, of geef uw tabel een andere naam.",
  notScenarioSheet:
    "Het blad '{sheet}' is geen scenarioblad van Verdeelwijzer (of bestaat niet meer). Maak eerst het scenarioblad; er is niets " +
    "gewijzigd.",
  badSheetName: "De bladnaam '{sheet}' kan niet: {detail} Er is niets gewijzigd.",
  notMonitorSheet:
    "Het blad '{sheet}' is geen monitorblad van Verdeelwijzer (of bestaat niet meer). Maak eerst de monitor; er is niets gewijzigd.",
  noGrowthPath:
    "Het scenarioblad '{sheet}' heeft geen groeipad dat {detail} dekt. Zet bij Scenario een groeipad aan en schrijf het blad " +
    "opnieuw; er is niets gewijzigd.",
  badRealisation: "De realisatie is niet ingevuld: {problems}. Er is niets gewijzigd.",
  /** badRealisation's problems: a name not in the region with a near one, and an entry naming none of the region. */
  "realisation.nothingMatched": "er staat geen enkele gemeente van de regio in de invoer",
  confirmOverwrite:
    "Op het blad '{sheet}' is voor {detail} al realisatie ingevuld; deze invoer zou die veranderen ({list}). Er is niets " +
    "gewijzigd. Bevestig dat de oude waarden overschreven mogen worden.",
  /** One figure in confirmOverwrite's {list}. */
  "confirmOverwrite.figure": "{name} {old} → {new}",
  unknown: "Excel gaf een onverwachte fout: {detail}. Er is mogelijk niets gewijzigd; probeer het opnieuw.",
};

export type AdapterTextKey = keyof typeof nl;

const en: Record<AdapterTextKey, string> = {
  emptySource: "{where} is empty. Select the cells with the municipalities (with the header row), or choose another sheet or a table.",
  unsupported:
    "This version of Excel lacks parts Verdeelwijzer needs ({missing}): the wizard cannot read or write the workbook here " +
    "(municipality table, scenario sheet, corrections, monitor). The THUIS functions still work. Update Excel (Microsoft 365, or " +
    "Excel 2021 and later).",
  sheetProtected: "The sheet '{sheet}' is protected. Unprotect it (Review > Unprotect Sheet) and try again; nothing was changed.",
  editMode: "Excel is editing a cell. Press Enter or Esc in the cell and try again; nothing was changed.",
  userContent:
    "The sheet '{sheet}' holds cells Verdeelwijzer did not write ({address}). To overwrite nothing, nothing was changed. Use " +
    "a new sheet, for example '{suggestedName}'.",
  nameTaken:
    "The name '{sheet}' is already used for your own data. Nothing was changed. Choose another name, for example '{suggestedName}'.",
  otherKind: "{what}; nothing was changed. Choose another name, for example '{suggestedName}'.",
  "otherKind.reserved": "The name '{sheet}' is meant for {is} of Verdeelwijzer. {writing} cannot take that name",
  "otherKind.sheet": "The sheet '{sheet}' is {is} of Verdeelwijzer. {writing} may not replace it",
  confirmReplace: "The sheet '{sheet}' was made by Verdeelwijzer earlier. Confirm that it may be updated.",
  tableNotFound: "The municipality table '{table}' was not found in this workbook.",
  badTable: "The table '{table}' lacks a column: {detail}.",
  tableTaken:
    "This workbook already has its own table '{table}'. Nothing was changed. Choose 'Table in this workbook' under Region to use " +
    "that table, or give your table another name.",
  notScenarioSheet:
    "The sheet '{sheet}' is not a Verdeelwijzer scenario sheet (or no longer exists). Write the scenario sheet first; nothing " +
    "was changed.",
  badSheetName: "The sheet name '{sheet}' cannot be used: {detail} Nothing was changed.",
  notMonitorSheet:
    "The sheet '{sheet}' is not a Verdeelwijzer monitor sheet (or no longer exists). Create the monitor first; nothing was changed.",
  noGrowthPath:
    "The scenario sheet '{sheet}' has no growth path covering {detail}. Turn on a growth path under Scenario and write the " +
    "sheet again; nothing was changed.",
  badRealisation: "The realisation was not entered: {problems}. Nothing was changed.",
  "realisation.nothingMatched": "the input names no municipality of the region",
  confirmOverwrite:
    "The sheet '{sheet}' already holds realised figures for {detail}; this entry would change them ({list}). Nothing was " +
    "changed. Confirm that the old values may be overwritten.",
  "confirmOverwrite.figure": "{name} {old} → {new}",
  unknown: "Excel gave an unexpected error: {detail}. Probably nothing was changed; try again.",
};

export const ADAPTER_ERROR_TEXTS: Catalogue<AdapterTextKey> = { nl, en };

/**
 * An adapter message in both languages (it is carried to the user before the language is known),
 * with placeholders filled from `vars` — or, for parts that are themselves texts in the
 * language, from `vars(language)`.
 *
 * @example adapterText("badTable", { table: "Gemeenten", detail: "Inwoners" }).en // "The table 'Gemeenten' lacks a column: Inwoners."
 */
export function adapterText(key: AdapterTextKey, vars: Vars | ((language: Language) => Vars) = {}): { nl: string; en: string } {
  const at = (language: Language) => message(ADAPTER_ERROR_TEXTS, language, key, typeof vars === "function" ? vars(language) : vars);
  return { nl: at("nl"), en: at("en") };
}
