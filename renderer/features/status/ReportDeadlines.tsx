import type { ReportStatus } from '../../../shared/status/report-status';
import { call } from '../../api';
import { useQuery } from '../../app/use-query';
import { DeadlineBadges } from './DeadlineBadges';

/** The report header's deadline: read again when the status moves, since a step taken is done. */
export function ReportDeadlines({ reportId, status }: { reportId: string; status: ReportStatus }) {
  const settings = useQuery(() => call('deadlines:get', { reportId }), [reportId, status]);
  return settings.data ? <DeadlineBadges deadlines={settings.data.deadlines} compact /> : null;
}
