import type { Db } from './open-database';

export interface RevisionRow {
  id: number;
  report_id: string;
  reason: string;
  snapshot_json: string;
  chars: number;
  created_at: string;
}

export type RevisionRepository = ReturnType<typeof createRevisionRepository>;

export function createRevisionRepository(db: Db) {
  const statements = {
    insert: db.prepare<[string, string, string, number, string]>(
      'INSERT INTO revisions (report_id, reason, snapshot_json, chars, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    list: db.prepare<[string], Omit<RevisionRow, 'snapshot_json'>>(
      'SELECT id, report_id, reason, chars, created_at FROM revisions WHERE report_id = ? ORDER BY id DESC',
    ),
    find: db.prepare<[number], RevisionRow>('SELECT * FROM revisions WHERE id = ?'),
    latestAt: db.prepare<[string], { created_at: string }>(
      'SELECT created_at FROM revisions WHERE report_id = ? ORDER BY id DESC LIMIT 1',
    ),
    lastExport: db.prepare<[string], { at: string | null }>(
      "SELECT max(created_at) AS at FROM revisions WHERE report_id = ? AND reason = 'export'",
    ),
  };
  return {
    insert(reportId: string, reason: string, snapshotJson: string, chars: number, at: string): number {
      return Number(statements.insert.run(reportId, reason, snapshotJson, chars, at).lastInsertRowid);
    },
    list: (reportId: string) => statements.list.all(reportId),
    find: (id: number) => statements.find.get(id),
    latestAt: (reportId: string) => statements.latestAt.get(reportId)?.created_at,
    /** Exports keep a revision with reason 'export'; its time says whether the present state was exported. */
    lastExportedAt: (reportId: string): string | undefined => statements.lastExport.get(reportId)?.at ?? undefined,
  };
}
