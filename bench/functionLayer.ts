/** Overhead of the custom-function layer (2-D arrays in and out, errors) over the engine, on 400 rows. */
import { fairShare, quota, shortfall } from "../src/engine";
import * as thuis from "../src/functions/wrappers";
import { Row, ratio } from "./measure";

export function functionLayerBenchmarks(): { title: string; rows: Row[] }[] {
  const population = Array.from({ length: 400 }, (_, i) => 1000 + ((i * 7919) % 200_000));
  const lettings = population.map((p) => Math.floor(p * 0.03));
  const asColumn = (xs: number[]) => xs.map((x) => [x]);
  const pairs: [string, () => unknown, () => unknown][] = [
    ["FAIRSHARE", () => thuis.FAIRSHARE(46_800, asColumn(population), null), () => fairShare(46_800, population)],
    ["CAP30", () => thuis.CAP30(asColumn(lettings), null, null), () => quota(lettings)],
    ["SHORTFALL", () => thuis.SHORTFALL(asColumn(population), asColumn(lettings), null), () => shortfall(population, lettings)],
  ];
  const rows = pairs.map(([name, viaFunction, engine]) => {
    const r = ratio(viaFunction, engine);
    return { name: `${name}: function layer vs engine`, value: `${(r.nsPerCall / 1000).toFixed(1)} µs`, ratio: r.ratio, target: { max: 2, label: "≤ 2×" } };
  });
  return [{ title: "Custom-function layer over the engine (400 rows)", rows }];
}
