import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";

/**
 * Loads the BUILT dist/functions.js the way Excel's JavaScript-only custom-functions runtime
 * would: a fresh context whose only globals are `CustomFunctions` (associate, Error, ErrorCode)
 * and `Office` (onReady) — no window, no document, no fetch. Returns what it associated.
 */
export const DIST = process.env.VERDEELWIJZER_DIST ?? join(__dirname, "..", "..", "dist");

export class FakeCustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export type Registered = Record<string, (...args: unknown[]) => unknown>;

export function loadFunctionsBundle(displayLanguage = "nl-NL"): { registered: Registered; metadata: FunctionsMetadata } {
  const registered: Registered = {};
  const sandbox = {
    CustomFunctions: {
      associate(id: string | Record<string, (...args: unknown[]) => unknown>, fn?: (...args: unknown[]) => unknown) {
        if (typeof id === "string") registered[id] = fn!;
        else Object.assign(registered, id);
      },
      Error: FakeCustomFunctionsError,
      ErrorCode: ERROR_CODES,
    },
    Office: {
      onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
      context: { displayLanguage },
    },
  };
  vm.createContext(sandbox);
  vm.runInContext(readFileSync(join(DIST, "functions.js"), "utf8"), sandbox, { filename: "functions.js" });
  const metadata = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as FunctionsMetadata;
  return { registered, metadata };
}

export interface FunctionsMetadata {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: { name: string; type: string; dimensionality?: string; optional?: boolean; description?: string }[];
    result: { type?: string; dimensionality?: string };
  }[];
}
