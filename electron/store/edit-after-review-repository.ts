import type { Db } from './open-database';

/** One kind of change (a part's key, or 'header') made after a sign-off, first and last time. */
export interface EditAfterReviewRow {
  review_id: number;
  what: string;
  first_at: string;
  last_at: string;
}

export type EditAfterReviewRepository = ReturnType<typeof createEditAfterReviewRepository>;

/** Changes to the text made while 待审签, filed under the last review recorded before them. */
export function createEditAfterReviewRepository(db: Db) {
  const statements = {
    latestReview: db.prepare<[string, string], { id: number }>(
      'SELECT id FROM reviews WHERE report_id = ? AND created_at >= ? ORDER BY id DESC LIMIT 1',
    ),
    partText: db.prepare<[string, string], { plain_text: string }>(
      'SELECT plain_text FROM parts WHERE report_id = ? AND key = ?',
    ),
    upsert: db.prepare(`
      INSERT INTO edits_after_review (report_id, review_id, what, first_at, last_at)
      VALUES (@reportId, @reviewId, @what, @at, @at)
      ON CONFLICT (review_id, what) DO UPDATE SET last_at = excluded.last_at`),
    list: db.prepare<[string], EditAfterReviewRow>(
      'SELECT review_id, what, first_at, last_at FROM edits_after_review WHERE report_id = ? ORDER BY first_at',
    ),
  };
  return {
    /** The last review recorded at or after `since` (the start of the round), if any. */
    latestReviewSince: (reportId: string, since: string): number | undefined =>
      statements.latestReview.get(reportId, since)?.id,
    partText: (reportId: string, key: string): string | undefined => statements.partText.get(reportId, key)?.plain_text,
    record(reportId: string, reviewId: number, what: string, at: string): void {
      statements.upsert.run({ reportId, reviewId, what, at });
    },
    list: (reportId: string): EditAfterReviewRow[] => statements.list.all(reportId),
  };
}
