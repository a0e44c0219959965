/**
 * The explanations catalogue: every text of "Waarom dit getal?" and the Verantwoording's
 * method words, in Dutch (default) and English. Placeholders in braces are filled by
 * src/engine/explain/texts.ts with numbers already formatted for the language.
 */
import type { Catalogue } from "./message";

const nl = {
  item: "nr. {n}",
  dwellingOne: "woning",
  dwellingMany: "woningen",
  leftOne: "{n} resterende woning",
  leftMany: "{n} resterende woningen",

  "hamilton.quota": "quotum = {total} × {weight} / {sum} {eq} {quota}",
  "hamilton.noneLeft": "{quotaPart} → {whole} heel; er blijven geen woningen over = {result}",
  "hamilton.extra": "{quotaPart} → {whole} heel + 1 van de {left} (rest {rem} staat {rank}{tie}) = {result}",
  "hamilton.extraOne": "{quotaPart} → {whole} heel + de enige resterende woning (rest {rem} staat {rank}{tie}) = {result}",
  "hamilton.noExtra": "{quotaPart} → {whole} heel; rest {rem} staat {rank}, maar er {isAre} maar {left} over{tie} = {result}",
  isOne: "is",
  isMany: "zijn",
  "tie.remainderWeight": "; gelijk aan de rest van {others}: het grotere gewicht gaat voor",
  "tie.remainderPosition": "; gelijk aan de rest van {others}, ook bij gelijk gewicht: de eerdere plaats in de lijst gaat voor",

  "divisor.item": "gewicht ÷ deler = {weight} / {divisor} {eq} {q} → {result} ({rule})",
  "divisor.tieWon":
    "gewicht ÷ deler = {weight} / {divisor} = {q} → {result} (gelijke stand met {others} om de laatste woning; {tieRule}: die woning " +
    "gaat hierheen)",
  "divisor.tieLost":
    "gewicht ÷ deler = {weight} / {divisor} = {q} → {result} en niet {rounded} (gelijke stand met {others} om de laatste woning; " +
    "{tieRule}: die woning gaat naar {others})",
  "divisor.zero": "er is niets te verdelen (totaal 0) = 0",
  "divisor.choice":
    "Deler {divisor}: elk gewicht gedeeld door {divisor} en {rule} geeft samen {total}. Elke deler groter dan {low} en hoogstens {high} " +
    "geeft dezelfde verdeling.",
  "divisor.choiceTie":
    "Deler {divisor}: elk gewicht gedeeld door {divisor} en {rule} geeft samen {total}, met een gelijke stand om de laatste woning(en) " +
    "tussen {names}; die is beslist met de regel: {tieRule}.",
  "divisor.choiceZero": "Er is niets te verdelen (totaal 0).",
  "rule.webster": "afgerond op het dichtstbijzijnde gehele getal",
  "rule.dhondt": "naar beneden afgerond",
  "tieRule.weight": "het grotere gewicht gaat voor",
  "tieRule.position": "bij gelijk gewicht gaat de eerdere plaats in de lijst voor",

  "share.social": "mutaties",
  "share.cheap": "mutaties tot 1e aftoppingsgrens",
  "share.rounded": "{share} × {lettings} {noun} = {product} → {result} ({rounding})",
  "share.whole": "{share} × {lettings} {noun} = {result}",
  "share.blank": "{noun} onbekend → leeg",
  "rounding.round": "half naar boven",
  "rounding.down": "naar beneden",
  "rounding.up": "naar boven",

  "solidarity.head": "opgave {need}, ruimte {room} → zelf {own} geplaatst",
  "solidarity.surplus":
    "{head}; {surplus} gaat naar de regio (samen {totalSurplus} over, vrije ruimte elders {totalSpare}: {moved} elders " +
    "geplaatst{unplacedPart}) = {placed}",
  "solidarity.unplacedPart": ", {unplaced} niet geplaatst",
  "solidarity.balanced": "{head}; niets over en geen ruimte over = {placed}",
  "solidarity.noSurplus": "{head}; {spare} vrije ruimte, maar niemand heeft een overschot = {placed}",
  "solidarity.fullAll":
    "{head}; uit het overschot van anderen ({totalSurplus}) komen er {received} bij: de hele vrije ruimte, want er is meer overschot " +
    "dan vrije ruimte ({totalSpare}) = {placed}",
  "solidarity.fullCap":
    "{head}; uit het overschot van anderen ({totalSurplus}) komen er {received} bij: de hele vrije ruimte, want het aandeel naar " +
    "verhouding zou groter zijn = {placed}",
  "solidarity.share":
    "{head}; uit het overschot van anderen ({totalSurplus}) komen er {received} bij: aandeel naar verhouding van {basis} {pool} × " +
    "{weight} / {poolWeight} {eq} {share} → {received} (grootste rest) = {placed}",
  "solidarity.lastInLine":
    "{head}; gewicht 0, dus alleen wat de anderen niet kwijt kunnen: {received} over van het overschot van anderen = {placed}",
  "basis.spare": "de vrije ruimte",
  "basis.weight": "het gewicht",

  "notPlaced.none": "Niet geplaatst: 0 — deze kolom plaatst {placed}, de opgave is {need}.",
  "notPlaced.some": "Niet geplaatst = opgave {need} − geplaatst {placed} = {notPlaced}.",
  "notPlaced.local": "Niet geplaatst zonder solidariteit = som van de tekorten per gemeente = {notPlaced}.",
  "notPlaced.where": " Tekort per gemeente (opgave min deze kolom): {list}.",
  "notPlaced.over": " Boven de eigen opgave: {list}.",

  "range.same": "bij alle drie methoden {value}",
  "range.spread": "{low} tot {high} over de drie methoden: {details}",

  "alabama.warning":
    "Alabama-paradox bij Hamilton: met {next} in plaats van {total} woningen krijgt {who} er één minder ({details}). {suggested} kan " +
    "dit niet laten zien.",
  "population.warning":
    "Populatieparadox bij Hamilton: {loser} groeide relatief sneller ({loserGrowth}) dan {gainer} ({gainerGrowth}), maar gaat van {l1} " +
    "naar {l2} terwijl {gainer} van {g1} naar {g2} gaat. {suggested} kan dit niet laten zien.",
  fromZero: "vanaf 0",
  "alabama.none": "Geen Alabama-paradox: met {next} in plaats van {total} woningen krijgt geen enkele gemeente er minder.",

  "method.hamilton": "Hamilton (grootste rest)",
  "method.webster": "Sainte-Laguë (Webster)",
  "method.dhondt": "D'Hondt (Jefferson)",
  "methodWords.hamilton":
    "Grootste-restmethode (Hamilton): elke gemeente krijgt eerst het hele deel van haar quotum (opgave × gewicht ÷ som van de " +
    "gewichten); de woningen die dan nog over zijn, gaan één voor één naar de gemeenten met de grootste rest. Bij gelijke rest gaat " +
    "het grotere gewicht voor, daarna de eerdere plaats in de lijst.",
  "methodWords.webster":
    "Sainte-Laguë (Webster): er is één deler gezocht zodat de gewichten gedeeld door die deler, afgerond op het dichtstbijzijnde gehele " +
    "getal (een half naar boven), samen precies de opgave geven. Bij gelijke stand gaat het grotere gewicht voor, daarna de eerdere " +
    "plaats in de lijst.",
  "methodWords.dhondt":
    "D'Hondt (Jefferson): er is één deler gezocht zodat de gewichten gedeeld door die deler, naar beneden afgerond, samen precies de " +
    "opgave geven; bevoordeelt grotere gemeenten iets. Bij gelijke stand gaat het grotere gewicht voor, daarna de eerdere plaats in " +
    "de lijst.",
  realised: "Realisatie {year}: {value} gehuisveste huishoudens, zoals in de tabel (kolom Realisatie).",
  "blend.blank": "Doet niet mee: een sleutelkolom is leeg voor deze gemeente.",
  "blend.text": "verdeelsleutel ({key}): aandeel = {terms} = {share} → quotum {need} × {share} ≈ {quota} → {value}",
  "corrections.none": "Geen correctie vastgelegd.",
  "corrections.list": "Correcties: {lines}. Netto {net}.",
  "corrections.withdrawn": "geen (ingetrokken)",
  "adjusted.blank": "Doet niet mee: {base} is leeg.",
  "adjusted.own": "{base} {before} met de eigen correctie {own} = {after}.",
  "adjusted.unchanged": "{base} {before}, onveranderd door de correcties van anderen.",
  "adjusted.gains": "{base} {before} + {delta}: een deel van wat andere gemeenten minder nemen, naar rato van {base} = {after}.",
  "adjusted.loses": "{base} {before} − {delta}: een deel van wat andere gemeenten meer nemen, naar rato van {base} = {after}.",
};

