/**
 * Engine benchmarks on 400 municipalities: every rule against a naive float proportional split
 * (`Math.round(total × w / Σw)`, not even summing to the total) measured in the same run, and
 * FAIRSHARE at total 10^3 vs 10^9 per method (divisor methods must not cost O(total)).
 */
import { carryOver, dhondt, fairShare, growthPath, hamilton, mutationRate, quota, redistribute, shortfall, webster } from "../src/engine";
import { Row, ratio, time } from "./measure";

const N = 400;

/** Deterministic population-like weights (1 000 … 200 000) and lettings. */
function dataset() {
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const population = Array.from({ length: N }, () => 1000 + Math.floor(next() * 199_000));
  const lettings = population.map((p) => Math.floor(p * 0.03));
  const demand = population.map((p) => Math.floor(p * 0.01));
  const capacity = lettings.map((l) => Math.floor(l * 0.3));
  return { population, lettings, demand, capacity };
}

export function naiveSplit(total: number, weights: readonly number[]): number[] {
  let sum = 0;
  for (const w of weights) sum += w;
  return weights.map((w) => Math.round((total * w) / sum));
}

export function engineBenchmarks(): { title: string; rows: Row[] }[] {
  const d = dataset();
  const total = 1170 * 40;
  const baseline = time(() => naiveSplit(total, d.population)).nsPerCall;
  const naive = () => naiveSplit(total, d.population);
  const rel = (name: string, fn: () => unknown, target?: Row["target"]): Row => {
    const r = ratio(fn, naive);
    return { name, value: `${(r.nsPerCall / 1000).toFixed(1)} µs`, ratio: r.ratio, target };
  };
  const years = d.demand.map((x) => [x, x, x, x, x]);
  const realised = d.demand.map((x) => [x - 1, x + 2, x, null, x]);
  const perRow: Row[] = [
    { name: "baseline: naive float split", value: `${(baseline / 1000).toFixed(1)} µs`, ratio: 1 },
    rel("hamilton", () => hamilton(total, d.population), { max: 3, label: "≤ 3× baseline" }),
    rel("webster", () => webster(total, d.population), { max: 2.5, label: "≤ 2.5× baseline" }),
    rel("dhondt", () => dhondt(total, d.population)),
    rel("fairShare rule (validated, hamilton)", () => fairShare(total, d.population)),
    rel("quota rule (CAP30)", () => quota(d.lettings, 0.3)),
    rel("shortfall rule", () => shortfall(d.demand, d.capacity)),
    rel("redistribute rule", () => redistribute(d.demand, d.capacity)),
    rel("growthPath (400 items × 12 years)", () => d.demand.map((x, i) => growthPath(x, d.capacity[i], 2024, 2035))),
    rel("carryOver rule (400 × 5 years)", () => carryOver(years, realised)),
    rel("mutationRate rule", () => mutationRate(d.lettings, d.population)),
  ];

  const scale: Row[] = [];
  for (const [name, method] of [
    ["hamilton", hamilton],
    ["webster", webster],
    ["dhondt", dhondt],
  ] as const) {
    const r = ratio(
      () => method(1_000_000_000, d.population),
      () => method(1_000, d.population),
    );
    scale.push({
      name: `${name}: total 10^9 vs 10^3`,
      value: `${(r.nsPerCall / 1000).toFixed(1)} µs`,
      ratio: r.ratio,
      target: { max: 3, label: "≤ 3" },
    });
  }
  return [
    { title: `Engine on ${N} municipalities (ratio to the baseline)`, rows: perRow },
    { title: `FAIRSHARE cost vs total (${N} municipalities)`, rows: scale },
  ];
}
