import { parseArgs } from 'node:util';
import { BENCHES } from './benches';
import { runBench } from './bench';

// `npm run bench` prints a table; `npm run --silent bench -- --json` one {"name","value","unit"} per line.
const { values } = parseArgs({ options: { json: { type: 'boolean' }, runs: { type: 'string' }, filter: { type: 'string' } } });
const runs = Number(values.runs ?? 7);
const selected = BENCHES.filter((bench) => !values.filter || bench.name.includes(values.filter));

if (!values.json) console.log(`${'name'.padEnd(28)}${'median'.padStart(12)}  unit   (${runs} runs after a warm-up)`);
for (const bench of selected) {
  const value = Number(runBench(bench, runs).toFixed(2));
  console.log(values.json ? JSON.stringify({ name: bench.name, value, unit: bench.unit }) : `${bench.name.padEnd(28)}${String(value).padStart(12)}  ${bench.unit}`);
}
