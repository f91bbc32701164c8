import { privacyFindings, privacyRecord } from '../../shared/checks/acknowledgement';
import { checkStoredReport } from '../../shared/checks/check-stored-report';
import { fail, ok, type Result } from '../../shared/ipc/result';
import type { ReportStatus } from '../../shared/status/report-status';
import { REVIEW_STAGE_LABELS, type NewReview, type Review } from '../../shared/status/review';
import type { EditAfterReview } from '../../shared/status/edit-after-review';
import type { Store } from '../store/create-store';
import { reportMissing } from './report-missing';

export type ReviewService = ReturnType<typeof createReviewService>;

/** A review record with whether it belongs to the current round (since the report was last sent for review). */
export type ListedReview = Review & { current: boolean; editedAfter: EditAfterReview[] };

/** Where each stage can be recorded: sign-offs while 待审签; 保密审查 any time before publication. */
const STAGE_STATUSES: Record<NewReview['stage'], readonly ReportStatus[]> = {
  first: ['review'],
  second: ['review'],
  final: ['review'],
  confidentiality: ['review', 'final', 'submitted'],
};

/** 初审 / 复审 / 终审 / 保密审查 records, typed in by the clerk for whoever reviewed. */
export function createReviewService({ store, now }: { store: Store; now: () => Date }) {
  const { db, reports, reviews, statuses, editsAfterReview: edits } = store;

  /**
   * A report reopened and sent again is a new round: earlier sign-offs were for another text. So is
   * a report replaced by a 报告包 (覆盖), whatever status the package brought.
   */
  function list(reportId: string): ListedReview[] {
    const since = [statuses.lastMovedInto(reportId, 'review'), statuses.lastMoveOf(reportId, 'import-package')]
      .filter((at): at is string => at !== undefined)
      .reduce((latest, at) => (at > latest ? at : latest), '');
    const changes = edits.list(reportId);
    return reviews.list(reportId).map((review) => ({
      ...review,
      current: review.createdAt >= since,
      editedAfter: changes
        .filter((change) => change.review_id === review.id)
        .map((change) => ({ what: change.what, firstAt: change.first_at, lastAt: change.last_at })),
    }));
  }

  return {
    list(reportId: string): Result<ListedReview[]> {
      return reports.findSummary(reportId) ? ok(list(reportId)) : reportMissing('审核记录没有保存');
    },

    /** The reviews that count for the moves: those of the current round. */
    currentRound(reportId: string): Review[] {
      return list(reportId).filter((review) => review.current);
    },

    record(reportId: string, review: NewReview): Result<ListedReview[]> {
      return db.transaction((): Result<ListedReview[]> => {
        const report = reports.find(reportId);
        if (!report) return reportMissing('审核记录没有保存');
        if (!STAGE_STATUSES[review.stage].includes(report.status)) {
          const when = review.stage === 'confidentiality' ? '送审签之后、公开之前' : '“送审签”之后（待审签状态）';
          return fail('refused', `${REVIEW_STAGE_LABELS[review.stage]}要在${when}记录。`);
        }
        // 保密审查 keeps the list of possible personal data it was shown, as part of the record.
        const privacy =
          review.stage === 'confidentiality'
            ? privacyFindings(checkStoredReport(report).findings).map(privacyRecord)
            : [];
        reviews.insert(reportId, review, privacy, now().toISOString());
        return ok(list(reportId));
      })();
    },
  };
}
