import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bench } from './bench';
import { buildCliUnavailable, builtCli, processRatio, processTime } from './process-time';
import { reportText } from './report-text';

/**
 * The CLI check of a 15,000-character .txt report against a bare `node -e 0`, each a whole process:
 * what starting the command costs beyond starting Node.js itself.
 */
function checkVsNode(): number {
  const file = join(mkdtempSync(join(tmpdir(), 'fazhi-cli-')), 'report.txt');
  writeFileSync(file, reportText(15_000));
  return processRatio(
    () => processTime(process.execPath, [builtCli, 'check', file]),
    () => processTime(process.execPath, ['-e', '0']),
  );
}

export const cliBenches: readonly Bench[] = [
  { name: 'cli.check_vs_node', unit: 'ratio', runs: 5, unavailable: buildCliUnavailable, measure: checkVsNode },
];
