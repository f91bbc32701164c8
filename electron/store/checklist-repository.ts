import type { ChecklistEntry, ChecklistState } from '../../shared/outline/checklist';
import type { Db } from './open-database';

export type ChecklistRepository = ReturnType<typeof createChecklistRepository>;

export function createChecklistRepository(db: Db) {
  const statements = {
    list: db.prepare<[string], { item_key: string; state: ChecklistState }>(
      'SELECT item_key, state FROM checklist WHERE report_id = ? ORDER BY item_key',
    ),
    upsert: db.prepare<[string, string, string, string]>(`
      INSERT INTO checklist (report_id, item_key, state, updated_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (report_id, item_key) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`),
    remove: db.prepare<[string, string]>('DELETE FROM checklist WHERE report_id = ? AND item_key = ?'),
  };
  return {
    list: (reportId: string): ChecklistEntry[] =>
      statements.list.all(reportId).map((row) => ({ itemKey: row.item_key, state: row.state })),
    /** 未写 is the absence of a row, so a new menu item starts unwritten in every report. */
    set(reportId: string, itemKey: string, state: ChecklistState, at: string): void {
      if (state === 'unwritten') statements.remove.run(reportId, itemKey);
      else statements.upsert.run(reportId, itemKey, state, at);
    },
  };
}
