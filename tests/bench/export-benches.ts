import { performance } from 'node:perf_hooks';
import { buildDocx } from '../../electron/export/docx/build-docx';
import { exportDocumentFromReport } from '../../shared/export/export-document';
import { FONT_PROFILES } from '../../shared/export/font-profiles';
import type { PartKey } from '../../shared/outline/part-key';
import { generatedReport } from '../helpers/generated-report';
import type { Bench } from './bench';

/** A report of about `chars` characters, as the app holds it, turned into DOCX bytes. */
function exportOf(chars: number) {
  const parts = Object.entries(generatedReport(chars)).map(([key, contentJson]) => ({ key: key as PartKey, heading: '部分标题', contentJson, plainText: '', updatedAt: '' }));
  const report = { title: '某县教育局关于2024年度法治政府建设情况的报告', addressee: '县委、县政府', signature: '某县教育局', issuedOn: '2025-01-07', parts };
  return async () => {
    const start = performance.now();
    await buildDocx(exportDocumentFromReport(report), { profile: FONT_PROFILES.standard });
    return performance.now() - start;
  };
}

export const exportBenches: readonly Bench[] = [
  { name: 'export.docx_15k', unit: 'ms', measure: exportOf(15_000) },
  { name: 'export.docx_150k', unit: 'ms', runs: 3, measure: exportOf(150_000) },
];
