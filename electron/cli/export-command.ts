import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { publicCopyRefusal, unreviewedPrivacy } from '../../shared/checks/acknowledgement';
import { runChecks } from '../../shared/checks/run-checks';
import { copyDocument } from '../../shared/export/copy-document';
import { exportDocumentFromText, type ExportDocument } from '../../shared/export/export-document';
import { COPY_LABELS } from '../../shared/export/export-options';
import { FONT_PROFILES, fontNames, type FontProfile } from '../../shared/export/font-profiles';
import { ReportId } from '../../shared/report/report';
import { readReportText } from '../../shared/report/read-report-text';
import { convertToPdf } from '../export/convert-to-pdf';
import { buildDocx } from '../export/docx/build-docx';
import { ExportWriteError, writeFileSafely } from '../export/write-file-safely';
import type { CliCommand } from './cli-command';
import { CliError } from './cli-error';
import { readCliReport } from './read-cli-report';
import { openExistingServices } from './open-existing-services';

/** A report from the database by id (with --data-dir), or read from a .txt or .docx file. */
async function readSource(source: string): Promise<ExportDocument | { reportId: string }> {
  if (!existsSync(source) && ReportId.safeParse(source).success) return { reportId: source };
  return exportDocumentFromText(readReportText(await readCliReport(source)));
}

/** A file's public copy: the clerk states the privacy review was done, as the app records it per finding. */
function checkFilePrivacy(document: ExportDocument, reviewed: boolean): void {
  if (reviewed) return;
  const text = [
    document.title,
    ...document.blocks.map((block) => (block.kind === 'table' ? block.rows.flat().join(' ') : block.text)),
  ].join('\n');
  const refusal = publicCopyRefusal(
    unreviewedPrivacy(runChecks(readReportText(text)).findings, []),
    '请修改后再导出；确认可以公开的，加 --privacy-reviewed。',
  );
  if (refusal) throw new CliError(refusal);
}

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
        const opened = openExistingServices(values['data-dir'], io);
        try {
          // The same gate and history as the app: a public copy waits for the privacy review, each export is kept.
          const prepared = opened.services.exports.prepare(read.reportId, options);
          if (!prepared.ok) throw new CliError(prepared.error.message);
          const written = await opened.services.exports.write(
            prepared.value,
            options,
            values.out,
            format === 'pdf' ? convertToPdf : undefined,
          );
          if (!written.ok) throw new CliError(written.error.message);
        } finally {
          opened.close();
        }
      } else {
        if (copy === 'public') checkFilePrivacy(read, !!values['privacy-reviewed']);
        const { document, sealed } = copyDocument(read, options);
        const docx = await buildDocx(document, { profile, boldLevel3: options.boldLevel3, sealed });
        await writeFileSafely(values.out, format === 'pdf' ? await convertToPdf(docx) : docx);
      }
    } catch (error) {
      if (error instanceof ExportWriteError) throw new CliError(error.message);
      throw error;
    }
    io.stdout(
      `已导出${COPY_LABELS[copy]}：${values.out}\n字体方案：${profile.name}（${fontNames(profile).join('、')}）\n`,
    );
  },
};
