import { Cell, isBlank } from "./cells";
import { Field, inputError } from "./errors";
import { Rounding, SCALE } from "./exact";

/**
 * Optional text and share arguments: method, rounding, mode, shares, booleans. Blank means
 * "use the default". Text is matched without regard to case, accents, spaces or punctuation,
 * and Dutch names are accepted next to English ones.
 *
 * @example
 *   parseMethod("Sainte-Laguë"); // "webster"
 *   parseMethod(null);           // "hamilton"
 *   readShare(0.3, 0.15);        // 300000 (millionths)
 *   readShare("30%", 0.15);      // 300000
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

function parseName<T>(cell: Cell, names: Record<string, T>, fallback: T, field: Field, kind: "unknownMethod" | "unknownRounding" | "unknownMode"): T {
  if (isBlank(cell)) return fallback;
  if (typeof cell !== "string") throw inputError(kind, { field, value: cell });
  const found = names[normalise(cell)];
  if (found === undefined) throw inputError(kind, { field, value: cell });
  return found;
}

export function parseMethod(cell: Cell): Method {
  return parseName(cell, METHOD_NAMES, "hamilton", "method", "unknownMethod");
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
 * A share between 0 and 1, read exactly to 6 decimals, in millionths. Accepts 0.3 (Excel's
 * value of 30%) and text such as "30%" or "0,3". Above 1 or below 0 → #NUM! with a hint.
 */
export function readShare(cell: Cell, fallback: number, field: Field = "share"): number {
  if (isBlank(cell)) return Math.round(fallback * SCALE);
  let value: number;
  if (typeof cell === "number") value = cell;
  else if (typeof cell === "string") value = parseShareText(cell);
  else value = NaN;
  if (Number.isNaN(value)) throw inputError("notNumber", { field, value: cell });
  if (!Number.isFinite(value) || value < 0 || value > 1) throw inputError("shareOutOfRange", { field, value: cell });
  return Math.round(value * SCALE);
}

function parseShareText(text: string): number {
  const t = text.trim().replace(",", ".");
  const match = /^([0-9]*\.?[0-9]+)\s*(%?)$/.exec(t);
  if (!match) return NaN;
  const value = Number(match[1]);
  return match[2] === "%" ? value / 100 : value;
}
