import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { batchReportLines, type BatchReportShape } from './batch-report-lines';
import { reportDocx } from './report-docx';

/**
 * Writes tests/fixtures/batch: a county's folder of departments' reports in every shape and format
 * the 汇审 meets. Run once with `npx tsx tests/helpers/write-batch-fixtures.ts`; the files are
 * committed, so tests need neither LibreOffice nor iconv to have them.
 */
const folder = join(import.meta.dirname, '..', 'fixtures', 'batch');
mkdirSync(folder, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'fazhi-fixtures-'));

const text = (shape: BatchReportShape) => `${batchReportLines(shape).join('\n')}\n`;

/** .doc and .pdf as a clerk's Word or WPS saves them: converted from a .docx by LibreOffice. */
async function converted(shape: BatchReportShape, format: 'doc' | 'pdf'): Promise<Buffer> {
  writeFileSync(join(work, 'report.docx'), await reportDocx(batchReportLines(shape)));
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${work}/profile`,
      '--headless',
      '--convert-to',
      format,
      '--outdir',
      work,
      join(work, 'report.docx'),
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  return readFileSync(join(work, `report.${format}`));
}

const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096, 7)]);
// A page with no text on it: what a scanner's PDF is to a text reader.
const scannedPdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n' +
    '4 0 obj<</Length 21>>stream\n0 0 1 rg 0 0 595 842 re f\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const civil = text({ organization: '某县民政局', omit: ['shortcomings'] });
const full = { extraMeasures: 30 };

const files: Record<string, Buffer> = {
  '01-某县教育局.docx': await reportDocx(batchReportLines({ organization: '某县教育局', ...full })),
  '02-某县民政局.txt': Buffer.from(civil),
  '03-某县司法局.txt': execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], {
    input: text({ organization: '某县司法局', noCauses: true, ...full }),
  }),
  '04-某县交通运输局.docx': await reportDocx(batchReportLines({ organization: '某县交通运输局', plansYear: 2024 })),
  '05-某县卫生健康局.doc': await converted(
    { organization: '某县卫生健康局', date: '2025年3月20日', vagueLeadership: true, ...full },
    'doc',
  ),
  '06-某县住房和城乡建设局.pdf': await converted(
    { organization: '某县住房和城乡建设局', shortcomingsInside: true },
    'pdf',
  ),
  '07-某县市场监督管理局.wps': await converted({ organization: '某县市场监督管理局', ...full }, 'doc'),
  '08-扫描件.pdf': scannedPdf,
  '09-损坏.docx': (await reportDocx(batchReportLines({ organization: '某县水利局' }))).subarray(0, 1500),
  '10-加密.docx': ole,
  '11-空文件.txt': Buffer.alloc(0),
  '12-照片.jpg': Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]),
    Buffer.alloc(600, 3),
  ]),
  '13-某县民政局（重复报送）.txt': Buffer.from(civil.replace(/\n/g, '\r\n')),
  '14-旧版WPS.wps': ole,
};
for (const [name, bytes] of Object.entries(files)) writeFileSync(join(folder, name), bytes);
rmSync(work, { recursive: true, force: true });
