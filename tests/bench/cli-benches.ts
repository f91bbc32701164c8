import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
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
 * The child below, compiled once as the app's own build compiles the services (esbuild, one file,
 * better-sqlite3 left native), so the figure is the services' memory, not tsx's compiler's.
 */
let serviceRssChild: string | undefined;
async function builtServiceRssChild(): Promise<string> {
  if (serviceRssChild) return serviceRssChild;
  // Inside the project, where the built file finds better-sqlite3 in node_modules.
  const outfile = join(root, 'out', 'bench', 'service-rss-child.mjs');
  await build({
    absWorkingDir: root,
    entryPoints: [join(import.meta.dirname, 'service-rss-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    outfile,
    // CommonJS dependencies call require; an ES module has none of its own.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  return (serviceRssChild = outfile);
}

/**
 * Peak resident memory of a process running the services through a 150,000-character report's
 * save, read, check and export (service-rss-child.ts).
 */
async function serviceRss(): Promise<number> {
  const child = spawnSync(process.execPath, [await builtServiceRssChild()], { cwd: root, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`service-rss-child failed: ${child.stderr}`);
  return Number(child.stdout);
}

export const cliBenches: readonly Bench[] = [
  { name: 'memory.service_rss_150k', unit: 'MB', runs: 3, measure: serviceRss },
  { name: 'cli.check_vs_node', unit: 'ratio', runs: 5, unavailable: buildCliUnavailable, measure: checkVsNode },
];
