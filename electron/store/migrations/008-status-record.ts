import type { Migration } from '../migrate';

// Issue 16: a status move can carry the day it really happened and how the report was sent
// (标记为已报送, and a past report recorded as already sent), and a change to the text made while
// 待审签 after a sign-off is kept, so the printed 审签记录 says the leader signed an earlier text.
export const statusRecord: Migration = {
  name: '008-status-record',
  up(db) {
    db.exec(`
      ALTER TABLE status_changes ADD COLUMN happened_on TEXT;
      ALTER TABLE status_changes ADD COLUMN channel TEXT;

      CREATE TABLE edits_after_review (
        report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        what TEXT NOT NULL,
        first_at TEXT NOT NULL,
        last_at TEXT NOT NULL,
        PRIMARY KEY (review_id, what)
      );
      CREATE INDEX edits_after_review_by_report ON edits_after_review(report_id);
    `);
  },
};
