import { fail, ok, type Result } from '../../shared/ipc/result';
import { localDate } from '../../shared/status/deadlines-for';
import type { ReportSummary } from '../../shared/report/report';
import type { StatusChange } from '../../shared/status/status-change';
import {
  moveRefusal,
  pastRecordRefusal,
  PastReportRecord,
  STATUS_MOVES,
  type MoveDetails,
  type StatusMoveKey,
} from '../../shared/status/status-moves';
import { issueMessages } from '../../shared/ipc/issue-messages';
import type { Store } from '../store/create-store';
import type { DeadlineService } from './deadline-service';
import type { ReviewService } from './review-service';
import { reportMissing } from './report-missing';

export interface StatusServiceDeps {
  store: Store;
  now: () => Date;
  reviews: ReviewService;
  deadlines: DeadlineService;
}

export type StatusService = ReturnType<typeof createStatusService>;

/** 草稿 → … → 已公开, one explicit move at a time, each recorded with its time and note. */
export function createStatusService({ store, now, reviews, deadlines }: StatusServiceDeps) {
  const { db, reports, statuses } = store;
  return {
    history(reportId: string): Result<StatusChange[]> {
      return reports.findSummary(reportId) ? ok(statuses.list(reportId)) : reportMissing('状态没有改变');
    },

    move(reportId: string, key: StatusMoveKey, note: string, details: MoveDetails = {}): Result<ReportSummary> {
      return db.transaction((): Result<ReportSummary> => {
        const report = reports.findSummary(reportId);
        if (!report) return reportMissing('状态没有改变');
        const today = localDate(now());
        const refusal = moveRefusal(report.status, key, reviews.currentRound(reportId), note, details, today);
        if (refusal) return fail('refused', refusal);
        const move = STATUS_MOVES.find((candidate) => candidate.key === key)!;
        // Only 报送 says when and how; other moves happen at the click.
        const recorded = key === 'submit' ? details : {};
        const at = now().toISOString();
        reports.setStatus(reportId, move.to, at);
        statuses.record(reportId, key, move.from, move.to, note.trim(), at, recorded);
        return ok(reports.findSummary(reportId)!);
      })();
    },

    /**
     * 这是往年已报送的报告: one step from wherever the report stands to 已报送 or 已公开, on the day it
     * really happened, recorded as its own move — no sign-offs are made up for it.
     */
    recordPast(reportId: string, input: PastReportRecord): Result<ReportSummary> {
      const parsed = PastReportRecord.safeParse(input);
      if (!parsed.success) return fail('invalid-input', issueMessages(parsed.error));
      const record = parsed.data;
      return db.transaction((): Result<ReportSummary> => {
        const report = reports.findSummary(reportId);
        const due = deadlines.forReport(reportId);
        if (!report || !due) return reportMissing('状态没有改变');
        const refusal = pastRecordRefusal(report, record, due.submit.date, localDate(now()));
        if (refusal) return fail('refused', refusal);
        const at = now().toISOString();
        reports.setStatus(reportId, record.to, at);
        statuses.record(reportId, 'record-past', report.status, record.to, record.note.trim(), at, {
          happenedOn: record.happenedOn,
          channel: record.channel,
        });
        return ok(reports.findSummary(reportId)!);
      })();
    },

    /** When the report reached its present status (its creation when it never moved). */
    since(reportId: string): string | undefined {
      return statuses.lastMovedAt(reportId) ?? reports.findSummary(reportId)?.createdAt;
    },
  };
}
