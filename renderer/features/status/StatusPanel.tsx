import { useState } from 'react';
import { privacyFindings } from '../../../shared/checks/acknowledgement';
import type { CheckResult } from '../../../shared/checks/run-checks';
import type { Report } from '../../../shared/report/report';
import { REPORT_STATUS_LABELS } from '../../../shared/status/report-status-labels';
import { formatIssueDate } from '../../../shared/report/format-issue-date';
import {
  FROM_PACKAGE_HINT,
  FROM_PACKAGE_LABEL,
  REVIEW_RESULT_LABELS,
  REVIEW_STAGE_LABELS,
  type NewReview,
} from '../../../shared/status/review';
import {
  awaitedStage,
  type MoveDetails,
  type PastReportRecord,
  type StatusMoveKey,
} from '../../../shared/status/status-moves';
import { call } from '../../api';
import { useAction } from '../../app/use-action';
import { useStore, type Store } from '../../app/create-store';
import { useQuery } from '../../app/use-query';
import { DeadlineBadges } from './DeadlineBadges';
import { DeadlineRulesForm } from './DeadlineRulesForm';
import { EditedAfterNote } from './EditedAfterNote';
import { MoveButtons } from './MoveButtons';
import { PastReportForm } from './PastReportForm';
import { ReviewForm } from './ReviewForm';
import { ReviewSheet } from './ReviewSheet';
import { FormError } from '../../app/FormError';

interface Props {
  report: Pick<Report, 'id' | 'title' | 'status'>;
  checks: Store<CheckResult | undefined>;
  /** Saves what the editors hold, so 定稿 locks the text as it is on screen. */
  beforeMove: () => Promise<void>;
  /** Reads the report again after a move (the editors lock or unlock). */
  onMoved: () => Promise<void>;
  onExport: () => void;
}

/** 审签报送: where the report stands, the next step, the sign-offs, the record and the dates. */
export function StatusPanel({ report, checks, beforeMove, onMoved, onExport }: Props) {
  const [version, setVersion] = useState(0);
  const deps = [report.id, report.status, version];
  const overview = useQuery(() => call('reports:overview', { reportId: report.id }), deps);
  const reviews = useQuery(() => call('reviews:list', { reportId: report.id }), deps);
  const history = useQuery(() => call('status:history', { reportId: report.id }), deps);
  const deadlines = useQuery(() => call('deadlines:get', { reportId: report.id }), deps);
  const privacy = privacyFindings(useStore(checks)?.findings ?? []);
  const step = useAction();
  const [printing, setPrinting] = useState(false);
  const refresh = () => setVersion((value) => value + 1);

  // Whatever a step changed (status, sign-offs, record, dates) is read again after it.
  async function attempt(action: () => Promise<unknown>): Promise<boolean> {
    const done = await step.run(action);
    if (done) refresh();
    return done;
  }

  const move = (key: StatusMoveKey, note: string, details?: MoveDetails) =>
    attempt(async () => {
      await beforeMove();
      await call('status:move', { reportId: report.id, move: key, note, details });
      await onMoved();
    });
  const recordPast = (past: PastReportRecord) =>
    attempt(async () => {
      await beforeMove();
      await call('status:record-past', { reportId: report.id, record: past });
      await onMoved();
    });
  // Offered once the submission deadline has passed and the report is not yet marked; the service holds the rule.
  const pastDue =
    deadlines.data !== undefined &&
    deadlines.data.deadlines.submit.daysLeft < 0 &&
    report.status !== 'submitted' &&
    report.status !== 'published';
  const record = (review: NewReview) => attempt(() => call('reviews:record', { reportId: report.id, review }));
  const action = overview.data?.nextAction;
  const round = reviews.data?.filter((review) => review.current) ?? [];

  return (
    <div className="status-panel" aria-label="审签报送">
      <h3>
        当前状态：<span className={`status-label status-${report.status}`}>{REPORT_STATUS_LABELS[report.status]}</span>
      </h3>
      {deadlines.data && <DeadlineBadges deadlines={deadlines.data.deadlines} />}
      {action && (
        <div className="next-action" aria-label="下一步">
          下一步：<strong className="next-action-text">{action.text}</strong>
          <div className="panel-hint">{action.detail}</div>
          {action.panel === 'export' && (
            <button type="button" onClick={onExport}>
              导出…
            </button>
          )}
        </div>
      )}
      <MoveButtons status={report.status} onMove={move} />
      {pastDue && <PastReportForm onRecord={recordPast} />}
      <FormError message={step.error} />

      <h3>审签记录</h3>
      {round.length > 0 ? (
        <ul className="review-list">
          {round.map((review) => (
            <li key={review.id} className={`review result-${review.result}`} data-stage={review.stage}>
              <strong>{REVIEW_STAGE_LABELS[review.stage]}</strong> {review.reviewer}{' '}
              {formatIssueDate(review.reviewedOn)} {REVIEW_RESULT_LABELS[review.result]}
              {review.fromPackage && <span className="from-package">{FROM_PACKAGE_LABEL}</span>}
              {review.comment && <div className="panel-hint">{review.comment}</div>}
              <EditedAfterNote edits={review.editedAfter} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="panel-hint">本轮送审还没有审核记录。</p>
      )}
      {round.some((review) => review.fromPackage) && <p className="panel-hint">{FROM_PACKAGE_HINT}</p>}
      {report.status !== 'draft' && report.status !== 'discussion' && report.status !== 'published' && (
        <ReviewForm
          key={`${report.status}-${round.length}`}
          stage={awaitedStage(report.status, round)}
          privacy={privacy}
          onRecord={record}
        />
      )}
      <button type="button" className="link" onClick={() => setPrinting(true)}>
        打印审签记录…
      </button>
      {printing && reviews.data && history.data && (
        <ReviewSheet
          title={report.title}
          status={report.status}
          reviews={reviews.data}
          history={history.data}
          onClose={() => setPrinting(false)}
        />
      )}

      <h3>截止日期</h3>
      {deadlines.data && (
        <DeadlineRulesForm
          key={JSON.stringify(deadlines.data.rules)}
          reportId={report.id}
          settings={deadlines.data}
          onSaved={async () => refresh()}
        />
      )}
    </div>
  );
}
