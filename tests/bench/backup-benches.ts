import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openServices } from '../../electron/services/open-services';
import { openDatabase } from '../../electron/store/open-database';
import { databaseFile } from '../../electron/store/resolve-data-dir';
import { generatedReport } from '../helpers/generated-report';
import type { Bench } from './bench';

const REPORTS = 50;
const REVISIONS_PER_REPORT = 10;

/**
 * A data folder as a busy bureau's might look after some years: 50 reports of about 15,000
 * characters, each with 10 revisions (one per 5 minutes of editing). Built once, only read after.
 */
function fiftyReports(): { dataDir: string; megabytes: number } {
  const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-bench-backup-'));
  let clock = Date.parse('2025-01-10T08:00:00Z');
  const { services, close } = openServices({ dataDir, version: 'bench', now: () => new Date(clock) });
  for (let r = 0; r < REPORTS; r++) {
    const report = services.reports.create({
      organizationName: `第${r}县教育局`,
      year: 2020 + (r % 6),
      addressee: '县委、县政府',
      title: `报告 ${r}`,
    });
    const parts = generatedReport(15_000);
    for (let revision = 0; revision < REVISIONS_PER_REPORT; revision++) {
      clock += 6 * 60_000;
      for (const [key, json] of Object.entries(parts)) {
        const saved = services.parts.save(
          report.id,
          key as keyof typeof parts,
          json.replace('全年', `全年${revision}`),
        );
        if (!saved.ok) throw new Error(saved.error.message);
      }
    }
  }
  close();
  return { dataDir, megabytes: statSync(databaseFile(dataDir)).size / 1e6 };
}

let fixture: ReturnType<typeof fiftyReports> | undefined;
const dataFolder = () => (fixture ??= fiftyReports());
process.once('exit', () => fixture && rmSync(fixture.dataDir, { recursive: true, force: true }));

export const backupBenches: readonly Bench[] = [
  {
    // VACUUM INTO a temporary file, fsync, quick_check of the copy, rename: the whole automatic backup.
    name: 'backup.50_reports',
    unit: 'ms',
    measure: () => {
      const { dataDir } = dataFolder();
      const target = join(dataDir, 'bench-backup.sqlite3');
      const { services, close } = openServices({ dataDir, version: 'bench' });
      const start = performance.now();
      const result = services.backups.backupTo(target);
      const elapsed = performance.now() - start;
      close();
      rmSync(target, { force: true });
      if (!result.ok) throw new Error(result.error.message);
      return elapsed;
    },
  },
  {
    // What start-up adds before the window opens: open the file and run quick_check on it.
    name: 'startup.quick_check',
    unit: 'ms',
    measure: () => {
      const file = databaseFile(dataFolder().dataDir);
      const start = performance.now();
      const db = openDatabase(file);
      const check = db.pragma('quick_check', { simple: true });
      db.close();
      const elapsed = performance.now() - start;
      if (check !== 'ok') throw new Error(`quick_check: ${String(check)}`);
      return elapsed;
    },
  },
];
