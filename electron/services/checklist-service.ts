import { ok, type Result } from '../../shared/ipc/result';
import type { ChecklistChoice, ChecklistEntry } from '../../shared/outline/checklist';
import type { Store } from '../store/create-store';
import { reportMissing } from './report-missing';

export type ChecklistService = ReturnType<typeof createChecklistService>;

/**
 * The clerk's 已写 / 不适用 / 未写 marks against the outline's menu items; an item without a mark is
 * judged by the text (shared/outline/menu-coverage).
 */
export function createChecklistService({ store, now }: { store: Store; now: () => Date }) {
  const { reports, checklist } = store;
  return {
    list(reportId: string): Result<ChecklistEntry[]> {
      return reports.findSummary(reportId) ? ok(checklist.list(reportId)) : reportMissing();
    },
    set(reportId: string, entry: ChecklistChoice): Result<ChecklistChoice> {
      if (!reports.findSummary(reportId)) return reportMissing();
      if (entry.state === 'auto') checklist.clear(reportId, entry.itemKey);
      else checklist.set(reportId, entry.itemKey, entry.state, now().toISOString());
      return ok(entry);
    },
  };
}
