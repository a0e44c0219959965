/**
 * How many random cases a property test draws, and from which seed: one rule for every
 * `fc.assert` and every seeded loop in the suite.
 *
 * - `npm test` draws a fixed sample: the seed is fixed, so every run checks the same cases and a
 *   failure is the same failure on every machine (the standard: tests are deterministic).
 * - `npm run test:deep` draws `VERDEELWIJZER_DEEP` times as many (10 by default) from a new seed
 *   each run, printed once per test file: it explores where the fixed sample does not reach.
 *   `VERDEELWIJZER_SEED=<seed>` replays a deep run's draw; fast-check's report of a failure names
 *   the seed and the path of the shrunk case too.
 *
 * @example
 *   fc.assert(fc.property(region, (r) => …), cases(100, 20261126));
 *   // npm test: { numRuns: 100, seed: 20261126 }
 *   // VERDEELWIJZER_DEEP=10: { numRuns: 1000, seed: <new, printed> }
 */
export function cases(numRuns: number, seed: number): { numRuns: number; seed: number } {
  const deep = depth();
  if (deep === 1) return { numRuns, seed };
  return { numRuns: numRuns * deep, seed: deepSeed() };
}

/**
 * The seeds of a loop that draws its own random workbooks (seeded generators, not fast-check):
 * `count` fixed seeds from `first` in `npm test`, `count × depth` fresh ones in a deep run.
 *
 * @example
 *   seeds(24, 1) // npm test: [1, 2, …, 24]
 */
export function seeds(count: number, first: number): number[] {
  const deep = depth();
  const start = deep === 1 ? first : deepSeed();
  return Array.from({ length: count * deep }, (_, i) => start + i);
}

/** 1 for `npm test`; the factor of `npm run test:deep`. */
function depth(): number {
  const raw = process.env.VERDEELWIJZER_DEEP;
  if (raw === undefined || raw === "") return 1;
  const factor = Number(raw);
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`VERDEELWIJZER_DEEP must be a whole number ≥ 1, not '${raw}'`);
  return factor;
}

let drawn: number | undefined;

/** One seed per test file in a deep run: replayed from VERDEELWIJZER_SEED, else new and printed. */
function deepSeed(): number {
  if (drawn !== undefined) return drawn;
  const replay = process.env.VERDEELWIJZER_SEED;
  drawn = replay ? Number(replay) : Math.floor(Math.random() * 2 ** 31);
  if (!Number.isSafeInteger(drawn)) throw new Error(`VERDEELWIJZER_SEED must be a whole number, not '${replay}'`);
  console.log(`deep run: seed ${drawn} (replay with VERDEELWIJZER_SEED=${drawn})`);
  return drawn;
}
