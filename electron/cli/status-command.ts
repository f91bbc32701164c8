import { parseArgs } from 'node:util';
import { z } from 'zod';
import { deadlineText } from '../../shared/report/deadline-text';
import { localDate } from '../../shared/report/deadlines-for';
import type { ReportOverview } from '../../shared/report/report-overview';
import { REPORT_STATUS_LABELS } from '../../shared/report/report-status';
import type { CliCommand } from './cli-command';
import { CliError } from './cli-error';
import { openExistingServices } from './open-existing-services';

/** The JSON of one report: what a script needs to chase deadlines, without the text. */
const brief = ({ report, deadlines, findings, nextAction }: ReportOverview) => ({
  id: report.id,
  title: report.title,
  organization: report.organizationName,
  year: report.year,
  status: report.status,
  statusLabel: REPORT_STATUS_LABELS[report.status],
  deadlines: {
    submit: { date: deadlines.submit.date, daysLeft: deadlines.submit.daysLeft, level: deadlines.submit.level },
    publish: { date: deadlines.publish.date, daysLeft: deadlines.publish.daysLeft, level: deadlines.publish.level },
  },
  findings,
  nextAction: nextAction.text,
});

const line = ({ report, deadlines, findings, nextAction }: ReportOverview) =>
  `${report.year}年度  ${REPORT_STATUS_LABELS[report.status]}  ${report.title}\n` +
  `    ${deadlineText(deadlines.submit)}；${deadlineText(deadlines.publish)}\n` +
  `    未处理的错误 ${findings.openErrors}，警告 ${findings.warning}；下一步：${nextAction.text}\n`;

export const statusCommand: CliCommand = {
  name: 'status',
  usage: 'status [--data-dir 数据目录] [--json] [--today 年-月-日]   各报告的状态、截止日期和未处理的检查问题',
  run(args, io) {
    const { values } = parseArgs({
      args,
      options: { 'data-dir': { type: 'string' }, json: { type: 'boolean' }, today: { type: 'string' } },
    });
    // --today answers "how does it stand on that day", e.g. for a reminder script run the evening before.
    if (values.today !== undefined && !z.iso.date().safeParse(values.today).success)
      throw new CliError(`日期“${values.today}”无效，请写成 --today 2025-02-20。`);
    const opened = openExistingServices(values['data-dir'], io);
    try {
      const overviews = opened.services.overviews.all(values.today ?? localDate(new Date()));
      if (values.json) {
        io.stdout(`${JSON.stringify({ reports: overviews.map(brief) })}\n`);
        return;
      }
      io.stdout(overviews.length === 0 ? '还没有报告。\n' : overviews.map(line).join(''));
    } finally {
      opened.close();
    }
  },
};
