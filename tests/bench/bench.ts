export interface Bench {
  /** Stable name, e.g. `store.open_migrate`; issues refer to figures by it. */
  name: string;
  unit: 'ms';
  /** One measured run: does its own setup and returns only the measured part. */
  measure(): number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A warm-up run that is thrown away, then the median of the measured runs. */
export function runBench(bench: Bench, runs: number): number {
  bench.measure();
  return median(Array.from({ length: runs }, () => bench.measure()));
}
