import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bench } from './bench';
import { buildCliUnavailable, builtCli, processRatio, processTime, root } from './process-time';
import { reportText } from './report-text';

/**
 * The CLI check of a 15,000-character .txt report against a bare `node -e 0`, each a whole process:
 * what starting the command costs beyond starting Node.js itself.
 */
function checkVsNode(): number {
  const file = join(mkdtempSync(join(tmpdir(), 'fazhi-cli-')), 'report.txt');
  writeFileSync(file, reportText(15_000));
  return processRatio(
    // The generated report has errors, so check ends with 1 (checked, not ready to submit).
    () => processTime(process.execPath, [builtCli, 'check', file], [0, 1]),
    () => processTime(process.execPath, ['-e', '0']),
  );
}

/**
 * Peak resident memory of a process running the services through a 150,000-character report's
 * save, read, check and export (service-rss-child.ts). Run through tsx, whose compiler adds some.
 */
function serviceRss(): number {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'service-rss-child.ts')], {
    cwd: root,
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`service-rss-child failed: ${child.stderr}`);
  return Number(child.stdout);
}

export const cliBenches: readonly Bench[] = [
  { name: 'memory.service_rss_150k', unit: 'MB', runs: 3, measure: serviceRss },
  { name: 'cli.check_vs_node', unit: 'ratio', runs: 5, unavailable: buildCliUnavailable, measure: checkVsNode },
];
