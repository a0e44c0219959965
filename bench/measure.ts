/**
 * Timing helpers for the benchmarks: warm up, then take the median of several samples of many
 * iterations each. Results are only ever compared as ratios to a baseline measured in the same
 * run, so machine speed cancels out.
 */
export interface Timing {
  /** Median nanoseconds per call. */
  nsPerCall: number;
}

export function time(fn: () => unknown, { samples = 9, minMs = 40 } = {}): Timing {
  // calibrate iterations so one sample takes at least minMs
  let iterations = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < iterations; i++) sink(fn());
    if (performance.now() - t0 >= minMs / 4) break;
    iterations *= 2;
  }
  iterations *= 4;
  const perCall: number[] = [];
  for (let s = 0; s < samples; s++) {
    const t0 = performance.now();
    for (let i = 0; i < iterations; i++) sink(fn());
    perCall.push(((performance.now() - t0) * 1e6) / iterations);
  }
  perCall.sort((a, b) => a - b);
  return { nsPerCall: perCall[samples >> 1] };
}

let blackhole: unknown;
/** Keeps results alive so the optimiser cannot drop the work. */
function sink(x: unknown): void {
  blackhole = x;
}
export function lastSink(): unknown {
  return blackhole;
}

export interface Row {
  name: string;
  value: string;
  ratio?: number;
  /** Met when ratio ≤ max, or ratio < max when strict. */
  target?: { max: number; label: string; strict?: boolean };
  /** Printed after the verdict (e.g. how a peer's result compares). */
  note?: string;
}

export function printTable(title: string, rows: Row[]): boolean {
  console.log(`\n${title}`);
  let ok = true;
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) {
    const ratio = r.ratio === undefined ? "" : `  ${r.ratio.toFixed(2)}×`;
    let verdict = "";
    if (r.target && r.ratio !== undefined) {
      const pass = r.target.strict ? r.ratio < r.target.max : r.ratio <= r.target.max;
      ok &&= pass;
      verdict = `  ${pass ? "PASS" : "FAIL"} (target ${r.target.label})`;
    }
    const note = r.note ? `  ${r.note}` : "";
    console.log(`  ${r.name.padEnd(width)}  ${r.value.padStart(12)}${ratio}${verdict}${note}`);
  }
  return ok;
}

/**
 * Ratio of `subject` to `baseline`, measured alternately several times (so drifts in machine
 * load or JIT state hit both) and reported as the median ratio.
 */
export function ratio(subject: () => unknown, baseline: () => unknown, rounds = 5): { ratio: number; nsPerCall: number } {
  const ratios: number[] = [];
  const subjectNs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const b = time(baseline, { samples: 5, minMs: 20 }).nsPerCall;
    const s = time(subject, { samples: 5, minMs: 20 }).nsPerCall;
    ratios.push(s / b);
    subjectNs.push(s);
  }
  ratios.sort((a, b) => a - b);
  subjectNs.sort((a, b) => a - b);
  return { ratio: ratios[rounds >> 1], nsPerCall: subjectNs[rounds >> 1] };
}
