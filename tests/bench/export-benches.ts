import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { blocksPlainText, partBlocks } from '../../shared/report/part-content';
import { buildDocx } from '../../electron/export/docx/build-docx';
import { exportDocumentFromReport } from '../../shared/export/export-document';
import { FONT_PROFILES } from '../../shared/export/font-profiles';
import { layoutPages } from '../../shared/export/layout-pages';
import type { PartKey } from '../../shared/outline/part-key';
import { generatedReport } from '../helpers/generated-report';
import type { Bench } from './bench';

/** A report of about `chars` characters as the app holds it. */
function reportOf(chars: number) {
  const parts = Object.entries(generatedReport(chars)).map(([key, contentJson]) => ({
    key: key as PartKey,
    heading: '部分标题',
    contentJson,
    plainText: '',
    updatedAt: '',
  }));
  return {
    title: '某县教育局关于2024年度法治政府建设情况的报告',
    addressee: '县委、县政府',
    signature: '某县教育局',
    issuedOn: '2025-01-07',
    parts,
  };
}

/** The report turned into DOCX bytes. */
function exportOf(chars: number) {
  const report = reportOf(chars);
  return async () => {
    const start = performance.now();
    await buildDocx(exportDocumentFromReport(report), { profile: FONT_PROFILES.standard });
    return performance.now() - start;
  };
}

/** The export dialog's page preview: the report laid out into pages, as the renderer does on opening it. */
function layoutOf(chars: number) {
  const report = reportOf(chars);
  return () => {
    const start = performance.now();
    layoutPages(exportDocumentFromReport(report));
    return performance.now() - start;
  };
}

const root = join(import.meta.dirname, '..', '..');

/** Wall time of a whole process, start to exit. */
function processTime(command: string, args: string[]): number {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
  return performance.now() - start;
}

/**
 * Our CLI export of a 15,000-character report against pandoc turning the same text, as Markdown,
 * into DOCX — each as a whole process. Below 1 means we are faster.
 */
function pandocRatio(): number {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-pandoc-'));
  const text = Object.values(generatedReport(15_000))
    .map((json) => blocksPlainText(partBlocks(json)))
    .join('\n\n');
  writeFileSync(
    join(dir, 'report.txt'),
    `某县教育局关于2024年度法治政府建设情况的报告\n县委、县政府：\n${text}\n某县教育局\n2025年1月7日`,
  );
  writeFileSync(
    join(dir, 'report.md'),
    `# 某县教育局关于2024年度法治政府建设情况的报告\n\n${text.split('\n').join('\n\n')}`,
  );
  // The built command line (npm run build:cli), as a clerk's script would run it; tsx would add a second of compiling.
  const ours = processTime(process.execPath, [
    join(root, 'out', 'cli', 'cli.mjs'),
    'export',
    join(dir, 'report.txt'),
    '--out',
    join(dir, 'ours.docx'),
  ]);
  const pandoc = processTime('pandoc', [
    '-f',
    'markdown',
    '-t',
    'docx',
    join(dir, 'report.md'),
    '-o',
    join(dir, 'pandoc.docx'),
  ]);
  return ours / pandoc;
}

export const exportBenches: readonly Bench[] = [
  { name: 'export.docx_15k', unit: 'ms', measure: exportOf(15_000) },
  { name: 'export.docx_150k', unit: 'ms', runs: 3, measure: exportOf(150_000) },
  { name: 'export.preview_layout_150k', unit: 'ms', measure: layoutOf(150_000) },
  {
    name: 'export.pandoc_ratio_15k',
    unit: 'ratio',
    runs: 3,
    unavailable: () => {
      if (spawnSync('pandoc', ['--version']).status !== 0) return 'pandoc is not installed (apt-get install pandoc)';
      // Built once here, before the timed runs.
      return spawnSync('npm', ['run', '--silent', 'build:cli'], { cwd: root, stdio: 'ignore' }).status === 0
        ? null
        : 'npm run build:cli failed';
    },
    measure: pandocRatio,
  },
];
