import type { ReportStatus } from './report-status';
import { REPORT_STATUS_LABELS } from './report-status-labels';

/**
 * A report already sent up (or published) is the office's record of what went out: deleting it by
 * a slip of the mouse must not happen, so the service refuses unless the clerk confirmed.
 */
export function deleteNeedsConfirmation(status: ReportStatus): boolean {
  return status === 'submitted' || status === 'published';
}

/** The question put before such a deletion, and the service's refusal when it was not asked. */
export function deleteConfirmationText(report: { title: string; status: ReportStatus }): string {
  return `《${report.title}》${REPORT_STATUS_LABELS[report.status]}，是本单位报送的存档。确定要删除吗？删除后放在回收站，可以恢复。`;
}
