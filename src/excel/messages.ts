import { type RecordedKind, type SheetKind, SHEET_KIND_NAMES, SHEET_KIND_WRITING, SHEET_TEXTS, inBoth } from "../i18n";
import { AdapterError, AdapterErrorInfo, AdapterErrorKind, Overwrite } from "./types";

/**
 * The adapter's messages to the user, in Dutch and English, one per problem kind.
 *
 * @example adapterError("sheetProtected", { sheet: "Verdeling 2024" })
 *   // AdapterError: "Het blad 'Verdeling 2024' is beveiligd. …"
 */
type Details = {
  sheet?: string;
  suggestedName?: string;
  table?: string;
  missing?: string;
  detail?: string;
  address?: string;
  problems?: { nl: string; en: string }[];
  overwrites?: Overwrite[];
  /** otherKind: what the sheet is (or its name is kept for), and what was to be written there. */
  existing?: RecordedKind;
  writing?: SheetKind;
  /** otherKind: no such sheet yet, but its name is kept for `existing`. */
  reserved?: boolean;
};

const TEXT: Record<AdapterErrorKind, (d: Details) => { nl: string; en: string }> = {
  emptySource: (d) => ({
    nl: `${d.address ?? d.sheet} is leeg. Selecteer de cellen met de gemeenten (met de kopregel), of kies een ander blad of een tabel.`,
    en:
      `${d.address ?? d.sheet} is empty. Select the cells with the municipalities (with the header row), ` +
      `or choose another sheet or a table.`,
  }),
  tableEdited: (d) => inBoth(SHEET_TEXTS, "table.edited", { table: d.table ?? "", sheet: d.sheet ?? "" }),
  unsupported: (d) => ({
    nl:
      `Deze versie van Excel mist onderdelen die Verdeelwijzer nodig heeft (${d.missing}): de wizard kan hier de werkmap niet lezen ` +
      `of schrijven (gemeentetabel, scenarioblad, correcties, monitor). De THUIS-functies werken wel. Werk Excel bij (Microsoft 365 of ` +
      `Excel 2021 en later).`,
    en:
      `This version of Excel lacks parts Verdeelwijzer needs (${d.missing}): the wizard cannot read or write the workbook here ` +
      `(municipality table, scenario sheet, corrections, monitor). The THUIS functions still work. Update Excel (Microsoft 365, or ` +
      `Excel 2021 and later).`,
  }),
  sheetProtected: (d) => ({
    nl:
      `Het blad '${d.sheet}' is beveiligd. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) en probeer het opnieuw; er ` +
      `is niets gewijzigd.`,
    en: `The sheet '${d.sheet}' is protected. Unprotect it (Review > Unprotect Sheet) and try again; nothing was changed.`,
  }),
  editMode: () => ({
    nl: "Excel is bezig met het bewerken van een cel. Druk op Enter of Esc in de cel en probeer het opnieuw; er is niets gewijzigd.",
    en: "Excel is editing a cell. Press Enter or Esc in the cell and try again; nothing was changed.",
  }),
  userContent: (d) => ({
    nl:
      `Op het blad '${d.sheet}' staan cellen die Verdeelwijzer niet heeft geschreven (${d.address}). Om niets te overschrijven is er ` +
      `niets gewijzigd. Gebruik een nieuw blad, bijvoorbeeld '${d.suggestedName}'.`,
    en:
      `The sheet '${d.sheet}' holds cells Verdeelwijzer did not write (${d.address}). To overwrite nothing, nothing was changed. Use ` +
      `a new sheet, for example '${d.suggestedName}'.`,
  }),
  nameTaken: (d) => ({
    nl:
      `De naam '${d.sheet}' is al in gebruik voor uw eigen gegevens. Er is niets gewijzigd. Kies een andere naam, bijvoorbeeld ` +
      `'${d.suggestedName}'.`,
    en:
      `The name '${d.sheet}' is already used for your own data. Nothing was changed. Choose another name, for example ` +
      `'${d.suggestedName}'.`,
  }),
  otherKind: (d) => {
    const is = inBoth(SHEET_KIND_NAMES, d.existing ?? "unknown");
    const writing = inBoth(SHEET_KIND_WRITING, d.writing ?? "scenario");
    const what = d.reserved
      ? {
          nl: `De naam '${d.sheet}' is bestemd voor ${is.nl} van Verdeelwijzer. ${writing.nl} kan die naam niet krijgen`,
          en: `The name '${d.sheet}' is meant for ${is.en} of Verdeelwijzer. ${writing.en} cannot take that name`,
        }
      : {
          nl: `Het blad '${d.sheet}' is ${is.nl} van Verdeelwijzer. ${writing.nl} mag het niet vervangen`,
          en: `The sheet '${d.sheet}' is ${is.en} of Verdeelwijzer. ${writing.en} may not replace it`,
        };
    return {
      nl: `${what.nl}; er is niets gewijzigd. Kies een andere naam, bijvoorbeeld '${d.suggestedName}'.`,
      en: `${what.en}; nothing was changed. Choose another name, for example '${d.suggestedName}'.`,
    };
  },
  confirmReplace: (d) => ({
    nl: `Het blad '${d.sheet}' is eerder door Verdeelwijzer gemaakt. Bevestig dat het bijgewerkt mag worden.`,
    en: `The sheet '${d.sheet}' was made by Verdeelwijzer earlier. Confirm that it may be updated.`,
  }),
  tableNotFound: (d) => ({
    nl: `De tabel '${d.table}' met gemeentegegevens is niet gevonden in deze werkmap.`,
    en: `The municipality table '${d.table}' was not found in this workbook.`,
  }),
  badTable: (d) => ({
    nl: `De tabel '${d.table}' mist een kolom: ${d.detail}.`,
    en: `The table '${d.table}' lacks a column: ${d.detail}.`,
  }),
  tableTaken: (d) => ({
    nl:
      `Deze werkmap heeft al een eigen tabel '${d.table}'. Er is niets gewijzigd. Kies bij Regio 'Tabel in deze werkmap' om die tabel ` +
      `te gebruiken, of geef uw tabel een andere naam.`,
    en:
      `This workbook already has its own table '${d.table}'. Nothing was changed. Choose 'Table in this workbook' under Region to use ` +
      `that table, or give your table another name.`,
  }),
  notScenarioSheet: (d) => ({
    nl:
      `Het blad '${d.sheet}' is geen scenarioblad van Verdeelwijzer (of bestaat niet meer). Maak eerst het scenarioblad; er is niets ` +
      `gewijzigd.`,
    en:
      `The sheet '${d.sheet}' is not a Verdeelwijzer scenario sheet (or no longer exists). Write the scenario sheet first; nothing ` +
      `was changed.`,
  }),
  badSheetName: (d) => ({
    nl: `De bladnaam '${d.sheet}' kan niet: ${d.detail} Er is niets gewijzigd.`,
    en: `The sheet name '${d.sheet}' cannot be used: ${d.detail} Nothing was changed.`,
  }),
  notMonitorSheet: (d) => ({
    nl: `Het blad '${d.sheet}' is geen monitorblad van Verdeelwijzer (of bestaat niet meer). Maak eerst de monitor; er is niets gewijzigd.`,
    en: `The sheet '${d.sheet}' is not a Verdeelwijzer monitor sheet (or no longer exists). Create the monitor first; nothing was changed.`,
  }),
  noGrowthPath: (d) => ({
    nl:
      `Het scenarioblad '${d.sheet}' heeft geen groeipad dat ${d.detail} dekt. Zet bij Scenario een groeipad aan en schrijf het blad ` +
      `opnieuw; er is niets gewijzigd.`,
    en:
      `The scenario sheet '${d.sheet}' has no growth path covering ${d.detail}. Turn on a growth path under Scenario and write the ` +
      `sheet again; nothing was changed.`,
  }),
  badRealisation: (d) => ({
    nl: `De realisatie is niet ingevuld: ${(d.problems ?? []).map((p) => p.nl).join("; ")}. Er is niets gewijzigd.`,
    en: `The realisation was not entered: ${(d.problems ?? []).map((p) => p.en).join("; ")}. Nothing was changed.`,
  }),
  confirmOverwrite: (d) => {
    const list = (d.overwrites ?? []).map((o) => `${o.name} ${o.old} → ${o.new}`).join(", ");
    return {
      nl:
        `Op het blad '${d.sheet}' is voor ${d.detail} al realisatie ingevuld; deze invoer zou die veranderen (${list}). Er is niets ` +
        `gewijzigd. Bevestig dat de oude waarden overschreven mogen worden.`,
      en:
        `The sheet '${d.sheet}' already holds realised figures for ${d.detail}; this entry would change them (${list}). Nothing was ` +
        `changed. Confirm that the old values may be overwritten.`,
    };
  },
  unknown: (d) => ({
    nl: `Excel gaf een onverwachte fout: ${d.detail}. Er is mogelijk niets gewijzigd; probeer het opnieuw.`,
    en: `Excel gave an unexpected error: ${d.detail}. Probably nothing was changed; try again.`,
  }),
};

export function adapterError(kind: AdapterErrorKind, details: Details = {}): AdapterError {
  const info: AdapterErrorInfo = { kind, ...TEXT[kind](details) };
  if (details.problems) info.problems = details.problems;
  if (details.overwrites) info.overwrites = details.overwrites;
  if (details.suggestedName) info.suggestedName = details.suggestedName;
  if (details.sheet) info.sheet = details.sheet;
  if (details.address) info.address = details.address;
  return new AdapterError(info);
}

/** Excel's own errors (OfficeExtension.Error codes) as AdapterErrors the user can act on. */
export function fromExcelError(error: unknown, sheet?: string): AdapterError {
  if (error instanceof AdapterError) return error;
  const code = (error as { code?: string })?.code;
  if (code === "InvalidOperationInCellEditMode") return adapterError("editMode");
  if (code === "AccessDenied") return adapterError("sheetProtected", { sheet: sheet ?? "?" });
  return adapterError("unknown", { detail: `${code ?? "?"} — ${(error as Error)?.message ?? String(error)}` });
}
