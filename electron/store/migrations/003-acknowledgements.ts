import type { Migration } from '../migrate';

// 提交前检查: an error the clerk has reviewed and confirmed as intended, with the reason.
export const acknowledgements: Migration = {
  name: '003-acknowledgements',
  up(db) {
    db.exec(`
      CREATE TABLE acknowledgements (
        report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        finding_key TEXT NOT NULL,
        note TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (report_id, finding_key)
      );
    `);
  },
};