export type ExplanationKey = keyof typeof nl;

const en: Record<ExplanationKey, string> = {
  item: "no. {n}",
  dwellingOne: "dwelling",
  dwellingMany: "dwellings",
  leftOne: "{n} remaining dwelling",
  leftMany: "{n} remaining dwellings",

  "hamilton.quota": "quota = {total} × {weight} / {sum} {eq} {quota}",
  "hamilton.noneLeft": "{quotaPart} → {whole} whole; no dwellings are left over = {result}",
  "hamilton.extra": "{quotaPart} → {whole} whole + 1 of the {left} (its remainder {rem} ranks {rank}{tie}) = {result}",
  "hamilton.extraOne": "{quotaPart} → {whole} whole + the one remaining dwelling (its remainder {rem} ranks {rank}{tie}) = {result}",
  "hamilton.noExtra": "{quotaPart} → {whole} whole; its remainder {rem} ranks {rank}, but only {left} {isAre} left over{tie} = {result}",
  isOne: "is",
  isMany: "are",
  "tie.remainderWeight": "; equal to the remainder of {others}: the larger weight goes first",
  "tie.remainderPosition": "; equal to the remainder of {others}, with equal weight too: the earlier position in the list goes first",

  "divisor.item": "weight ÷ divisor = {weight} / {divisor} {eq} {q} → {result} ({rule})",
  "divisor.tieWon":
    "weight ÷ divisor = {weight} / {divisor} = {q} → {result} (tied with {others} for the last dwelling; {tieRule}: that dwelling goes " +
    "here)",
  "divisor.tieLost":
    "weight ÷ divisor = {weight} / {divisor} = {q} → {result}, not {rounded} (tied with {others} for the last dwelling; {tieRule}: that " +
    "dwelling goes to {others})",
  "divisor.zero": "there is nothing to share (total 0) = 0",
  "divisor.choice":
    "Divisor {divisor}: every weight divided by {divisor} and {rule} adds up to {total}. Any divisor above {low} and at most {high} " +
    "gives the same allocation.",
  "divisor.choiceTie":
    "Divisor {divisor}: every weight divided by {divisor} and {rule} adds up to {total}, with a tie for the last dwelling(s) between " +
    "{names}, settled by the rule: {tieRule}.",
  "divisor.choiceZero": "There is nothing to share (total 0).",
  "rule.webster": "rounded to the nearest whole number",
  "rule.dhondt": "rounded down",
  "tieRule.weight": "the larger weight goes first",
  "tieRule.position": "with equal weight the earlier position in the list goes first",

  "share.social": "lettings",
  "share.cheap": "lettings up to the first rent cap",
  "share.rounded": "{share} × {lettings} {noun} = {product} → {result} ({rounding})",
  "share.whole": "{share} × {lettings} {noun} = {result}",
  "share.blank": "{noun} unknown → blank",
  "rounding.round": "half up",
  "rounding.down": "down",
  "rounding.up": "up",

  "solidarity.head": "need {need}, room {room} → {own} placed itself",
  "solidarity.surplus":
    "{head}; {surplus} goes to the region ({totalSurplus} over in all, spare room elsewhere {totalSpare}: {moved} placed " +
    "elsewhere{unplacedPart}) = {placed}",
  "solidarity.unplacedPart": ", {unplaced} not placed",
  "solidarity.balanced": "{head}; nothing over and no room left = {placed}",
  "solidarity.noSurplus": "{head}; {spare} spare room, but no one has a surplus = {placed}",
  "solidarity.fullAll":
    "{head}; from the others' surplus ({totalSurplus}) {received} come in: all its spare room, as the surplus exceeds all spare room " +
    "({totalSpare}) = {placed}",
  "solidarity.fullCap":
    "{head}; from the others' surplus ({totalSurplus}) {received} come in: all its spare room, as its proportional share would be " +
    "larger = {placed}",
  "solidarity.share":
    "{head}; from the others' surplus ({totalSurplus}) {received} come in: share in proportion to {basis} {pool} × {weight} / " +
    "{poolWeight} {eq} {share} → {received} (largest remainder) = {placed}",
  "solidarity.lastInLine": "{head}; weight 0, so only what the others cannot place: {received} of the others' surplus = {placed}",
  "basis.spare": "spare room",
  "basis.weight": "weight",

  "notPlaced.none": "Not placed: 0 — this column places {placed}, the need is {need}.",
  "notPlaced.some": "Not placed = need {need} − placed {placed} = {notPlaced}.",
  "notPlaced.local": "Not placed without solidarity = sum of the shortfalls per municipality = {notPlaced}.",
  "notPlaced.where": " Shortfall per municipality (need minus this column): {list}.",
  "notPlaced.over": " Above their own need: {list}.",

  "range.same": "{value} under all three methods",
  "range.spread": "{low} to {high} over the three methods: {details}",

  "alabama.warning":
    "Alabama paradox under Hamilton: with {next} instead of {total} dwellings, {who} would get one fewer ({details}). {suggested} " +
    "cannot show this.",
  "population.warning":
    "Population paradox under Hamilton: {loser} grew relatively faster ({loserGrowth}) than {gainer} ({gainerGrowth}), yet goes from " +
    "{l1} to {l2} while {gainer} goes from {g1} to {g2}. {suggested} cannot show this.",
  fromZero: "from 0",
  "alabama.none": "No Alabama paradox: with {next} instead of {total} dwellings no municipality gets fewer.",

  "method.hamilton": "Hamilton (largest remainder)",
  "method.webster": "Sainte-Laguë (Webster)",
  "method.dhondt": "D'Hondt (Jefferson)",
  "methodWords.hamilton":
    "Largest remainder (Hamilton): every municipality first gets the whole part of its quota (need × weight ÷ sum of the weights); the " +
    "dwellings still left go one by one to the largest remainders. On equal remainders the larger weight goes first, then the earlier " +
    "position in the list.",
  "methodWords.webster":
    "Sainte-Laguë (Webster): one divisor is found such that the weights divided by it, rounded to the nearest whole number (a half up), " +
    "add up to exactly the need. On a tie the larger weight goes first, then the earlier position in the list.",
  "methodWords.dhondt":
    "D'Hondt (Jefferson): one divisor is found such that the weights divided by it, rounded down, add up to exactly the need; favours " +
    "larger municipalities slightly. On a tie the larger weight goes first, then the earlier position in the list.",
  realised: "Realised in {year}: {value} households housed, as in the table (column Realisatie).",
  "blend.blank": "Takes no part: a key column is blank for this municipality.",
  "blend.text": "blended key ({key}): share = {terms} = {share} → quota {need} × {share} ≈ {quota} → {value}",
  "corrections.none": "No correction recorded.",
  "corrections.list": "Corrections: {lines}. Net {net}.",
  "corrections.withdrawn": "none (withdrawn)",
  "adjusted.blank": "Takes no part: {base} is blank.",
  "adjusted.own": "{base} {before} with its own correction {own} = {after}.",
  "adjusted.unchanged": "{base} {before}, unchanged by the others' corrections.",
  "adjusted.gains": "{base} {before} + {delta}: a share of what other municipalities take less, in proportion to {base} = {after}.",
  "adjusted.loses": "{base} {before} − {delta}: a share of what other municipalities take more, in proportion to {base} = {after}.",
};

export const EXPLANATIONS: Catalogue<ExplanationKey> = { nl, en };
