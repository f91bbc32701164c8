import type { Acknowledgement } from '../../shared/checks/acknowledgement';
import type { Db } from './open-database';

export type AcknowledgementRepository = ReturnType<typeof createAcknowledgementRepository>;

export function createAcknowledgementRepository(db: Db) {
  const statements = {
    list: db.prepare<[string], { finding_key: string; note: string; created_at: string }>(
      'SELECT finding_key, note, created_at FROM acknowledgements WHERE report_id = ? ORDER BY created_at',
    ),
    upsert: db.prepare<[string, string, string, string]>(`
      INSERT INTO acknowledgements (report_id, finding_key, note, created_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (report_id, finding_key) DO UPDATE SET note = excluded.note, created_at = excluded.created_at`),
    remove: db.prepare<[string, string]>('DELETE FROM acknowledgements WHERE report_id = ? AND finding_key = ?'),
  };
  return {
    list: (reportId: string): Acknowledgement[] =>
      statements.list
        .all(reportId)
        .map((row) => ({ findingKey: row.finding_key, note: row.note, createdAt: row.created_at })),
    save: (reportId: string, findingKey: string, note: string, at: string) =>
      void statements.upsert.run(reportId, findingKey, note, at),
    remove: (reportId: string, findingKey: string) => void statements.remove.run(reportId, findingKey),
  };
}
