import { z } from 'zod';
import { Deadlines } from './deadlines-for';
import { ReportSummary } from '../report/report';
import { ReportOverview } from './report-overview';

/** The top of the library: the most urgent report in full, the others in a line each, most urgent first. */
export const DashboardView = z.object({
  focus: ReportOverview,
  others: z.array(z.object({ report: ReportSummary, deadlines: Deadlines })),
});
export type DashboardView = z.infer<typeof DashboardView>;
