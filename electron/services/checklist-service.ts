import { ok, type Result } from '../../shared/ipc/result';
import type { ChecklistChoice, ChecklistEntry } from '../../shared/outline/checklist';
import { createChecklistRepository } from '../store/checklist-repository';
import type { Db } from '../store/open-database';
import { createReportRepository } from '../store/report-repository';
import { reportMissing } from './report-missing';

export type ChecklistService = ReturnType<typeof createChecklistService>;

/**
 * The clerk's 已写 / 不适用 / 未写 marks against the outline's menu items; an item without a mark is
 * judged by the text (shared/outline/menu-coverage).
 */
export function createChecklistService({ db, now }: { db: Db; now: () => Date }) {
  const reports = createReportRepository(db);
  const checklist = createChecklistRepository(db);
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
