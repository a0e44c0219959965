/**
 * The Dutch help of the THUIS functions lives in functions.ts beside the English (`@nl`,
 * `@nlparam`); the build turns it into functions.nl.json. These checks run without a build.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { THUIS_ARITY } from "../../src/functions/arity";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readDutchHelp } = require("../../scripts/localize-functions.js") as {
  readDutchHelp: (source: string) => Record<string, { description: string; parameters: Record<string, string> }>;
};

const SOURCE = readFileSync(join(__dirname, "../../src/functions/functions.ts"), "utf8");

test("a text over several JSDoc lines is one line; each parameter is found by its name", () => {
  const help = readDutchHelp(`
/**
 * Half. Example: =THUIS.HALF(7)
 * @customfunction HALF HALF
 * @param value A number.
 * @nl De helft van een getal,
 *   naar beneden afgerond. Voorbeeld: =THUIS.HALF(7)
 * @nlparam value Een heel
 * getal.
 */
export function half(value: any): number { return value; }
/** Not a custom function. @nl Niet gelezen. */
export function other(): number { return 0; }
`);
  expect(help).toEqual({
    HALF: {
      description: "De helft van een getal, naar beneden afgerond. Voorbeeld: =THUIS.HALF(7)",
      parameters: { value: "Een heel getal." },
    },
  });
});

test("every registered function has Dutch help for each of its arguments", () => {
  const help = readDutchHelp(SOURCE);
  expect(Object.keys(help).sort()).toEqual(Object.keys(THUIS_ARITY).sort());
  for (const [id, arity] of Object.entries(THUIS_ARITY)) {
    expect(help[id].description).toMatch(/Voorbeeld: =THUIS\./);
    expect(Object.keys(help[id].parameters)).toHaveLength(arity);
  }
});

test("the argument counts follow from the wrappers, optional arguments included", () => {
  expect(THUIS_ARITY).toMatchObject({ FAIRSHARE: 4, CAP30: 3, MUTATIONRATE: 2, ADJUST: 3, GROUPSHARE: 4 });
});
