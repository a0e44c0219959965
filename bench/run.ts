/**
 * `npm run bench`: every benchmark of the project, printed as ratios against baselines measured
 * in the same run. Exits non-zero when a stated target is missed.
 */
import { engineBenchmarks } from "./engine";
import { printTable } from "./measure";

let ok = true;
for (const table of engineBenchmarks()) ok = printTable(table.title, table.rows) && ok;
console.log(ok ? "\nAll targets met." : "\nSome targets were missed.");
process.exitCode = ok ? 0 : 1;
