/**
 * The path of a report, in order (issue 8 adds the moves between them), and what the window calls
 * each step. Plain data without its schema (report-status.ts): the library shows the labels at
 * start-up, before any zod schema is needed.
 */
export const REPORT_STATUSES = ['draft', 'discussion', 'review', 'final', 'submitted', 'published'] as const;

export const REPORT_STATUS_LABELS: Record<(typeof REPORT_STATUSES)[number], string> = {
  draft: '草稿',
  discussion: '讨论稿',
  review: '待审签',
  final: '已定稿',
  submitted: '已报送',
  published: '已公开',
};
