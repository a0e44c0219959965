/**
 * Test-only: the random scenario settings the differential tests draw (differential,
 * messyDifferential, justification), defined once. What a test varies is passed in: the largest
 * regional need, and the growth path, blended key and "Na correcties" it draws (by default none).
 * The fields are drawn in the same order with the same arbitraries as before they were shared, so a
 * test's seed still gives the same workbooks.
 */
import fc from "fast-check";
import { BlendedKey, KEY_COLUMNS, ScenarioSettings } from "../../src/scenario";
import { perShare } from "../../src/scenario/params";

/** A share of the lettings in thousandths (0.367). */
export const share = fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000);

/** 1–4 key columns with whole percentages adding up to 100 (as the pane makes them). */
export const blendedKey: fc.Arbitrary<BlendedKey> = fc
  .tuple(
    fc.shuffledSubarray([...KEY_COLUMNS], { minLength: 1, maxLength: 4 }),
    fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 }),
  )
  .map(([columns, raw]) => {
    const percents = columns.map((_, j) => raw[j]);
    const rest = 100 - percents.slice(0, -1).reduce((s, x) => s + x, 0);
    percents[percents.length - 1] = rest;
    return { columns, percents };
  })
  .filter(({ percents }) => percents.every((p) => p >= 0))
  .map(({ columns, percents }) => ({ columns, factors: percents.map((p) => p / 100) }));

export function scenarioSettings(options: {
  maxNeed: number;
  growth?: fc.Arbitrary<ScenarioSettings["growth"]>;
  key?: fc.Arbitrary<ScenarioSettings["key"]>;
  adjust?: fc.Arbitrary<ScenarioSettings["adjust"]>;
}): fc.Arbitrary<ScenarioSettings> {
  return fc.record({
    need: fc.oneof(
      fc.record({ kind: fc.constant("number" as const), value: fc.integer({ min: 0, max: options.maxNeed }) }),
      fc.record({ kind: fc.constant("share" as const), share }),
    ),
    ...perShare(() => share),
    rounding: fc.constantFrom("round" as const, "down" as const, "up" as const),
    method: fc.constantFrom("hamilton" as const, "webster" as const, "dhondt" as const),
    solidarity: fc.boolean(),
    growth: options.growth ?? fc.constant(null),
    key: options.key ?? fc.constant(null),
    adjust: options.adjust ?? fc.constant(null),
  });
}
