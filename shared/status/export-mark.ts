import { z } from 'zod';
import { EDITION_LABELS, type ExportEdition } from '../export/export-file-name';
import type { ReportStatus } from './report-status';
import { REPORT_STATUS_LABELS } from './report-status-labels';
import { stagePassed, type Review } from './review';
import { isFrozen } from './status-moves';

export const ExportMark = z.object({
  /** Whether this export may stand as the final one. */
  final: z.boolean(),
  /** What the export carries, e.g. 报送版（已定稿） or 公开版（未经保密审查，非定稿）. */
  label: z.string(),
});
export type ExportMark = z.infer<typeof ExportMark>;

/**
 * What an export is: a 报送版 is final once the text is; a 公开版 also needs a passed
 * 保密审查 of the current round, or it is marked as not final.
 */
export function exportMark(status: ReportStatus, edition: ExportEdition, reviews: readonly Review[]): ExportMark {
  const name = EDITION_LABELS[edition];
  if (!isFrozen(status)) return { final: false, label: `${name}（${REPORT_STATUS_LABELS[status]}，非定稿）` };
  if (edition === 'public' && !stagePassed(reviews, 'confidentiality'))
    return { final: false, label: `${name}（未经保密审查，非定稿）` };
  return { final: true, label: `${name}（${REPORT_STATUS_LABELS[status]}）` };
}
