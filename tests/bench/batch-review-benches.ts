import { performance } from 'node:perf_hooks';
import { readBatchFile } from '../../electron/services/read-batch-file';
import { generatedReportLines, reportDocx } from '../helpers/report-docx';
import type { Bench } from './bench';

/** A county's folder: 50 departments' reports of about 15,000 characters, as .docx, each its own text. */
async function folderOf50(): Promise<{ name: string; bytes: Buffer }[]> {
  const lines = generatedReportLines(15_000);
  return Promise.all(
    Array.from({ length: 50 }, async (_, index) => {
      const organization = `某县第${index + 1}局`;
      const own = lines.map((line) =>
        line.replaceAll('某县教育局', organization).replace('2025年1月7日', `2025年1月${(index % 28) + 1}日`),
      );
      return { name: `${organization}.docx`, bytes: await reportDocx(own) };
    }),
  );
}

let folder: Promise<{ name: string; bytes: Buffer }[]> | undefined;

export const batchReviewBenches: readonly Bench[] = [
  {
    // The whole 汇审 of a county in one process: every file read, checked and summarized into its row.
    name: 'review.50_reports',
    unit: 'ms',
    runs: 3,
    async measure() {
      const files = await (folder ??= folderOf50());
      const seen = new Map<string, string>();
      const start = performance.now();
      for (const file of files) {
        const outcome = await readBatchFile(
          { name: file.name, size: file.bytes.length, bytes: file.bytes },
          { duplicateOf: (hash) => seen.get(hash) },
        );
        if (!outcome.ok) throw new Error(outcome.reason);
        seen.set(outcome.textHash, file.name);
      }
      return performance.now() - start;
    },
  },
];
