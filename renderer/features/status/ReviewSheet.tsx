import { createPortal } from 'react-dom';
import type { ReportStatus } from '../../../shared/status/report-status';
import { REPORT_STATUS_LABELS } from '../../../shared/status/report-status-labels';
import {
  FROM_PACKAGE_HINT,
  FROM_PACKAGE_LABEL,
  REVIEW_RESULT_LABELS,
  REVIEW_STAGE_LABELS,
  type Review,
} from '../../../shared/status/review';
import type { StatusChange } from '../../../shared/status/status-change';
import type { EditAfterReview } from '../../../shared/status/edit-after-review';
import { moveDetailsText, moveLabel } from '../../../shared/status/status-moves';
import { formatIssueDate } from '../../../shared/report/format-issue-date';
import { formatDateTime } from '../../app/format-date-time';
import { useDialogFocus } from '../../app/use-dialog-focus';
import { EditedAfterNote } from './EditedAfterNote';

interface Props {
  title: string;
  status: ReportStatus;
  reviews: readonly (Review & { current: boolean; editedAfter: EditAfterReview[] })[];
  history: readonly StatusChange[];
  onClose: () => void;
}

/**
 * 审签记录 as a page to print and file with the report (or print to PDF). Rendered on the body, so
 * the print style can hide everything else.
 */
export function ReviewSheet({ title, status, reviews, history, onClose }: Props) {
  const close = useDialogFocus<HTMLButtonElement>(onClose);
  return createPortal(
    <div className="dialog-backdrop review-sheet-backdrop">
      <div className="dialog review-sheet" role="dialog" aria-modal="true" aria-label="审签记录">
        <h2>《{title}》审签记录</h2>
        <p>当前状态：{REPORT_STATUS_LABELS[status]}</p>
        <table>
          <thead>
            <tr>
              <th>环节</th>
              <th>审核人</th>
              <th>日期</th>
              <th>结果</th>
              <th>意见</th>
            </tr>
          </thead>
          <tbody>
            {reviews.map((review) => (
              <tr key={review.id} className={review.current ? undefined : 'superseded'}>
                <td>
                  {REVIEW_STAGE_LABELS[review.stage]}
                  {!review.current && '（前一轮）'}
                  {review.fromPackage && <div className="from-package">{FROM_PACKAGE_LABEL}</div>}
                </td>
                <td>{review.reviewer}</td>
                <td>{formatIssueDate(review.reviewedOn)}</td>
                <td>{REVIEW_RESULT_LABELS[review.result]}</td>
                <td>
                  {review.comment}
                  {review.stage === 'confidentiality' && (
                    <div className="privacy-record">
                      {review.privacyFindings.length
                        ? `审查时列出的个人信息：${review.privacyFindings.join('；')}`
                        : '审查时未发现个人信息。'}
                    </div>
                  )}
                  <EditedAfterNote edits={review.editedAfter} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {reviews.some((review) => review.fromPackage) && <p className="panel-hint">{FROM_PACKAGE_HINT}</p>}
        <h3>状态记录</h3>
        <ul className="status-history">
          {history.map((change) => (
            <li key={change.id}>
              {formatDateTime(change.createdAt)} {moveLabel(change.move)}：{REPORT_STATUS_LABELS[change.from]} →{' '}
              {REPORT_STATUS_LABELS[change.to]}
              {moveDetailsText(change) && `，${moveDetailsText(change)}`}
              {change.note && `（${change.note}）`}
              {change.fromPackage && <span className="from-package">{FROM_PACKAGE_LABEL}</span>}
            </li>
          ))}
        </ul>
        <div className="dialog-actions">
          <button type="button" className="primary" onClick={() => window.print()}>
            打印
          </button>
          <button type="button" ref={close} onClick={onClose}>
            关闭
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
