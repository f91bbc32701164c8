import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { exportDocumentFromReport, exportDocumentFromText, type ExportDocument } from '../../shared/export/export-document';
import { FONT_PROFILES, fontNames, type FontProfile } from '../../shared/export/font-profiles';
import { ReportId } from '../../shared/report/report';
import { readReportText } from '../../shared/report/read-report-text';
import { buildDocx } from '../export/docx/build-docx';
import { ExportWriteError, writeFileSafely } from '../export/write-file-safely';
import { readReportFile } from '../import/read-report-file';
import { UnreadableFileError } from '../import/unreadable-file-error';
import type { CliCommand, CliIo } from './cli-command';
import { CliError } from './cli-error';
import { openExistingServices } from './open-existing-services';

/** A report from the database by id (with --data-dir), or read from a .txt or .docx file. */
async function exportSource(source: string, dataDir: string | undefined, io: CliIo): Promise<ExportDocument> {
  if (!existsSync(source) && ReportId.safeParse(source).success) {
    const opened = openExistingServices(dataDir, io);
    try {
      const report = opened.services.reports.get(source);
      if (!report.ok) throw new CliError(report.error.message);
      // Each export keeps the exported state in the history.
      opened.services.revisions.take(source, 'export', new Date().toISOString());
      return exportDocumentFromReport(report.value);
    } finally {
      opened.close();
    }
  }
  try {
    return exportDocumentFromText(readReportText(await readReportFile(source)));
  } catch (error) {
    if (error instanceof UnreadableFileError) throw new CliError(error.message);
    throw error;
  }
}

export const exportCommand: CliCommand = {
  name: 'export',
  usage: 'export 文件.txt|文件.docx|报告编号 --out 输出.docx [--profile standard|system] [--data-dir 数据目录]   导出公文格式 DOCX',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { out: { type: 'string' }, profile: { type: 'string' }, 'data-dir': { type: 'string' } },
    });
    const [source] = positionals;
    if (!source || positionals.length > 1 || !values.out) throw new CliError(`请给出要导出的报告和 --out 输出文件。\n用法：${this.usage}`);
    if (!values.out.toLowerCase().endsWith('.docx')) throw new CliError('输出文件应以 .docx 结尾。');
    const profile: FontProfile | undefined = FONT_PROFILES[(values.profile ?? 'standard') as FontProfile['key']];
    if (!profile) throw new CliError(`不认识字体方案“${values.profile}”。可用：standard（标准公文字体）或 system（系统自带字体）。`);

    const document = await exportSource(source, values['data-dir'], io);
    try {
      await writeFileSafely(values.out, await buildDocx(document, { profile }));
    } catch (error) {
      if (error instanceof ExportWriteError) throw new CliError(error.message);
      throw error;
    }
    io.stdout(`已导出：${values.out}\n字体方案：${profile.name}（${fontNames(profile).join('、')}）\n`);
  },
};
