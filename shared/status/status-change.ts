import { z } from 'zod';
import { ReportStatus } from './report-status';
import { StatusMoveKey } from './status-moves';
import { SubmissionChannel } from './submission-channel';

/** One recorded move of a report: who decided is in the note; when is the time of the click. */
export const StatusChange = z.object({
  id: z.number().int().positive(),
  move: StatusMoveKey,
  from: ReportStatus,
  to: ReportStatus,
  note: z.string(),
  /** The day it really happened, when the move records one (报送, a past report); packages from before carry none. */
  happenedOn: z.iso.date().nullable().default(null),
  channel: SubmissionChannel.nullable().default(null),
  createdAt: z.iso.datetime(),
  /** Came in a 报告包: the sending office's record of its moves, shown as 来自报告包. */
  fromPackage: z.boolean().default(false),
});
export type StatusChange = z.infer<typeof StatusChange>;
