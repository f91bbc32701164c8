import { parseArgs } from 'node:util';
import type { Finding, Severity } from '../../shared/checks/finding';
import { IMPORT_PART_LABELS } from '../../shared/import/import-part-labels';
import type { CliCommand } from './cli-command';
import { CliError } from './cli-error';

const SEVERITY_LABELS: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const PLACE_LABELS: Record<string, string> = {
  ...IMPORT_PART_LABELS,
  title: '标题',
  addressee: '主送机关',
  closing: '落款',
  outside: '正文以外',
};

const line = (finding: Finding) =>
  `${SEVERITY_LABELS[finding.severity]} [${finding.id}] ${PLACE_LABELS[finding.part] ?? finding.part}：${finding.message}${finding.excerpt ? `\n    “${finding.excerpt}”` : ''}\n`;

/** A year from --year, or undefined; the schema (and zod with it) is loaded only when one is given. */
async function yearOption(value: string | undefined): Promise<number | undefined> {
  if (value === undefined) return undefined;
  const { ReportYear } = await import('../../shared/report/report');
  const year = Number(value);
  if (!ReportYear.safeParse(year).success) throw new CliError(`年度“${value}”无效，请写四位年份，如 --year 2024。`);
  return year;
}

export const checkCommand: CliCommand = {
  name: 'check',
  usage: 'check 文件.txt|文件.docx [--json] [--year 年度]   检查报告的完整性和格式',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, year: { type: 'string' } },
    });
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new CliError(`请给出一个要检查的文件。\n用法：${this.usage}`);
    const year = await yearOption(values.year);
    // Loaded when the command runs, not when the CLI starts: no command waits for another's modules.
    const [{ readCliReport }, { readReportText }, { runChecks }, { blocksSubmission }] = await Promise.all([
      import('./read-cli-report'),
      import('../../shared/reading/read-report-text'),
      import('../../shared/checks/run-checks'),
      import('../../shared/checks/blocks-submission'),
    ]);
    const text = await readCliReport(file);
    const { findings, counts } = runChecks(readReportText(text, year));
    // A file has no confirmations: any error means the report is not ready to submit, which a
    // script sees as exit code 1 (2 stays for input the command could not read).
    const blocking = findings.filter(blocksSubmission).length;
    const exitCode = blocking > 0 ? 1 : 0;

    if (values.json) {
      const brief = findings.map(({ id, severity, part, message, excerpt }) => ({
        id,
        severity,
        part,
        message,
        excerpt,
      }));
      io.stdout(`${JSON.stringify({ findings: brief, counts })}\n`);
      return exitCode;
    }
    findings.forEach((finding) => io.stdout(line(finding)));
    io.stdout(`共 ${findings.length} 条：错误 ${counts.error}，警告 ${counts.warning}，提示 ${counts.info}。\n`);
    if (blocking > 0) io.stdout('有错误须修改，这份报告还不能报送。\n');
    return exitCode;
  },
};
