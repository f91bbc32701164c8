import type { Migration } from '../migrate';

// The path to submission: every status move with its note, the sign-off records (never edited:
// a later record of the same stage supersedes), and an organization's own deadline dates.
export const status: Migration = {
  name: '004-status',
  up(db) {
    db.exec(`
      CREATE TABLE status_changes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        move TEXT NOT NULL,
        from_status TEXT NOT NULL,
        to_status TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      );
      CREATE INDEX status_changes_by_report ON status_changes(report_id, id);

      CREATE TABLE reviews (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        stage TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        reviewed_on TEXT NOT NULL,
        result TEXT NOT NULL,
        comment TEXT NOT NULL DEFAULT '',
        privacy_json TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL
      );
      CREATE INDEX reviews_by_report ON reviews(report_id, id);

      CREATE TABLE deadline_rules (
        organization_id TEXT PRIMARY KEY REFERENCES organizations(id),
        submit_by TEXT NOT NULL,
        publish_by TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);
  },
};
