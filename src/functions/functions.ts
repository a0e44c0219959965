/* global CustomFunctions, Office */
import { DEFAULT_LANGUAGE, Language, detectLanguage } from "../i18n";
import { toExcelError } from "./errors";
import * as thuis from "./wrappers";

/**
 * The THUIS.* custom functions as Excel sees them. The JSDoc below is the source of
 * `functions.json` (custom-functions-metadata-plugin); the Dutch help beside it (`@nl`, `@nlparam`)
 * becomes `functions.nl.json` at build time (scripts/localize-functions.js). So a new function is
 * this block, its wrapper in `wrappers.ts` (the argument count follows from it, arity.ts) and its
 * engine file. Each function is a thin wrapper: Excel's arguments go
 * to `wrappers.ts`, engine errors come back as `CustomFunctions.Error`.
 * Omitted optional arguments arrive as null, so there are no default parameters here.
 * This file runs in a bare JavaScript context: no DOM.
 *
 * Errors: `new CustomFunctions.Error(code, message)` needs CustomFunctionsRuntime 1.2 (the
 * manifest requires it; scripts/manifest-checks.ts checks that against this file). Excel shows
 * the message only with #VALUE! (and #N/A), which is why every fixable input gives #VALUE!.
 */

function language(): Language {
  try {
    return detectLanguage(typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined);
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

function call<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    const { code, message } = toExcelError(error, language());
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode[code], message);
  }
}

/**
 * Shares a whole total over municipalities in proportion to their weights (fair share); whole dwellings that add up exactly to the total.
 * Example: =THUIS.FAIRSHARE(1170, B2:B10)
 * @customfunction FAIRSHARE FAIRSHARE
 * @param total Whole number ≥ 0 to share, e.g. 1170 households; a fractional or negative total gives #VALUE! with a message.
 * @param weights Row or column of weights ≥ 0, e.g. population per municipality (B2:B10), or a block of key columns with factors; read
 * exactly as typed, 1e-7 included. All 0 or blank gives #DIV/0!.
 * @param [method] "hamilton" (default, largest remainder), "webster" (Sainte-Laguë) or "dhondt".
 * @param [factors] Blended key: one factor per column of weights (e.g. 0.5 and 0.5), adding up to exactly 1; each key column counts as
 * its share of its own total.
 * @returns Whole numbers in the shape of weights (one column for a block of key columns), summing to total.
 * @nl Verdeelt een heel totaal over gemeenten naar verhouding van hun gewicht (fair share); hele woningen die precies optellen tot het
 * totaal. Voorbeeld: =THUIS.FAIRSHARE(1170; B2:B10)
 * @nlparam total Te verdelen heel aantal ≥ 0, bijv. 1170 huishoudens; een gebroken of negatief totaal geeft #WAARDE! met uitleg.
 * @nlparam weights Rij of kolom met gewichten ≥ 0, bijv. inwonertal per gemeente (B2:B10); precies zoals getypt, ook 0,0000001. Alle
 * gewichten 0 of leeg geeft #DEEL/0!.
 * @nlparam method "hamilton" (standaard, grootste rest), "webster" (Sainte-Laguë) of "dhondt".
 * @nlparam factors Gemengde verdeelsleutel: één factor per kolom van gewicht (bijv. 0,5 en 0,5), samen precies 1; elke sleutelkolom telt
 * als aandeel van haar eigen totaal.
 */
export function fairshare(total: any, weights: any[][], method?: any, factors?: any[][]): any[][] {
  return call(() => thuis.FAIRSHARE(total, weights, method, factors));
}

