import { performance } from 'node:perf_hooks';
import { readReportBytes } from '../../electron/import/read-report-bytes';
import { importReport } from '../../shared/import/import-report';
import { generatedReportLines, reportDocx } from '../helpers/report-docx';
import type { Bench } from './bench';

/** A file's bytes to a reviewed-ready draft, as `import:read` does it (the base64 step aside). */
function importOf(name: string, bytes: () => Promise<Buffer>) {
  let file: Buffer | undefined;
  return async () => {
    file ??= await bytes();
    const start = performance.now();
    importReport((await readReportBytes(file, name)).text);
    return performance.now() - start;
  };
}

// 50 pages of the official grid (22 lines of 28 characters) hold about 31,000 characters.
export const importBenches: readonly Bench[] = [
  {
    name: 'import.docx_50pages',
    unit: 'ms',
    measure: importOf('报告.docx', () => reportDocx(generatedReportLines(31_000))),
  },
  {
    name: 'import.txt_15k',
    unit: 'ms',
    measure: importOf('报告.txt', async () => Buffer.from(generatedReportLines(15_000).join('\n'))),
  },
];
