import { z } from 'zod';
import { PartKey } from '../outline/part-key';
import { Deadlines } from './deadlines-for';
import { NextAction } from './next-action';
import { ReportSummary } from '../report/report';
import { ReportIndicators } from '../report/report-snapshot';
import { Review } from './review';

const Count = z.number().int().min(0);

/** One report at a glance, as the dashboard and `cli status` show it. */
export const ReportOverview = z.object({
  report: ReportSummary,
  deadlines: Deadlines,
  /**
   * Findings of the checks run on the stored report, counted as 提交前检查 counts them (an unwritten
   * required part is an error); openErrors leaves out errors confirmed there.
   */
  findings: z.object({ error: Count, warning: Count, info: Count, openErrors: Count }),
  parts: z.array(z.object({ key: PartKey, chars: Count, targetChars: Count, required: z.boolean() })),
  /** The reviews of the current round. */
  reviews: z.array(Review),
  nextAction: NextAction,
  indicators: ReportIndicators,
});
export type ReportOverview = z.infer<typeof ReportOverview>;
