import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './bench';

export const root = join(import.meta.dirname, '..', '..');

/** The built command line (npm run build:cli), as a clerk's script runs it; tsx would add a second of compiling. */
export const builtCli = join(root, 'out', 'cli', 'cli.mjs');

/** Why the built command line cannot be measured, or null once it is built (once, before the timed runs). */
export function buildCliUnavailable(): string | null {
  return spawnSync('npm', ['run', '--silent', 'build:cli'], { cwd: root, stdio: 'ignore' }).status === 0
    ? null
    : 'npm run build:cli failed';
}

/** Wall time of a whole process, start to exit; `expected` are the exit codes of a run that worked. */
export function processTime(command: string, args: readonly string[], expected: readonly number[] = [0]): number {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'ignore' });
  if (!expected.includes(result.status ?? -1)) throw new Error(`${command} ${args.join(' ')} failed`);
  return performance.now() - start;
}

/**
 * How many times longer `ours` takes than `baseline`, each run `pairs` times in turn so a change in
 * the machine's load falls on both: the ratio of the two medians.
 */
export function processRatio(ours: () => number, baseline: () => number, pairs = 3): number {
  const mine: number[] = [];
  const theirs: number[] = [];
  for (let pair = 0; pair < pairs; pair++) {
    mine.push(ours());
    theirs.push(baseline());
  }
  return median(mine) / median(theirs);
}
