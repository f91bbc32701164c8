import { z } from 'zod';

/** The sign-offs websites record (初审 / 复审 / 终审) and the confidentiality review before publication. */
export const REVIEW_STAGES = ['first', 'second', 'final', 'confidentiality'] as const;
export const ReviewStage = z.enum(REVIEW_STAGES);
export type ReviewStage = z.infer<typeof ReviewStage>;

export const REVIEW_STAGE_LABELS: Record<ReviewStage, string> = {
  first: '初审',
  second: '复审',
  final: '终审',
  confidentiality: '保密审查',
};

export const ReviewResult = z.enum(['passed', 'returned']);
export type ReviewResult = z.infer<typeof ReviewResult>;
export const REVIEW_RESULT_LABELS: Record<ReviewResult, string> = { passed: '通过', returned: '退回' };

/** How the 审签记录 and its printout mark a status move or sign-off that came in a 报告包. */
export const FROM_PACKAGE_LABEL = '来自报告包';
export const FROM_PACKAGE_HINT =
  '标“来自报告包”的是导入的报告包里带来的记录（对方电脑上填写），不算本单位的审签，不计入定稿、公开的条件。' +
  '如本单位已审签，请在这里记录。';

/** What the clerk types for one sign-off: several people share one PC, so the name is written, not logged in. */
export const NewReview = z.object({
  stage: ReviewStage,
  reviewer: z
    .string()
    .trim()
    .min(1, { message: '请填写审核人姓名' })
    .max(40, { message: '审核人姓名不能超过 40 个字' }),
  reviewedOn: z.iso.date({ message: '请填写审核日期，如 2026年1月7日' }),
  result: ReviewResult,
  comment: z.string().trim().max(500, { message: '审核意见不能超过 500 字' }),
});
export type NewReview = z.infer<typeof NewReview>;

export const Review = NewReview.extend({
  id: z.number().int().positive(),
  /** For 保密审查: the possible personal data the checks found in the text when it was recorded. */
  privacyFindings: z.array(z.string()),
  createdAt: z.iso.datetime(),
  /** Came in a 报告包: the sending office's record, shown as 来自报告包 and never one of this office's sign-offs. */
  fromPackage: z.boolean().default(false),
});
export type Review = z.infer<typeof Review>;

/**
 * The newest record of each stage: a later record supersedes an earlier one (records are never edited).
 * Only this office's own: a record from a 报告包 is someone else's word, so every sign-off rule
 * (定稿 needs 终审, 公开 needs 保密审查, the stage awaited, the export mark) reads it through here.
 */
export function latestReviews(reviews: readonly Review[]): Partial<Record<ReviewStage, Review>> {
  const latest: Partial<Record<ReviewStage, Review>> = {};
  for (const review of reviews) {
    if (review.fromPackage) continue;
    const current = latest[review.stage];
    if (
      !current ||
      review.createdAt > current.createdAt ||
      (review.createdAt === current.createdAt && review.id > current.id)
    )
      latest[review.stage] = review;
  }
  return latest;
}

export function stagePassed(reviews: readonly Review[], stage: ReviewStage): boolean {
  return latestReviews(reviews)[stage]?.result === 'passed';
}