/**
 * At most a share (default 30%) of the lettings, in whole dwellings per municipality. Example: =THUIS.CAP30(C2:C10)
 * @customfunction CAP30 CAP30
 * @param lettings Lettings per municipality (a range or a number), e.g. C2:C10.
 * @param [share] Share between 0 and 1, exactly as typed; default 0.3 (30%). Outside 0..1 gives #VALUE!: use 30% or 0.3.
 * @param [rounding] "round" (default, half up), "down" (never above the exact cap) or "up".
 * @returns Whole dwellings in the shape of lettings.
 * @nl Hoogstens een aandeel (standaard 30%) van de mutaties, in hele woningen per gemeente. Voorbeeld: =THUIS.CAP30(C2:C10)
 * @nlparam lettings Mutaties per gemeente (bereik of getal), bijv. C2:C10.
 * @nlparam share Aandeel tussen 0 en 1, precies zoals getypt; standaard 0,3 (30%). Buiten 0..1 geeft #WAARDE!: gebruik 30% of 0,3.
 * @nlparam rounding "round" (standaard, half naar boven), "down" (nooit boven het exacte plafond) of "up".
 */
export function cap30(lettings: any[][], share?: any, rounding?: any): any[][] {
  return call(() => thuis.CAP30(lettings, share, rounding));
}

/**
 * At least a share (default 15%, Wet versterking regie volkshuisvesting) of the lettings, in whole dwellings. Example: =THUIS.MIN15(C2:C10)
 * @customfunction MIN15 MIN15
 * @param lettings Lettings per municipality (a range or a number), e.g. C2:C10.
 * @param [share] Share between 0 and 1, exactly as typed; default 0.15 (15%). Outside 0..1 gives #VALUE!: use 15% or 0.15.
 * @param [rounding] "round" (default, half up), "down" or "up" (never below the exact minimum).
 * @returns Whole dwellings in the shape of lettings.
 * @nl Minstens een aandeel (standaard 15%, Wet versterking regie volkshuisvesting) van de mutaties, in hele woningen. Voorbeeld:
 * =THUIS.MIN15(C2:C10)
 * @nlparam lettings Mutaties per gemeente (bereik of getal), bijv. C2:C10.
 * @nlparam share Aandeel tussen 0 en 1, precies zoals getypt; standaard 0,15 (15%). Buiten 0..1 geeft #WAARDE!: gebruik 15% of 0,15.
 * @nlparam rounding "round" (standaard, half naar boven), "down" of "up" (nooit onder het exacte minimum).
 */
export function min15(lettings: any[][], share?: any, rounding?: any): any[][] {
  return call(() => thuis.MIN15(lettings, share, rounding));
}

/**
 * Need left unhoused ("niet geplaatst"); an aggregate like SUM, a blank cell counts as 0. Example: =THUIS.SHORTFALL(B2:B10, D2:D10)
 * @customfunction SHORTFALL SHORTFALL
 * @param demand Need per municipality, e.g. the fair share B2:B10; blank counts as 0.
 * @param supply Placements per municipality, same shape, e.g. D2:D10; blank (unknown) counts as nothing placed.
 * @param [mode] "region" (default: max(0, Σdemand − Σsupply)) or "local" (Σ max(0, demand − supply)).
 * @returns One whole number.
 * @nl Niet geplaatst: de opgave die onbehuisd blijft; een optelling zoals SOM, een lege cel telt als 0. Voorbeeld: =THUIS.SHORTFALL(B2:B10;
 * D2:D10)
 * @nlparam demand Opgave per gemeente, bijv. de fair share B2:B10; leeg telt als 0.
 * @nlparam supply Plaatsingen per gemeente, zelfde vorm, bijv. D2:D10; leeg (onbekend) telt als niets geplaatst.
 * @nlparam mode "region" (standaard: max(0; Σvraag − Σaanbod)) of "local" (Σ max(0; vraag − aanbod)).
 */
export function shortfall(demand: any[][], supply: any[][], mode?: any): number {
  return call(() => thuis.SHORTFALL(demand, supply, mode));
}

