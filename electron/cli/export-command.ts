import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { CheckDocument } from '../../shared/checks/check-document';
import { FONT_PROFILES, fontNames, type FontProfile } from '../../shared/export/font-profiles';
import type { CliCommand } from './cli-command';
import { CliError } from './cli-error';

// Each path loads only its own modules when it runs: a file's export never opens the database's
// modules, a report's export never the file readers, and neither the check engine unless needed.

/** A report from the database by id (with --data-dir), or read from a .txt or .docx file. */
async function readSource(source: string): Promise<CheckDocument | { reportId: string }> {
  if (!existsSync(source)) {
    const { ReportId } = await import('../../shared/report/report');
    if (ReportId.safeParse(source).success) return { reportId: source };
  }
  const [{ readCliReport }, { readReportText }] = await Promise.all([
    import('./read-cli-report'),
    import('../../shared/reading/read-report-text'),
  ]);
  return readReportText(await readCliReport(source));
}

const loadPdfConverter = async () => (await import('../export/convert-to-pdf')).convertToPdf;

export const exportCommand: CliCommand = {
  name: 'export',
  usage:
    'export 文件.txt|文件.docx|报告编号 --out 输出.docx|输出.pdf [--edition submission|public] [--sealed] [--bold-level3] [--profile standard|system] [--privacy-reviewed] [--data-dir 数据目录]   导出公文格式 DOCX 或 PDF',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        profile: { type: 'string' },
        edition: { type: 'string' },
        // The flag's first name, still accepted so that scripts written for it keep working.
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
    if (values.edition !== undefined && values.copy !== undefined && values.edition !== values.copy)
      throw new CliError(`--edition ${values.edition} 与 --copy ${values.copy} 不一致，请只写 --edition。`);
    const { EDITION_LABELS, EDITIONS } = await import('../../shared/export/export-file-name');
    const edition = EDITIONS.find((known) => known === (values.edition ?? values.copy ?? 'submission'));
    if (!edition)
      throw new CliError(
        `不认识文本“${values.edition ?? values.copy}”。可用：${EDITIONS.map((known) => `${known}（${EDITION_LABELS[known]}）`).join('或')}。`,
      );
    const options = {
      edition,
      sealed: !!values.sealed,
      profile: profile.key,
      boldLevel3: !!values['bold-level3'],
    } as const;

    const read = await readSource(source);
    const convert = format === 'pdf' ? await loadPdfConverter() : undefined;
    if ('reportId' in read) {
      const { openExistingServices } = await import('./open-existing-services');
      const opened = openExistingServices(values['data-dir'], io);
      try {
        // The same gate and history as the app: 公开版 waits for the privacy review, each export is kept.
        const prepared = opened.services.exports.prepare(read.reportId, options);
        if (!prepared.ok) throw new CliError(prepared.error.message);
        const written = await opened.services.exports.write(prepared.value, options, values.out, convert);
        if (!written.ok) throw new CliError(written.error.message);
      } finally {
        opened.close();
      }
    } else {
      // A file has no acknowledgements to keep: --privacy-reviewed states the whole review was done.
      const reviewed = !!values['privacy-reviewed'];
      const needsChecks = edition === 'public' && !reviewed;
      const [{ prepareExport, writeExport }, { exportDocumentFromText }, checks] = await Promise.all([
        import('../services/export-pipeline'),
        import('../../shared/export/export-document'),
        needsChecks ? import('../../shared/checks/run-checks') : undefined,
      ]);
      const prepared = prepareExport(
        {
          title: read.title,
          author: read.signature,
          document: exportDocumentFromText(read),
          findings: checks ? checks.runChecks(read).findings : [],
          reviewed: [],
          privacyNextStep: '请修改后再导出；确认可以公开的，加 --privacy-reviewed。',
        },
        options,
      );
      if (!prepared.ok) throw new CliError(prepared.error.message);
      const written = await writeExport(prepared.value, options, values.out, convert);
      if (!written.ok) throw new CliError(written.error.message);
    }
    io.stdout(
      `已导出${EDITION_LABELS[edition]}：${values.out}\n字体方案：${profile.name}（${fontNames(profile).join('、')}）\n`,
    );
  },
};
