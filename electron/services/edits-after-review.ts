import type { Store } from '../store/create-store';

export type EditsAfterReview = ReturnType<typeof createEditsAfterReview>;

/**
 * While 待审签 the clerk may still change the text — a county office expects 初审 to come back with
 * corrections that are made before 复审, so locking here would force 退回修改 and a new round for a
 * comma. What the office does expect is that the leader who signs next knows the text is not the one
 * the earlier reviewer passed: every change made after a review is kept here, by the service that
 * saves it, and printed on the 审签记录.
 */
export function createEditsAfterReview(store: Store) {
  const { reports, statuses, editsAfterReview: edits } = store;
  return {
    /** Call inside the saving transaction, before the write; `what` is a part key or 'header'. */
    note(reportId: string, what: string, at: string): void {
      if (reports.findSummary(reportId)?.status !== 'review') return;
      const reviewId = edits.latestReviewSince(reportId, statuses.lastMovedInto(reportId, 'review') ?? '');
      if (reviewId !== undefined) edits.record(reportId, reviewId, what, at);
    },
    /** Whether saving `plainText` into the part changes what a reader sees. */
    partChanges: (reportId: string, key: string, plainText: string): boolean =>
      edits.partText(reportId, key) !== plainText,
  };
}
