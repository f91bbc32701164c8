import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openServices } from '../../electron/services/open-services';
import { generatedPartJson } from '../helpers/generated-report';
import { p95, type Bench } from './bench';

function withDataDir<T>(use: (dataDir: string) => T): T {
  const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-bench-'));
  try {
    return use(dataDir);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export const storeBenches: readonly Bench[] = [
  {
    name: 'store.open_migrate',
    unit: 'ms',
    measure: () =>
      withDataDir((dataDir) => {
        const start = performance.now();
        const opened = openServices({ dataDir, version: 'bench' });
        const elapsed = performance.now() - start;
        opened.close();
        return elapsed;
      }),
  },
  {
    // Each create is its own transaction with synchronous=FULL, as when a clerk clicks 创建报告.
    name: 'store.create_list_1000',
    unit: 'ms',
    measure: () =>
      withDataDir((dataDir) => {
        const { services, close } = openServices({ dataDir, version: 'bench' });
        const start = performance.now();
        for (let i = 0; i < 1000; i++) {
          services.reports.create({
            organizationName: `第${i % 50}县教育局`,
            year: 2000 + (i % 26),
            addressee: '县委、县政府',
            title: `报告 ${i}`,
          });
        }
        const listed = services.reports.list().length;
        const elapsed = performance.now() - start;
        close();
        if (listed !== 1000) throw new Error(`expected 1000 reports, listed ${listed}`);
        return elapsed;
      }),
  },
  {
    // One autosave of a 9,000-character part (the measures of a 15,000-character report), with
    // synchronous=FULL: p95 over 100 saves, each with a changed text, as typing produces them.
    name: 'store.autosave_p95',
    unit: 'ms',
    runs: 3,
    measure: () =>
      withDataDir((dataDir) => {
        const { services, close } = openServices({ dataDir, version: 'bench' });
        const report = services.reports.create({
          organizationName: '某县教育局',
          year: 2024,
          addressee: '',
          title: '基准报告',
        });
        const json = generatedPartJson(9000);
        const samples: number[] = [];
        for (let i = 0; i < 100; i++) {
          const edited = json.replace('全年', `全年${i}`);
          const start = performance.now();
          const saved = services.parts.save(report.id, 'measures', edited);
          samples.push(performance.now() - start);
          if (!saved.ok) throw new Error(saved.error.message);
        }
        close();
        return p95(samples);
      }),
  },
];
