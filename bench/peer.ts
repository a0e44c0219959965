/**
 * Side by side with the npm library `apportionment` 2.0.3 (devDependency, bench only):
 * hamilton, webster and dhondt (the peer's `jefferson`) × n = 9, 400, 10 000 municipalities ×
 * total 10^3, 10^6, 10^9, on deterministic population-like integer weights.
 *
 * Every cell is timed in the same process, interleaved: after a warm-up, each round times ours
 * and the peer once per cell (alternating who goes first), and the cell's ratio is the median of
 * the per-round ratios ours / peer. Target: ratio < 1 in every cell.
 *
 * The peer works in floating point and has no stated tie-break; its divisor methods bisect a
 * float divisor and may answer with only a `low`/`high` pair instead of an `exact` allocation.
 * The note column says where the peer's result is missing, does not sum to the total or differs
 * from ours. Ours is checked exact in every cell before timing (BigInt, independently of the
 * engine; the run stops if it is not) and is property-tested against BigInt oracles.
 *
 * `npx tsx bench/peer.ts` prints this table alone.
 */
import { dhondt, hamilton, webster } from "../src/engine";
import { Row, printTable } from "./measure";

type Peer = typeof import("apportionment");

/** The peer logs a line (`huh …`) when it is loaded: load it with console.log silenced. */
export function loadPeer(): Peer {
  const log = console.log;
  console.log = () => undefined;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require("apportionment") as Peer;
  } finally {
    console.log = log;
  }
}

export const SIZES = [9, 400, 10_000] as const;
export const TOTALS = [1e3, 1e6, 1e9] as const;
const METHODS = ["hamilton", "webster", "dhondt"] as const;
type Method = (typeof METHODS)[number];

/**
 * Population-like whole weights: log-normal around 30 000 inhabitants (Dutch municipalities run
 * from about 1 000 to 900 000), from a seeded mulberry32 so every run sees the same numbers.
 */
export function populations(n: number, seed = 2024): number[] {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const z = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
    out.push(Math.min(950_000, Math.max(900, Math.floor(Math.exp(Math.log(30_000) + 0.9 * z)))));
  }
  return out;
}

