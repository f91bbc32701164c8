import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ExportWriteError } from './write-file-safely';

const run = promisify(execFile);

/**
 * LibreOffice's arguments to turn `dir/file` into a PDF beside it, with a profile of its own in `dir`
 * so a LibreOffice window already open on the machine does not take the job.
 */
export function pdfConversionArguments(dir: string, file: string): string[] {
  return [
    `-env:UserInstallation=file://${dir}/profile`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    dir,
    join(dir, file),
  ];
}

/** A DOCX turned into PDF by LibreOffice, when it is installed (`soffice` on the PATH). */
export async function convertToPdf(docx: Uint8Array, soffice = 'soffice'): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'fazhi-pdf-'));
  try {
    await writeFile(join(dir, 'report.docx'), docx);
    try {
      await run(soffice, pdfConversionArguments(dir, 'report.docx'), { timeout: 120_000 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new ExportWriteError(
          '没有找到 LibreOffice（soffice 命令），无法转换为 PDF。请安装 LibreOffice 后再试，或导出 .docx 后在 WPS 中“输出为 PDF”。',
        );
      }
      throw new ExportWriteError('LibreOffice 没有完成 PDF 转换。请导出 .docx 后在 WPS 或 Word 中另存为 PDF。');
    }
    return await readFile(join(dir, 'report.pdf'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
