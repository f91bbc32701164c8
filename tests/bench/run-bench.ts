import { parseArgs } from 'node:util';
import { BENCH_GROUPS } from './benches';
import { runBench } from './bench';

// `npm run bench` prints a table; `npm run --silent bench -- --json` one {"name","value","unit"} per line.
const { values } = parseArgs({
  options: { json: { type: 'boolean' }, runs: { type: 'string' }, filter: { type: 'string' } },
});
const runs = Number(values.runs ?? 7);

if (!values.json)
  console.log(
    `${'name'.padEnd(28)}${'median'.padStart(12)}  unit   (median of ${runs} runs after a warm-up, unless noted)`,
  );
for (const group of BENCH_GROUPS) {
  const selected = group.benches.filter((bench) => !values.filter || bench.name.includes(values.filter));
  try {
    for (const bench of selected) {
      const reason = bench.unavailable?.();
      if (reason) {
        // Not a figure: said on stderr so --json output stays one object per measured benchmark.
        console.error(`${bench.name.padEnd(28)}${'skipped'.padStart(12)}  ${reason}`);
        continue;
      }
      const value = Number((await runBench(bench, runs)).toFixed(2));
      const note = bench.runs ? `  (median of ${bench.runs} runs)` : '';
      console.log(
        values.json
          ? JSON.stringify({ name: bench.name, value, unit: bench.unit })
          : `${bench.name.padEnd(28)}${String(value).padStart(12)}  ${bench.unit}${note}`,
      );
    }
  } finally {
    if (selected.length) await group.dispose?.();
  }
}
