import { GroupTable, RegionDataset, loadRegion } from "./region";
import { STEDENDRIEHOEK_2024_TEXTS, type Stedendriehoek2024TextKey } from "../i18n/sources";
import { inBoth } from "../i18n/message";

/** A note of the catalogue in both languages. */
const T = (key: Stedendriehoek2024TextKey) => inBoth(STEDENDRIEHOEK_2024_TEXTS, key);

/**
 * Regio Stedendriehoek, peiljaar 2024 — the embedded default dataset.
 *
 * Provenance (see README "Data"):
 * - The published table "Theorie vs praktijk" from the slides "Afsprakenkader huisvesting
 *   aandachtsgroepen" (13-04-2026), data Spectrum / woningbouwcorporaties: columns A–E, the
 *   totals row and "niet geplaatst" exactly as shown ({@link STEDENDRIEHOEK_2024_PUBLISHED}).
 * - Lettings per municipality are NOT published. `lettingsSocial` and `lettingsCheap` are
 *   RECONSTRUCTED: whole numbers consistent with columns C, D, E (30% / 15%, rounded half up as
 *   the source did) and with the shown totals. Epe, Hattem and Heerde show 0 in column D — most
 *   likely no data; they are kept as 0 as published and the wizard warns about them.
 * - Population: verified CBS figures for all nine municipalities were not available offline.
 *   We do not invent them. The weights for the fair share are the published column A itself,
 *   labelled "gewicht: gepubliceerde fair share (kolom A)", so scenario A reproduces the slide
 *   by construction. Replace them with CBS population (1 January 2023 for allocation year 2024).
 */
export const STEDENDRIEHOEK_2024_PUBLISHED = {
  source: T("published"),
  municipalities: ["Apeldoorn", "Brummen", "Deventer", "Lochem", "Voorst", "Zutphen", "Epe", "Hattem", "Heerde"],
  /** A: fair share by population (37%). */
  fairShare: [422, 53, 259, 87, 63, 122, 84, 32, 48],
  /** B: realised 2024. */
  realised: [305, 23, 246, 38, 21, 79, 39, 15, 29],
  /** C: at most 30% of social-rent lettings. */
  max30Social: [355, 48, 270, 45, 34, 94, 54, 26, 30],
  /** D: at most 30% of lettings up to the first aftoppingsgrens. */
  max30Cheap: [205, 23, 165, 8, 14, 56, 0, 0, 0],
  /** E: at least 15% (Wet versterking regie volkshuisvesting). */
  min15: [178, 24, 135, 23, 17, 47, 27, 13, 15],
  /** Totals row as shown on the slide (A–E). D and E are display-rounded sums of fractions. */
  totalsShown: { A: 1170, B: 795, C: 956, D: 472, E: 478 },
  /** "Niet geplaatst" as shown (A–E). C shows 215 where 1170 − 956 = 214. */
  notPlacedShown: { A: 0, B: 375, C: 215, D: 698, E: 692 },
  /** Regional mutation rate as shown: 5.71%. */
  mutationRateShown: 0.0571,
} as const;

/** Reconstructed lettings (see above); consistent with columns C, D and E. */
export const STEDENDRIEHOEK_2024_LETTINGS = {
  social: [1184, 160, 900, 150, 113, 313, 180, 85, 100],
  cheap: [684, 77, 550, 27, 47, 187, 0, 0, 0],
} as const;

const P = STEDENDRIEHOEK_2024_PUBLISHED;
const L = STEDENDRIEHOEK_2024_LETTINGS;

/**
 * The target groups the agreement is about (seed: "(Wettelijk) urgente aandachtsgroepen" and
 * the regional group), in the seed's order. Their yearly needs are NOT published: every need is
 * blank (unknown) — never invented — and the region fills its own. The key is a choice, not a
 * figure: the fair-share key (inwonertal) for every group, the agreement's principle; a region
 * may key a group on origin (e.g. outflow from shelters) once it has the origin figures.
 */
export const STEDENDRIEHOEK_2024_GROUPS: GroupTable = {
  groups: [
    "Mantelzorgverleners en -ontvangers",
    "Medische urgentie (beperking of psychische kwetsbaarheid)",
    "Uitstroom maatschappelijke opvang",
    "Uitstroom beschermd wonen",
    "Uitstroom klinische ggz",
    "Uitstroom vrouwenopvang en slachtoffers mensenhandel",
    "Uitstroom jeugdhulp",
    "Uitstroom (jeugd)detentie en forensische zorg",
    "Uitstappende sekswerkers",
    "Regionaal: echtscheiding met minderjarige kinderen, herstructurering",
  ].map((name) => ({ name, need: null, key: "population" as const })),
  source: T("groups"),
};

/** The embedded default region, checked by the same loader as any other region. */
export const STEDENDRIEHOEK_2024: RegionDataset = loadRegion({
  region: "Regio Stedendriehoek",
  year: 2024,
  need: P.totalsShown.A,
  municipalities: P.municipalities.map((name, i) => ({
    name,
    population: P.fairShare[i],
    lettingsSocial: L.social[i],
    lettingsCheap: L.cheap[i],
    realised: P.realised[i],
    origin: null,
    stock: null,
  })),
  sources: {
    population: {
      ...T("population"),
      year: 2024,
      // the population behind column A is not published (docs: shared/data/population.md): say what the weights are
      label: T("population.label"),
    },
    lettingsSocial: {
      ...T("lettingsSocial"),
      year: 2024,
      reconstructed: true,
    },
    lettingsCheap: {
      ...T("lettingsCheap"),
      year: 2024,
      reconstructed: true,
    },
    realised: {
      ...T("realised"),
      year: 2024,
    },
    origin: {
      ...T("origin"),
      year: null,
    },
    stock: {
      ...T("stock"),
      year: null,
    },
  },
  groups: STEDENDRIEHOEK_2024_GROUPS,
});
