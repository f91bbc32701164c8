import { z } from 'zod';
import type { ReportStatus } from '../status/report-status';
import { EDITIONS } from './export-file-name';

// In a file without zod, so the command line's export never loads it.
export { EDITION_LABELS, exportFileName } from './export-file-name';

/**
 * How a report is exported. 报送版 goes to the addressee, sealed or not; 公开版 goes on the website:
 * no addressee line and no seal, and only once every possible personal detail has been reviewed.
 */
export const ExportOptions = z.object({
  edition: z.enum(EDITIONS),
  profile: z.enum(['standard', 'system']),
  boldLevel3: z.boolean(),
  sealed: z.boolean(),
});
export type ExportOptions = z.infer<typeof ExportOptions>;

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  edition: 'submission',
  profile: 'standard',
  boldLevel3: false,
  sealed: false,
};

/**
 * What an export that is not final prints at the top of each page: 讨论稿 while the text is still being
 * written or discussed, 征求意见稿 once it is out for sign-off or awaiting the privacy review.
 */
export function draftMarkText(status: ReportStatus, final: boolean): string | undefined {
  if (final) return undefined;
  return status === 'draft' || status === 'discussion' ? '讨论稿' : '征求意见稿';
}
