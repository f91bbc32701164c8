import { z } from 'zod';
import { fileUpload } from '../ipc/file-upload';
import { ReportId } from '../report/report';

/** A returned DOCX is a report's size, not a database's: 20 MB is far above any report with pictures. */
export const LEADER_DOCX_MAX_BYTES = 20 * 1024 * 1024;

const LeaderDocx = fileUpload(LEADER_DOCX_MAX_BYTES, '文件超过 20 MB，不像是一份报告。请确认选对了文件');

export const LeaderChangeSchema = z.object({
  id: z.number(),
  kind: z.enum(['changed', 'added', 'removed', 'comment']),
  at: z.number(),
  before: z.string(),
  after: z.string(),
  pieces: z.array(z.object({ text: z.string(), kind: z.enum(['same', 'removed', 'added']) })),
  comments: z.array(z.string()),
});

export const LeaderEditsPreviewInput = LeaderDocx.extend({ reportId: ReportId });
export const LeaderEditsPreviewOutput = z.object({
  changes: z.array(LeaderChangeSchema),
  warning: z.string().optional(),
});
export const LeaderEditsAcceptInput = LeaderEditsPreviewInput.extend({
  taken: z.array(z.number()),
  confirmedOtherReport: z.boolean(),
});
export const LeaderEditsAcceptOutput = z.object({ applied: z.number(), skipped: z.array(LeaderChangeSchema) });
