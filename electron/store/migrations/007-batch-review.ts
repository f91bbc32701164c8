import type { Migration } from '../migrate';

// 汇审: a batch of departments' report files, each file's text (so a row opens without the file)
// and its row of the table with every finding, as JSON: the row is recomputed only on re-read.
export const batchReview: Migration = {
  name: '007-batch-review',
  up(db) {
    db.exec(`
      CREATE TABLE batch_reviews (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        title TEXT NOT NULL,
        year INTEGER,
        created_at TEXT NOT NULL
      );

      CREATE TABLE batch_review_files (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        batch_id INTEGER NOT NULL REFERENCES batch_reviews(id) ON DELETE CASCADE,
        file_name TEXT NOT NULL,
        text TEXT,
        text_hash TEXT,
        reason TEXT,
        report_json TEXT,
        notified_at TEXT,
        read_at TEXT NOT NULL
      );
      CREATE INDEX batch_review_files_by_batch ON batch_review_files(batch_id, id);
    `);
  },
};