interface Cell {
  method: Method;
  n: number;
  total: number;
  ours: () => number[];
  peer: () => unknown;
  oursIterations: number;
  peerIterations: number;
  oursNs: number[];
  peerNs: number[];
  ratios: number[];
  note: string;
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

/**
 * Whether our seats are the exact answer, checked with BigInt independently of the engine:
 * Hamilton against a sort of the exact remainders (larger remainder, larger weight, earlier
 * position); the divisor methods by the certificate that the seats are the first `total` of the
 * seat-by-seat order (the worst seat taken comes before the best seat not taken).
 */
function oursIsExact(method: Method, total: number, weights: number[], seats: number[]): boolean {
  const w = weights.map(BigInt);
  const t = BigInt(total);
  if (seats.reduce((a, b) => a + b, 0) !== total) return false;
  if (method === "hamilton") {
    const sumW = w.reduce((a, b) => a + b, 0n);
    const base = w.map((x) => (t * x) / sumW);
    const rem = w.map((x) => (t * x) % sumW);
    const order = w
      .map((_, i) => i)
      .sort((a, b) => (rem[a] !== rem[b] ? (rem[a] > rem[b] ? -1 : 1) : w[a] !== w[b] ? (w[a] > w[b] ? -1 : 1) : a - b));
    let rest = Number(t - base.reduce((a, b) => a + b, 0n));
    const expected = base.map(Number);
    for (const i of order) if (rest-- > 0) expected[i] += 1;
    return expected.every((x, i) => x === seats[i]);
  }
  const divisor = method === "dhondt" ? (k: bigint) => k + 1n : (k: bigint) => 2n * k + 1n;
  const before = (i: number, k: bigint, j: number, m: bigint): boolean => {
    if (i === j) return k < m;
    const lhs = w[i] * divisor(m);
    const rhs = w[j] * divisor(k);
    return lhs !== rhs ? lhs > rhs : w[i] !== w[j] ? w[i] > w[j] : i < j;
  };
  let worstTaken: [number, bigint] | undefined;
  let bestFree: [number, bigint] | undefined;
  for (let i = 0; i < w.length; i++) {
    const s = BigInt(seats[i]);
    if (s > 0n && (!worstTaken || before(worstTaken[0], worstTaken[1], i, s - 1n))) worstTaken = [i, s - 1n];
    if (w[i] > 0n && (!bestFree || before(i, s, bestFree[0], bestFree[1]))) bestFree = [i, s];
  }
  return !worstTaken || !bestFree || before(worstTaken[0], worstTaken[1], bestFree[0], bestFree[1]);
}

/** What the peer answers, and how it compares with ours. */
function compare(method: Method, peerResult: unknown, ours: number[], total: number): string {
  let apportionment: number[] | undefined;
  if (method === "hamilton") apportionment = (peerResult as { apportionment: number[] }).apportionment;
  else {
    const r = peerResult as { exact?: { apportionment: number[] } };
    if (!r.exact) return "peer: no exact result (low/high only)";
    apportionment = r.exact.apportionment;
  }
  const sum = apportionment.reduce((a, b) => a + b, 0);
  const notes: string[] = [];
  if (sum !== total) notes.push(`peer sums to ${sum}`);
  if (apportionment.some((x) => !Number.isInteger(x) || x < 0)) notes.push("peer has non-whole seats");
  let differ = 0;
  for (let i = 0; i < ours.length; i++) if (apportionment[i] !== ours[i]) differ++;
  if (differ > 0) notes.push(`peer differs from ours in ${differ} of ${ours.length}`);
  return notes.length ? notes.join("; ") : "peer: same result";
}

export function peerBenchmarks({ rounds = 31, batchMs = 2 } = {}): { title: string; rows: Row[] }[] {
  const peer = loadPeer();
  const ourFns = { hamilton, webster, dhondt };
  const peerFns = { hamilton: peer.hamilton, webster: peer.webster, dhondt: peer.jefferson };
  const cells: Cell[] = [];
  for (const method of METHODS) {
    for (const n of SIZES) {
      const weights = populations(n);
      for (const total of TOTALS) {
        const ours = ourFns[method];
        const theirs = peerFns[method];
        const oursResult = ours(total, weights);
        if (!oursIsExact(method, total, weights, oursResult)) throw new Error(`ours is not exact: ${method} n=${n} total=${total}`);
        cells.push({
          method,
          n,
          total,
          ours: () => ours(total, weights),
          peer: () => theirs(weights, total),
          oursIterations: 1,
          peerIterations: 1,
          oursNs: [],
          peerNs: [],
          ratios: [],
          note: compare(method, theirs(weights, total), oursResult, total),
        });
      }
    }
  }
  // warm-up, and per side the iterations for one batch of about batchMs (at least one call)
  for (const cell of cells) {
    for (let k = 0; k < 3; k++) {
      timeBatch(cell.ours, 20);
      timeBatch(cell.peer, 3);
    }
    cell.oursIterations = Math.max(1, Math.round((batchMs * 1e6) / timeBatch(cell.ours, 50)));
    cell.peerIterations = Math.max(1, Math.round((batchMs * 1e6) / timeBatch(cell.peer, 5)));
  }
  for (let r = 0; r < rounds; r++) {
    for (const cell of cells) {
      let o: number;
      let p: number;
      if (r % 2 === 0) {
        o = timeBatch(cell.ours, cell.oursIterations);
        p = timeBatch(cell.peer, cell.peerIterations);
      } else {
        p = timeBatch(cell.peer, cell.peerIterations);
        o = timeBatch(cell.ours, cell.oursIterations);
      }
      cell.oursNs.push(o);
      cell.peerNs.push(p);
      cell.ratios.push(o / p);
    }
  }
  const us = (ns: number) => (ns >= 100_000 ? (ns / 1000).toFixed(0) : ns >= 10_000 ? (ns / 1000).toFixed(1) : (ns / 1000).toFixed(2));
  const rows: Row[] = cells.map((c) => ({
    name: `${c.method.padEnd(8)} n=${String(c.n).padStart(5)} total=10^${Math.round(Math.log10(c.total))}`,
    value: `ours ${us(median(c.oursNs)).padStart(6)} µs  peer ${us(median(c.peerNs)).padStart(6)} µs`,
    ratio: median(c.ratios),
    target: { max: 1, label: "< 1", strict: true },
    note: `ours exact; ${c.note}`,
  }));
  return [{ title: `Ours vs npm apportionment 2.0.3 (ratio = ours / peer, median of ${rounds} interleaved rounds)`, rows }];
}

if (require.main === module) {
  const ok = peerBenchmarks()
    .map((t) => printTable(t.title, t.rows))
    .every(Boolean);
  void blackhole;
  process.exitCode = ok ? 0 : 1;
}
