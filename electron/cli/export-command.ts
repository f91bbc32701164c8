import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ExportDocument } from '../../shared/export/export-document';
import { FONT_PROFILES, fontNames, type FontProfile } from '../../shared/export/font-profiles';
import { ExportWriteError, writeFileSafely } from '../export/write-file-safely';
import type { CliCommand } from './cli-command';
import { CliError } from './cli-error';

// Each path loads only its own modules when it runs: a file's export never opens the database's
// modules, a report's export never the file readers, and neither the check engine unless needed.

/** A report from the database by id (with --data-dir), or read from a .txt or .docx file. */
async function readSource(source: string): Promise<ExportDocument | { reportId: string }> {
  if (!existsSync(source)) {
    const { ReportId } = await import('../../shared/report/report');
    if (ReportId.safeParse(source).success) return { reportId: source };
  }
  const [{ readCliReport }, { readReportText }, { exportDocumentFromText }] = await Promise.all([
    import('./read-cli-report'),
    import('../../shared/report/read-report-text'),
    import('../../shared/export/export-document'),
  ]);
  return exportDocumentFromText(readReportText(await readCliReport(source)));
}

/** A file's public copy: the clerk states the privacy review was done, as the app records it per finding. */
async function checkFilePrivacy(document: ExportDocument, reviewed: boolean): Promise<void> {
  if (reviewed) return;
  const [{ readReportText }, { runChecks }] = await Promise.all([
    import('../../shared/report/read-report-text'),
    import('../../shared/checks/run-checks'),
  ]);
  const text = [
    document.title,
    ...document.blocks.map((block) => (block.kind === 'table' ? block.rows.flat().join(' ') : block.text)),
  ].join('\n');
  const found = runChecks(readReportText(text)).findings.filter((finding) => finding.id === 'privacy');
  if (found.length > 0) {
    throw new CliError(
      `公开版导出前要先做保密审查：有 ${found.length} 处可能含个人信息（${found
        .slice(0, 3)
        .map((finding) => `“${finding.excerpt}”`)
        .join('、')}）。请修改后再导出；确认可以公开的，加 --privacy-reviewed。`,
    );
  }
}

const loadPdfConverter = async () => (await import('../export/convert-to-pdf')).convertToPdf;

export const exportCommand: CliCommand = {
  name: 'export',
  usage:
    'export 文件.txt|文件.docx|报告编号 --out 输出.docx|输出.pdf [--copy submission|public] [--sealed] [--bold-level3] [--profile standard|system] [--privacy-reviewed] [--data-dir 数据目录]   导出公文格式 DOCX 或 PDF',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        profile: { type: 'string' },
        copy: { type: 'string' },
        sealed: { type: 'boolean' },
        'bold-level3': { type: 'boolean' },
        'privacy-reviewed': { type: 'boolean' },
        'data-dir': { type: 'string' },
      },
    });
    const [source] = positionals;
    if (!source || positionals.length > 1 || !values.out)
      throw new CliError(`请给出要导出的报告和 --out 输出文件。\n用法：${this.usage}`);
    const format = /\.pdf$/i.test(values.out) ? 'pdf' : /\.docx$/i.test(values.out) ? 'docx' : undefined;
    if (!format) throw new CliError('输出文件应以 .docx 或 .pdf 结尾。');
    const profile: FontProfile | undefined = FONT_PROFILES[(values.profile ?? 'standard') as FontProfile['key']];
    if (!profile)
      throw new CliError(
        `不认识字体方案“${values.profile}”。可用：standard（标准公文字体）或 system（系统自带字体）。`,
      );
    const copy = values.copy ?? 'submission';
    if (copy !== 'submission' && copy !== 'public')
      throw new CliError(`不认识文本“${values.copy}”。可用：submission（报送版）或 public（公开版）。`);
    const options = {
      copy,
      sealed: !!values.sealed,
      profile: profile.key,
      boldLevel3: !!values['bold-level3'],
    } as const;

    const read = await readSource(source);
    try {
      if ('reportId' in read) {
        const { openExistingServices } = await import('./open-existing-services');
        const opened = openExistingServices(values['data-dir'], io);
        try {
          // The same gate and history as the app: a public copy waits for the privacy review, each export is kept.
          const prepared = opened.services.exports.prepare(read.reportId, options);
          if (!prepared.ok) throw new CliError(prepared.error.message);
          const written = await opened.services.exports.write(
            prepared.value,
            options,
            values.out,
            format === 'pdf' ? await loadPdfConverter() : undefined,
          );
          if (!written.ok) throw new CliError(written.error.message);
        } finally {
          opened.close();
        }
      } else {
        if (copy === 'public') await checkFilePrivacy(read, !!values['privacy-reviewed']);
        const [{ copyDocument }, { buildDocx }] = await Promise.all([
          import('../../shared/export/copy-document'),
          import('../export/docx/build-docx'),
        ]);
        const { document, sealed } = copyDocument(read, options);
        const docx = await buildDocx(document, { profile, boldLevel3: options.boldLevel3, sealed });
        await writeFileSafely(values.out, format === 'pdf' ? await (await loadPdfConverter())(docx) : docx);
      }
    } catch (error) {
      if (error instanceof ExportWriteError) throw new CliError(error.message);
      throw error;
    }
    const { COPY_LABELS } = await import('../../shared/export/export-options');
    io.stdout(
      `已导出${COPY_LABELS[copy]}：${values.out}\n字体方案：${profile.name}（${fontNames(profile).join('、')}）\n`,
    );
  },
};
