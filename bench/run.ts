/**
 * `npm run bench` (builds first): every benchmark of the project, printed as ratios against
 * baselines or targets measured in the same run. Exits non-zero when a stated target is missed.
 */
import { bundleBenchmarks } from "./bundles";
import { engineBenchmarks } from "./engine";
import { functionLayerBenchmarks } from "./functionLayer";
import { groupShareBenchmarks } from "./groupShare";
import { printTable } from "./measure";
import { mixedBenchmarks } from "./mixed";
import { paneBenchmarks } from "./pane";
import { peerBenchmarks } from "./peer";
import { previewBenchmarks } from "./preview";
import { recalcBenchmarks } from "./recalc";
import { syncBenchmarks } from "./syncs";

async function main(): Promise<void> {
  const tables = [
    ...engineBenchmarks(),
    ...groupShareBenchmarks(),
    ...peerBenchmarks(),
    ...mixedBenchmarks(),
    ...functionLayerBenchmarks(),
    ...recalcBenchmarks(),
    ...(await previewBenchmarks()),
    ...bundleBenchmarks(),
    ...(await paneBenchmarks()),
    ...(await syncBenchmarks()),
  ];
  let ok = true;
  for (const table of tables) ok = printTable(table.title, table.rows) && ok;
  console.log(ok ? "\nAll targets met." : "\nSome targets were missed.");
  process.exitCode = ok ? 0 : 1;
}

void main();
