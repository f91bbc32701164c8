import type { BatchReviewEntry } from '../../shared/batch-review/batch-review-entry';
import { batchReviewNotice, type NoticeOptions } from '../../shared/batch-review/batch-review-notice';
import { FONT_PROFILES } from '../../shared/export/font-profiles';
import { buildDocx } from './docx/build-docx';

/** The draft 通报 on a batch, through the one GB/T 9704 exporter, in the standard official fonts. */
export function batchReviewNoticeDocx(entries: readonly BatchReviewEntry[], options: NoticeOptions): Promise<Buffer> {
  return buildDocx(batchReviewNotice(entries, options), {
    profile: FONT_PROFILES.standard,
    description: '汇审通报（草稿）',
  });
}
