/**
 * The mixed workload, as an outside measurement sees the engine: every method × size × total of
 * the side-by-side (bench/peer.ts), ours and npm `apportionment` 2.0.3, plus the naive float
 * split at 400 municipalities, all interleaved in ONE process in a shuffled order that changes
 * every round, with short batches (about 0.25 ms), so no call site stays monomorphic and warm
 * the way it does when one cell runs alone.
 *
 * Targets: every cell below the peer (ours / peer < 1), and at 400 municipalities Webster ≤ 2.5×
 * the naive split measured in the same mixed run (Hamilton ≤ 3×, as in the engine table).
 *
 * What it found (`node --trace-deopt`): loops compiled on the stack (OSR) before the code after
 * them had type feedback deoptimised on every exit, again and again, because the compiled loop is
 * kept and re-entered: Hamilton's remainder loop and bucket walk (about 500 times a run) and the
 * divisor methods' estimate loop (about 1 900 times). Each time the optimised code that the short
 * calls use went too, so Hamilton at n = 9 ran 2–5× slower here than alone (0.7–1.8 µs against
 * 0.25 µs), up to 1.2× the peer. Those loops are now functions of their own with nothing after the
 * loop but the return (src/engine/hamilton.ts, divisor.ts). Webster at 400 was 3.6–5.8× the naive
 * split because its estimate is a few seats off and a heap was built for those: up to
 * SCAN_SEATS seats are now placed by scanning.
 *
 * `npx tsx bench/mixed.ts` prints this table alone.
 */
import { dhondt, hamilton, webster } from "../src/engine";
import { naiveSplit } from "./engine";
import { Row, printTable } from "./measure";
import { SIZES, TOTALS, loadPeer, populations } from "./peer";

interface Timed {
  label: string;
  fn: () => unknown;
  iterations: number;
  ns: number[];
}

let blackhole: unknown;

function timeBatch(fn: () => unknown, iterations: number): number {
  const t0 = performance.now();
  for (let i = 0; i < iterations; i++) blackhole = fn();
  return ((performance.now() - t0) * 1e6) / iterations;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** A seeded shuffle (mulberry32), so every run interleaves in the same sequence of orders. */
function shuffler(seed: number): <T>(xs: T[]) => T[] {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return <T>(xs: T[]) => {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
}

const METHODS = ["hamilton", "webster", "dhondt"] as const;
const NAIVE_N = 400;
const NAIVE_TOTAL = 46_800;

export function mixedBenchmarks({ rounds = 41, batchMs = 0.25 } = {}): { title: string; rows: Row[] }[] {
  const peer = loadPeer();
  const ourFns = { hamilton, webster, dhondt };
  const peerFns = { hamilton: peer.hamilton, webster: peer.webster, dhondt: peer.jefferson };
  const pairs: { ours: Timed; peer: Timed }[] = [];
  const entry = (label: string, fn: () => unknown): Timed => ({ label, fn, iterations: 1, ns: [] });
  for (const method of METHODS) {
    for (const n of SIZES) {
      const weights = populations(n);
      for (const total of TOTALS) {
        const label = `${method.padEnd(8)} n=${String(n).padStart(5)} total=10^${Math.round(Math.log10(total))}`;
        const ours = ourFns[method];
        const theirs = peerFns[method];
        pairs.push({ ours: entry(label, () => ours(total, weights)), peer: entry(label, () => theirs(weights, total)) });
      }
    }
  }
  const w400 = populations(NAIVE_N);
  const naive = entry("naive", () => naiveSplit(NAIVE_TOTAL, w400));
  const againstNaive = METHODS.map((method) => entry(method, () => ourFns[method](NAIVE_TOTAL, w400)));
  const all = [...pairs.flatMap((p) => [p.ours, p.peer]), naive, ...againstNaive];
  for (const t of all) {
    timeBatch(t.fn, 3);
    t.iterations = Math.max(1, Math.round((batchMs * 1e6) / timeBatch(t.fn, 5)));
  }
  // one unit per round and cell: ours and the peer back to back (who goes first alternates), so
  // the pair sees the same machine state; the units themselves come in a new order every round
  const units: ((round: number) => void)[] = [
    ...pairs.map((p, k) => (r: number) => {
      const order = (r + k) % 2 === 0 ? [p.ours, p.peer] : [p.peer, p.ours];
      for (const t of order) t.ns.push(timeBatch(t.fn, t.iterations));
    }),
    ...againstNaive.map((t) => (r: number) => {
      for (const x of r % 2 === 0 ? [naive, t] : [t, naive]) x.ns.push(timeBatch(x.fn, x.iterations));
    }),
  ];
  const shuffle = shuffler(2024);
  for (let r = 0; r < rounds; r++) for (const unit of shuffle(units)) unit(r);

  const us = (ns: number) => (ns >= 10_000 ? (ns / 1000).toFixed(0) : (ns / 1000).toFixed(2));
  const peerRows: Row[] = pairs.map(({ ours, peer: theirs }) => {
    const ratios = ours.ns.map((o, i) => o / theirs.ns[i]);
    return {
      name: ours.label,
      value: `ours ${us(median(ours.ns)).padStart(6)} µs  peer ${us(median(theirs.ns)).padStart(6)} µs`,
      ratio: median(ratios),
      target: { max: 1, label: "< 1", strict: true },
    };
  });
  const naiveNs = median(naive.ns);
  const naiveRows: Row[] = [
    { name: "baseline: naive float split", value: `${us(naiveNs)} µs`, ratio: 1 },
    ...againstNaive.map((t) => {
      const max = t.label === "webster" ? 2.5 : t.label === "hamilton" ? 3 : undefined;
      return {
        name: t.label,
        value: `${us(median(t.ns))} µs`,
        ratio: median(t.ns.map((x, i) => x / naive.ns[i])),
        target: max === undefined ? undefined : { max, label: `≤ ${max}× naive` },
      };
    }),
  ];
  void blackhole;
  return [
    {
      title: `Mixed workload: ours vs npm apportionment 2.0.3, all cells interleaved (ratio = ours / peer, median of ${rounds})`,
      rows: peerRows,
    },
    { title: `Mixed workload: ${NAIVE_N} municipalities, total ${NAIVE_TOTAL}, against the naive split in the same run`, rows: naiveRows },
  ];
}

if (require.main === module) {
  const ok = mixedBenchmarks()
    .map((t) => printTable(t.title, t.rows))
    .every(Boolean);
  process.exitCode = ok ? 0 : 1;
}
