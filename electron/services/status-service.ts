import { fail, ok, type Result } from '../../shared/ipc/result';
import type { ReportSummary } from '../../shared/report/report';
import type { StatusChange } from '../../shared/report/status-change';
import { moveRefusal, STATUS_MOVES, type StatusMoveKey } from '../../shared/report/status-moves';
import type { Db } from '../store/open-database';
import { createReportRepository } from '../store/report-repository';
import { createStatusRepository } from '../store/status-repository';
import type { ReviewService } from './review-service';
import { reportMissing } from './report-missing';

export interface StatusServiceDeps {
  db: Db;
  now: () => Date;
  reviews: ReviewService;
}

export type StatusService = ReturnType<typeof createStatusService>;

/** 草稿 → … → 已公开, one explicit move at a time, each recorded with its time and note. */
export function createStatusService({ db, now, reviews }: StatusServiceDeps) {
  const reports = createReportRepository(db);
  const statuses = createStatusRepository(db);
  return {
    history(reportId: string): Result<StatusChange[]> {
      return reports.findSummary(reportId) ? ok(statuses.list(reportId)) : reportMissing('状态没有改变');
    },

    move(reportId: string, key: StatusMoveKey, note: string): Result<ReportSummary> {
      return db.transaction((): Result<ReportSummary> => {
        const report = reports.findSummary(reportId);
        if (!report) return reportMissing('状态没有改变');
        const refusal = moveRefusal(report.status, key, reviews.currentRound(reportId), note);
        if (refusal) return fail('refused', refusal);
        const move = STATUS_MOVES.find((candidate) => candidate.key === key)!;
        statuses.record(reportId, key, move.from, move.to, note.trim(), now().toISOString());
        return ok(reports.findSummary(reportId)!);
      })();
    },

    /** When the report reached its present status (its creation when it never moved). */
    since(reportId: string): string | undefined {
      return statuses.lastMovedAt(reportId) ?? reports.findSummary(reportId)?.createdAt;
    },
  };
}
