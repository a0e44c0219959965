/** The one rule for random cases (test/cases.ts): fixed in npm test, scaled and reseeded in a deep run. */

/** `check` with a fresh copy of test/cases.ts while VERDEELWIJZER_DEEP and _SEED are set as given ("" for npm test). */
function inDeepRun(deep: string, seed: string, check: (module: typeof import("./cases")) => void): void {
  const saved = { deep: process.env.VERDEELWIJZER_DEEP, seed: process.env.VERDEELWIJZER_SEED };
  const restore = (name: string, value: string | undefined) =>
    value === undefined ? delete process.env[name] : (process.env[name] = value);
  process.env.VERDEELWIJZER_DEEP = deep;
  process.env.VERDEELWIJZER_SEED = seed;
  try {
    jest.isolateModules(() => check(jest.requireActual("./cases")));
  } finally {
    restore("VERDEELWIJZER_DEEP", saved.deep);
    restore("VERDEELWIJZER_SEED", saved.seed);
  }
}

test("npm test: the cases and seeds as written, the same every run", () => {
  // as npm test runs it, also when this file runs in a deep run
  inDeepRun("", "", ({ cases, seeds }) => {
    expect(cases(100, 20261126)).toEqual({ numRuns: 100, seed: 20261126 });
    expect(seeds(3, 5)).toEqual([5, 6, 7]);
  });
});

test("a deep run: the factor times as many cases, from the replayed seed, the same for every draw in a file", () => {
  const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
  inDeepRun("10", "42", (deep) => {
    expect(deep.cases(100, 20261126)).toEqual({ numRuns: 1000, seed: 42 });
    expect(deep.cases(7, 1)).toEqual({ numRuns: 70, seed: 42 });
    expect(deep.seeds(2, 5)).toEqual(Array.from({ length: 20 }, (_, i) => 42 + i));
  });
  expect(log.mock.calls).toEqual([["deep run: seed 42 (replay with VERDEELWIJZER_SEED=42)"]]);
  inDeepRun("3", "", (deep) => {
    const { numRuns, seed } = deep.cases(5, 1);
    expect(numRuns).toBe(15);
    expect(Number.isSafeInteger(seed) && seed !== 1).toBe(true); // a new seed, printed
  });
  expect(log).toHaveBeenCalledTimes(2);
  log.mockRestore();
});

test("a factor that is not a whole number ≥ 1 is refused by name", () => {
  for (const factor of ["zeven", "0", "2.5"])
    inDeepRun(factor, "", (deep) =>
      expect(() => deep.cases(1, 1)).toThrow(`VERDEELWIJZER_DEEP must be a whole number ≥ 1, not '${factor}'`),
    );
});
