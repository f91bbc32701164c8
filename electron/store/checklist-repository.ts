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
    /** The clerk's mark, 未写 included: a mark wins over what the text says. */
    set(reportId: string, itemKey: string, state: ChecklistState, at: string): void {
      statements.upsert.run(reportId, itemKey, state, at);
    },
    /** No row is no mark: the item is 已写（自动） or 未写 by the text (menuItemState). */
    clear(reportId: string, itemKey: string): void {
      statements.remove.run(reportId, itemKey);
    },
  };
}
