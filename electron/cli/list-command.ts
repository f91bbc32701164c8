import { parseArgs } from 'node:util';
import type { CliCommand } from './cli-command';

export const listCommand: CliCommand = {
  name: 'list',
  usage: 'list [--data-dir 数据目录] [--deleted] [--json]   列出报告（--deleted：回收站中的报告）',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: { 'data-dir': { type: 'string' }, deleted: { type: 'boolean' }, json: { type: 'boolean' } },
    });
    // Loaded when the command runs, not when the CLI starts: no command waits for another's modules.
    const [{ openExistingServices }, { REPORT_STATUS_LABELS }] = await Promise.all([
      import('./open-existing-services'),
      import('../../shared/status/report-status-labels'),
    ]);
    const opened = openExistingServices(values['data-dir'], io);
    try {
      const reports = opened.services.reports.list(values.deleted ?? false);
      if (values.json) {
        io.stdout(`${JSON.stringify({ reports })}\n`);
        return;
      }
      if (reports.length === 0) {
        io.stdout(values.deleted ? '回收站是空的。\n' : '还没有报告。\n');
        return;
      }
      for (const report of reports) {
        const changed = localMinute(new Date(report.updatedAt));
        io.stdout(
          `${report.year}年度  ${REPORT_STATUS_LABELS[report.status]}  ${changed}  ${report.title}  (${report.id})\n`,
        );
      }
    } finally {
      opened.close();
    }
  },
};

/** 2025-01-07 14:32 in the machine's time zone, as the clerk reads a clock. */
function localMinute(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
