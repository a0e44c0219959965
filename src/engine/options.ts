import { Cell, isBlank } from "./cells";
import { Field, inputError } from "./errors";
import { Decimal, Rounding, Share, decimalOf, pow10, shareOf } from "./exact";
import type { DivisorMethod } from "./divisor";

/**
 * Optional text and share arguments: method, rounding, mode, shares, booleans. Blank means
 * "use the default". Text is matched without regard to case, accents, spaces or punctuation,
 * and Dutch names are accepted next to English ones.
 *
 * @example
 *   parseMethod("Sainte-Laguë"); // "webster"
 *   parseMethod(null);           // "hamilton"
 *   readShare(0.3, 0.15);        // the share 3/10, exactly
 *   readShare("30%", 0.15);      // 30/100
 */
export type Method = "hamilton" | "webster" | "dhondt";
export type Mode = "region" | "local";

function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");
}

const METHOD_NAMES: Record<string, Method> = {
  hamilton: "hamilton",
  hare: "hamilton",
  largestremainder: "hamilton",
  grootsteoverschot: "hamilton",
  grootsterest: "hamilton",
  webster: "webster",
  saintelague: "webster",
  dhondt: "dhondt",
  jefferson: "dhondt",
};

const ROUNDING_NAMES: Record<string, Rounding> = {
  round: "round",
  afronden: "round",
  halfup: "round",
  halfnaarboven: "round",
  normaal: "round",
  down: "down",
  omlaag: "down",
  naarbeneden: "down",
  afrondenomlaag: "down",
  up: "up",
  omhoog: "up",
  naarboven: "up",
  afrondenomhoog: "up",
};

const MODE_NAMES: Record<string, Mode> = {
  region: "region",
  regio: "region",
  regional: "region",
  regionaal: "region",
  local: "local",
  lokaal: "local",
  gemeente: "local",
  municipality: "local",
};

function parseName<T>(
  cell: Cell,
  names: Record<string, T>,
  fallback: T,
  field: Field,
  kind: "unknownMethod" | "unknownRounding" | "unknownMode" | "unknownGroupMethod",
): T {
  if (isBlank(cell)) return fallback;
  if (typeof cell !== "string") throw inputError(kind, { field, value: cell });
  const found = names[normalise(cell)];
  if (found === undefined) throw inputError(kind, { field, value: cell });
  return found;
}

export function parseMethod(cell: Cell): Method {
  return parseName(cell, METHOD_NAMES, "hamilton", "method", "unknownMethod");
}

const GROUP_METHOD_NAMES: Record<string, DivisorMethod> = {
  webster: "webster",
  saintelague: "webster",
  afronden: "webster",
  round: "webster",
  standaard: "webster",
  dhondt: "dhondt",
  jefferson: "dhondt",
  naarbeneden: "dhondt",
  afrondennaarbeneden: "dhondt",
  omlaag: "dhondt",
  down: "dhondt",
};

/**
 * The method of a biproportional apportionment (GROUPSHARE): "webster" (default, standard
 * rounding; also "Sainte-Laguë", "afronden") or "dhondt" (rounding down; also "Jefferson",
 * "naar beneden"). "hamilton" has no biproportional form and is refused with the two choices.
 *
 * @example parseGroupMethod("naar beneden"); // "dhondt"
 */
export function parseGroupMethod(cell: Cell): DivisorMethod {
  return parseName(cell, GROUP_METHOD_NAMES, "webster", "method", "unknownGroupMethod");
}

export function parseRounding(cell: Cell): Rounding {
  return parseName(cell, ROUNDING_NAMES, "round", "rounding", "unknownRounding");
}

export function parseMode(cell: Cell): Mode {
  return parseName(cell, MODE_NAMES, "region", "mode", "unknownMode");
}

/** TRUE/FALSE, 1/0, or the words; blank gives `fallback`. */
export function parseBoolean(cell: Cell, fallback: boolean, field: Field): boolean {
  if (isBlank(cell)) return fallback;
  if (typeof cell === "boolean") return cell;
  if (cell === 1 || cell === 0) return cell === 1;
  if (typeof cell === "string") {
    const t = normalise(cell);
    if (["true", "waar", "ja", "yes"].includes(t)) return true;
    if (["false", "onwaar", "nee", "no"].includes(t)) return false;
  }
  throw inputError("notBoolean", { field, value: cell });
}

/**
 * A share between 0 and 1, exactly as typed: a number is read as the decimal `String(x)` shows
 * (0.2999995 stays 0.2999995, nothing is rounded to 6 places); text such as "30%", "0,3" or
 * "0.2999995" is read digit by digit. Above 1 or below 0 → #VALUE! with the hint "use 30% or 0.3".
 * A blank gives `fallback`.
 *
 * @example
 *   readShare(0.3, 0.15);  // 3/10
 *   readShare("30%", 0.15); // 30/100
 *   readShare(null, 0.15);  // 15/100
 */
export function readShare(cell: Cell, fallback: number, field: Field = "share"): Share {
  if (isBlank(cell)) return shareOf(decimalOf(fallback));
  let value: Decimal | null = null;
  if (typeof cell === "number") {
    if (Number.isNaN(cell)) throw inputError("notNumber", { field, value: cell });
    if (!Number.isFinite(cell) || cell < 0 || cell > 1) throw inputError("shareOutOfRange", { field, value: cell });
    value = decimalOf(cell);
  } else if (typeof cell === "string") {
    value = parseShareText(cell);
    if (value === null) throw inputError("notNumber", { field, value: cell });
    if (value.digits > pow10(value.scale)) throw inputError("shareOutOfRange", { field, value: cell });
  } else throw inputError("notNumber", { field, value: cell });
  return shareOf(value);
}

/** "30%", "0,3", "0.2999995", ".5" → the exact decimal; anything else → null. */
function parseShareText(text: string): Decimal | null {
  const match = /^([0-9]*)(?:[.,]([0-9]*))?\s*(%?)$/.exec(text.trim());
  if (!match || (match[1] + (match[2] ?? "")).length === 0) return null;
  const fraction = match[2] ?? "";
  return { digits: BigInt(match[1] + fraction), scale: fraction.length + (match[3] === "%" ? 2 : 0) };
}
