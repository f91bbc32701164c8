import type { Migration } from '../migrate';

// The guided-writing work: the menu checklist per report, and a character count per revision
// so the history can be listed without unpacking every snapshot.
export const editing: Migration = {
  name: '002-editing',
  up(db) {
    db.exec(`
      CREATE TABLE checklist (
        report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        item_key TEXT NOT NULL,
        state TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (report_id, item_key)
      );
      ALTER TABLE revisions ADD COLUMN chars INTEGER NOT NULL DEFAULT 0;
    `);
  },
};
