import { fail, type Failure } from '../../shared/ipc/result';
import { frozenMessage, isFrozen } from '../../shared/status/status-moves';
import type { ReportRepository } from '../store/report-repository';

/**
 * The lock on a 已定稿 report's text, checked by every service that changes it: the window makes
 * the editors read-only, but the lock must hold for any caller (a stale tab, the preview, a script).
 */
export function refuseIfFrozen(reports: ReportRepository, reportId: string): Failure | undefined {
  const report = reports.findSummary(reportId);
  return report && isFrozen(report.status) ? fail('frozen', frozenMessage(report.status)) : undefined;
}
