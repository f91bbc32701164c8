import { z } from 'zod';

/** How a report was sent to the 本级党委政府 and the department above. */
export const SUBMISSION_CHANNELS = ['paper', 'document-system', 'email', 'other'] as const;
export const SubmissionChannel = z.enum(SUBMISSION_CHANNELS);
export type SubmissionChannel = z.infer<typeof SubmissionChannel>;

export const SUBMISSION_CHANNEL_LABELS: Record<SubmissionChannel, string> = {
  paper: '纸质',
  'document-system': '电子公文系统',
  email: '邮件',
  other: '其他',
};
