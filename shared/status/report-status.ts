import { z } from 'zod';

/** The path of a report, in order (issue 8 adds the moves between them). */
export const REPORT_STATUSES = ['draft', 'discussion', 'review', 'final', 'submitted', 'published'] as const;

export const ReportStatus = z.enum(REPORT_STATUSES);
export type ReportStatus = z.infer<typeof ReportStatus>;

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  draft: '草稿',
  discussion: '讨论稿',
  review: '待审签',
  final: '已定稿',
  submitted: '已报送',
  published: '已公开',
};
