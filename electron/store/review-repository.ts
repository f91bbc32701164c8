import type { NewReview, Review, ReviewResult, ReviewStage } from '../../shared/status/review';
import type { Db } from './open-database';

interface ReviewRow {
  id: number;
  stage: string;
  reviewer: string;
  reviewed_on: string;
  result: string;
  comment: string;
  privacy_json: string;
  created_at: string;
  from_package: number;
}

const toReview = (row: ReviewRow): Review => ({
  id: row.id,
  stage: row.stage as ReviewStage,
  reviewer: row.reviewer,
  reviewedOn: row.reviewed_on,
  result: row.result as ReviewResult,
  comment: row.comment,
  privacyFindings: JSON.parse(row.privacy_json) as string[],
  createdAt: row.created_at,
  fromPackage: row.from_package === 1,
});

export type ReviewRepository = ReturnType<typeof createReviewRepository>;

/** Sign-off records: inserted, never updated, so the record shows every decision as it was made. */
export function createReviewRepository(db: Db) {
  const statements = {
    insert: db.prepare(`
      INSERT INTO reviews (report_id, stage, reviewer, reviewed_on, result, comment, privacy_json, created_at)
      VALUES (@reportId, @stage, @reviewer, @reviewedOn, @result, @comment, @privacyJson, @at)`),
    list: db.prepare<[string], ReviewRow>('SELECT * FROM reviews WHERE report_id = ? ORDER BY id'),
  };
  return {
    insert(reportId: string, review: NewReview, privacyFindings: readonly string[], at: string): void {
      statements.insert.run({ reportId, ...review, privacyJson: JSON.stringify(privacyFindings), at });
    },
    list: (reportId: string): Review[] => statements.list.all(reportId).map(toReview),
  };
}
