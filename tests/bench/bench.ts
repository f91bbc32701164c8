export interface Bench {
  /** Stable name, e.g. `store.open_migrate`; issues refer to figures by it. */
  name: string;
  unit: 'ms' | 'ratio' | 'MB';
  /** How many measured runs; fewer for slow benchmarks that already aggregate many samples. */
  runs?: number;
  /** One measured run: does its own setup and returns only the measured figure. */
  measure(): number | Promise<number>;
  /** Why the benchmark cannot run on this machine (a missing tool), or null when it can. */
  unavailable?(): string | null;
}

/** Benchmarks that share costly setup (a built renderer, a browser) and release it at the end. */
export interface BenchGroup {
  benches: readonly Bench[];
  dispose?(): Promise<void>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The value below which 95 % of the samples fall (nearest rank). */
export function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

/** A warm-up run that is thrown away, then the median of the measured runs. */
export async function runBench(bench: Bench, runs: number): Promise<number> {
  await bench.measure();
  const values: number[] = [];
  for (let run = 0; run < (bench.runs ?? runs); run++) values.push(await bench.measure());
  return median(values);
}