/**
 * Solidarity: places what municipalities cannot house themselves where there is room, never above capacity.
 * Example: =THUIS.REDISTRIBUTE(B2:B10, D2:D10)
 * @customfunction REDISTRIBUTE REDISTRIBUTE
 * @param demand Need per municipality, e.g. B2:B10.
 * @param capacity Room per municipality, same shape, e.g. D2:D10.
 * @param [weights] Who takes more of the surplus, same shape; default the spare room itself. All 0 or blank gives #DIV/0!.
 * @returns Placed per municipality; the total is min(Σdemand, Σcapacity).
 * @nl Solidariteit: plaatst wat gemeenten zelf niet kunnen huisvesten waar ruimte is, nooit boven de capaciteit. Voorbeeld:
 * =THUIS.REDISTRIBUTE(B2:B10; D2:D10)
 * @nlparam demand Opgave per gemeente, bijv. B2:B10.
 * @nlparam capacity Ruimte per gemeente, zelfde vorm, bijv. D2:D10.
 * @nlparam weights Wie meer van het overschot neemt, zelfde vorm; standaard de vrije ruimte zelf. Alle gewichten 0 of leeg geeft #DEEL/0!.
 */
export function redistribute(demand: any[][], capacity: any[][], weights?: any[][]): any[][] {
  return call(() => thuis.REDISTRIBUTE(demand, capacity, weights));
}

/**
 * A straight growth path per year from start to target, in whole numbers. Example: =THUIS.GROWTHPATH(795, 1170, 2024, 2035)
 * @customfunction GROWTHPATH GROWTHPATH
 * @param start Value in the start year (a number or a column), e.g. 795.
 * @param target Value in the end year (same shape as start), e.g. 1170.
 * @param startYear First year, e.g. 2024.
 * @param endYear Last year, e.g. 2035 (not before startYear, at most 100 years later; else #VALUE! with a message).
 * @returns One row of yearly values per start value.
 * @nl Een recht groeipad per jaar van begin- naar doelwaarde, in hele aantallen. Voorbeeld: =THUIS.GROWTHPATH(795; 1170; 2024; 2035)
 * @nlparam start Waarde in het beginjaar (getal of kolom), bijv. 795.
 * @nlparam target Waarde in het eindjaar (zelfde vorm), bijv. 1170.
 * @nlparam startYear Eerste jaar, bijv. 2024.
 * @nlparam endYear Laatste jaar, bijv. 2035 (niet vóór het beginjaar, hoogstens 100 jaar later; anders #WAARDE! met uitleg).
 */
export function growthpath(start: any[][], target: any[][], startYear: any, endYear: any): any[][] {
  return call(() => thuis.GROWTHPATH(start, target, startYear, endYear));
}

/**
 * Running backlog of target − realised per row, years across columns. Example: =THUIS.CARRYOVER(B2:F10, H2:L10)
 * @customfunction CARRYOVER CARRYOVER
 * @param targets Targets per municipality (rows) and year (columns).
 * @param realised Realised, same shape; a blank cell leaves the balance unchanged.
 * @param [allowCredit] TRUE lets the balance go below 0 (doing more counts for later); default FALSE.
 * @returns The balance per cell, same shape.
 * @nl Lopende achterstand van opgave − realisatie per rij, jaren in kolommen. Voorbeeld: =THUIS.CARRYOVER(B2:F10; H2:L10)
 * @nlparam targets Opgave per gemeente (rijen) en jaar (kolommen).
 * @nlparam realised Realisatie, zelfde vorm; een lege cel laat het saldo ongewijzigd.
 * @nlparam allowCredit WAAR laat het saldo onder 0 gaan (meer doen telt mee voor later); standaard ONWAAR.
 */
export function carryover(targets: any[][], realised: any[][], allowCredit?: any): any[][] {
  return call(() => thuis.CARRYOVER(targets, realised, allowCredit));
}

/**
 * Mutation rate: Σlettings / Σstock as a fraction (format as %). Example: =THUIS.MUTATIONRATE(C2:C10, G2:G10)
 * @customfunction MUTATIONRATE MUTATIONRATE
 * @param lettings Lettings per municipality (or a number).
 * @param stock Housing stock, same shape.
 * @returns A fraction, e.g. 0.0571 (5.71%).
 * @nl Mutatiegraad: Σmutaties / Σwoningvoorraad als breuk (opmaak als %). Voorbeeld: =THUIS.MUTATIONRATE(C2:C10; G2:G10)
 * @nlparam lettings Mutaties per gemeente (of een getal).
 * @nlparam stock Woningvoorraad, zelfde vorm.
 */
