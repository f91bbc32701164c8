import type { Migration } from '../migrate';

// Statuses and part keys are checked by the services' schemas, not by CHECK constraints:
// SQLite cannot alter a CHECK without rebuilding the table, and both lists will grow.
export const initial: Migration = {
  name: '001-initial',
  up(db) {
    db.exec(`
      CREATE TABLE organizations (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
      );

      CREATE TABLE reports (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL REFERENCES organizations(id),
        year INTEGER NOT NULL,
        title TEXT NOT NULL,
        addressee TEXT NOT NULL DEFAULT '',
        signature TEXT NOT NULL DEFAULT '',
        issued_on TEXT,
        status TEXT NOT NULL DEFAULT 'draft',
        outline_version TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      );
      CREATE INDEX reports_by_organization_year ON reports(organization_id, year);

      CREATE TABLE parts (
        report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        position INTEGER NOT NULL,
        heading TEXT NOT NULL,
        content_json TEXT,
        plain_text TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (report_id, key)
      );

      CREATE TABLE indicators (
        report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        value REAL,
        not_applicable INTEGER NOT NULL DEFAULT 0,
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (report_id, key)
      );

      CREATE TABLE revisions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        reason TEXT NOT NULL,
        snapshot_json TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX revisions_by_report ON revisions(report_id, id);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value_json TEXT NOT NULL
      );
    `);
  },
};
