import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildDocx } from '../../electron/export/docx/build-docx';
import { exportDocumentFromReport } from '../../shared/export/export-document';
import { FONT_PROFILES } from '../../shared/export/font-profiles';
import { layoutPages } from '../../shared/export/layout-pages';
import type { PartKey } from '../../shared/outline/part-key';
import { generatedReport } from '../helpers/generated-report';
import type { Bench } from './bench';
import { reportBody, reportText } from './report-text';
import { buildCliUnavailable, builtCli, processRatio, processTime } from './process-time';

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

/**
 * Our CLI export of a 15,000-character report against pandoc turning the same text, as Markdown,
 * into DOCX — each as a whole process. Below 1 means we are faster.
 */
function pandocRatio(): number {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-pandoc-'));
  writeFileSync(join(dir, 'report.txt'), reportText(15_000));
  writeFileSync(
    join(dir, 'report.md'),
    `# 某县教育局关于2024年度法治政府建设情况的报告\n\n${reportBody(15_000).split('\n').join('\n\n')}`,
  );
  return processRatio(
    () => processTime(process.execPath, [builtCli, 'export', join(dir, 'report.txt'), '--out', join(dir, 'ours.docx')]),
    () =>
      processTime('pandoc', ['-f', 'markdown', '-t', 'docx', join(dir, 'report.md'), '-o', join(dir, 'pandoc.docx')]),
  );
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
      return buildCliUnavailable();
    },
    measure: pandocRatio,
  },
];