export function mutationrate(lettings: any[][], stock: any[][]): number {
  return call(() => thuis.MUTATIONRATE(lettings, stock));
}

/**
 * Local corrections that keep the regional total: corrected rows get allocation + correction, the other rows share the difference.
 * Example: =THUIS.ADJUST(B2:B10, C2:C10)
 * @customfunction ADJUST ADJUST
 * @param allocation Whole dwellings per municipality, e.g. the fair share B2:B10.
 * @param corrections Same shape: a whole correction (may be negative; 0 = fixed as is), or blank to share in the difference.
 * @param [weights] Same shape: who shares more of the difference; default the allocation itself.
 * @returns Whole numbers in the shape of allocation, summing to Σallocation.
 * @nl Lokale correcties met behoud van het regionale totaal: gecorrigeerde rijen krijgen verdeling + correctie, de overige rijen delen het
 * verschil. Voorbeeld: =THUIS.ADJUST(B2:B10; C2:C10)
 * @nlparam allocation Hele woningen per gemeente, bijv. de fair share B2:B10.
 * @nlparam corrections Zelfde vorm: een hele correctie (mag negatief; 0 = vast zoals het is), of leeg om mee te delen in het verschil.
 * @nlparam weights Zelfde vorm: wie meer van het verschil draagt; standaard de verdeling zelf.
 */
export function adjust(allocation: any[][], corrections: any[][], weights?: any[][]): any[][] {
  return call(() => thuis.ADJUST(allocation, corrections, weights));
}

/**
 * Per target group: shares the municipality totals over the groups so that every row adds up to its total and every column to its group's
 * need (biproportional apportionment). Example: =THUIS.GROUPSHARE(B2:E10, A2:A10, B12:E12)
 * @customfunction GROUPSHARE GROUPSHARE
 * @param weights Block of weights ≥ 0, one row per municipality and one column per group (e.g. each group's need × its key share); blank
 * counts as 0; read exactly as typed.
 * @param totals One whole number ≥ 0 per municipality (a column, e.g. the fair share A2:A10).
 * @param needs One whole number ≥ 0 per group (a row, e.g. B12:E12); must add up to the same as totals, else #VALUE! naming both sums.
 * @param [method] "webster" (default, standard rounding as in Swiss biproportional elections) or "dhondt" (rounding down).
 * @returns Whole numbers in the shape of weights; every row sums to its total and every column to its need.
 * @nl Per aandachtsgroep: verdeelt de totalen per gemeente over de groepen zo dat elke rij precies optelt tot het totaal van de gemeente en
 * elke kolom tot de behoefte van de groep (biproportionele verdeling). Voorbeeld: =THUIS.GROUPSHARE(B2:E10; A2:A10; B12:E12)
 * @nlparam weights Blok met gewichten ≥ 0, één rij per gemeente en één kolom per groep (bijv. behoefte van de groep × aandeel in haar
 * verdeelsleutel); leeg telt als 0; precies zoals getypt.
 * @nlparam totals Eén heel aantal ≥ 0 per gemeente (een kolom, bijv. de fair share A2:A10).
 * @nlparam needs Eén heel aantal ≥ 0 per groep (een rij, bijv. B12:E12); samen gelijk aan de totalen, anders #WAARDE! met beide sommen.
 * @nlparam method "webster" (standaard, gewoon afronden zoals bij Zwitserse biproportionele verkiezingen) of "dhondt" (naar beneden
 * afronden).
 */
export function groupshare(weights: any[][], totals: any[][], needs: any[][], method?: any): any[][] {
  return call(() => thuis.GROUPSHARE(weights, totals, needs, method));
}
