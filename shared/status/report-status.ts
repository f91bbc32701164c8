import { z } from 'zod';
import { REPORT_STATUSES } from './report-status-labels';

export const ReportStatus = z.enum(REPORT_STATUSES);
export type ReportStatus = z.infer<typeof ReportStatus>;
