import { parseArgs } from 'node:util';
import type { Finding, Severity } from '../../shared/checks/finding';
import { runChecks } from '../../shared/checks/run-checks';
import { IMPORT_PART_LABELS } from '../../shared/import/import-part-labels';
import { readReportText } from '../../shared/report/read-report-text';
import { ReportYear } from '../../shared/report/report';
import type { CliCommand } from './cli-command';
import { CliError } from './cli-error';
import { readCliReport } from './read-cli-report';

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
    const year = values.year === undefined ? undefined : Number(values.year);
    if (year !== undefined && !ReportYear.safeParse(year).success)
      throw new CliError(`年度“${values.year}”无效，请写四位年份，如 --year 2024。`);

    const text = await readCliReport(file);
    const { findings, counts } = runChecks(readReportText(text, year));

    if (values.json) {
      const brief = findings.map(({ id, severity, part, message, excerpt }) => ({
        id,
        severity,
        part,
        message,
        excerpt,
      }));
      io.stdout(`${JSON.stringify({ findings: brief, counts })}\n`);
      return;
    }
    findings.forEach((finding) => io.stdout(line(finding)));
    io.stdout(`共 ${findings.length} 条：错误 ${counts.error}，警告 ${counts.warning}，提示 ${counts.info}。\n`);
  },
};
