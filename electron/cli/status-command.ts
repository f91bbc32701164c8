import { parseArgs } from 'node:util';
import { deadlineText } from '../../shared/status/deadline-text';
import type { ReportOverview } from '../../shared/status/report-overview';
import type { ReportStatus } from '../../shared/status/report-status';
import type { CliCommand } from './cli-command';
import { CliError } from './cli-error';

type StatusLabels = Record<ReportStatus, string>;

/** The JSON of one report: what a script needs to chase deadlines, without the text. */
const brief = ({ report, deadlines, findings, nextAction }: ReportOverview, labels: StatusLabels) => ({
  id: report.id,
  title: report.title,
  organization: report.organizationName,
  year: report.year,
  status: report.status,
  statusLabel: labels[report.status],
  deadlines: {
    submit: { date: deadlines.submit.date, daysLeft: deadlines.submit.daysLeft, level: deadlines.submit.level },
    publish: { date: deadlines.publish.date, daysLeft: deadlines.publish.daysLeft, level: deadlines.publish.level },
  },
  findings,
  nextAction: nextAction.text,
});

const line = ({ report, deadlines, findings, nextAction }: ReportOverview, labels: StatusLabels) =>
  `${report.year}年度  ${labels[report.status]}  ${report.title}\n` +
  `    ${deadlineText(deadlines.submit)}；${deadlineText(deadlines.publish)}\n` +
  `    未处理的错误 ${findings.openErrors}，警告 ${findings.warning}；下一步：${nextAction.text}\n`;

export const statusCommand: CliCommand = {
  name: 'status',
  usage: 'status [--data-dir 数据目录] [--json] [--today 年-月-日]   各报告的状态、截止日期和未处理的检查问题',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: { 'data-dir': { type: 'string' }, json: { type: 'boolean' }, today: { type: 'string' } },
    });
    // Loaded when the command runs, not when the CLI starts: no command waits for another's modules.
    const [{ z }, { localDate }, { REPORT_STATUS_LABELS }, { openExistingServices }] = await Promise.all([
      import('zod'),
      import('../../shared/status/deadlines-for'),
      import('../../shared/status/report-status-labels'),
      import('./open-existing-services'),
    ]);
    // --today answers "how does it stand on that day", e.g. for a reminder script run the evening before.
    if (values.today !== undefined && !z.iso.date().safeParse(values.today).success)
      throw new CliError(`日期“${values.today}”无效，请写成 --today 2025-02-20。`);
    const opened = openExistingServices(values['data-dir'], io);
    try {
      const overviews = opened.services.overviews.all(values.today ?? localDate(new Date()));
      if (values.json) {
        io.stdout(
          `${JSON.stringify({ reports: overviews.map((overview) => brief(overview, REPORT_STATUS_LABELS)) })}\n`,
        );
        return;
      }
      io.stdout(
        overviews.length === 0
          ? '还没有报告。\n'
          : overviews.map((overview) => line(overview, REPORT_STATUS_LABELS)).join(''),
      );
    } finally {
      opened.close();
    }
  },
};
