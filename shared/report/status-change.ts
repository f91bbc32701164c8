import { z } from 'zod';
import { ReportStatus } from './report-status';
import { StatusMoveKey } from './status-moves';

/** One recorded move of a report: who decided is in the note; when is the time of the click. */
export const StatusChange = z.object({
  id: z.number().int().positive(),
  move: StatusMoveKey,
  from: ReportStatus,
  to: ReportStatus,
  note: z.string(),
  createdAt: z.iso.datetime(),
});
export type StatusChange = z.infer<typeof StatusChange>;
