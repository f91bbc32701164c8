import { useState } from 'react';
import type { Finding } from '../../../shared/checks/finding';
import { ReasonForm } from '../../app/ReasonForm';

interface Props {
  finding: Finding;
  onShow: () => void;
  onAcknowledge: (note: string) => Promise<void>;
  confirmLabel?: string;
  reasonLabel?: string;
}

/**
 * One finding that must be dealt with: go and fix it, or confirm it is as intended with a reason
 * that is kept in the report. Used by 提交前检查 for errors and by the 公开版 privacy review.
 */
export function FindingReviewItem({
  finding,
  onShow,
  onAcknowledge,
  confirmLabel = '确认无误…',
  reasonLabel = '为什么不需要修改',
}: Props) {
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="finding error" data-id={finding.id}>
      <div>{finding.message}</div>
      {finding.excerpt && <div className="finding-excerpt">{finding.excerpt}</div>}
      {!confirming ? (
        <div className="finding-actions">
          <button type="button" onClick={onShow}>
            去修改
          </button>
          <button type="button" onClick={() => setConfirming(true)}>
            {confirmLabel}
          </button>
        </div>
      ) : (
        <ReasonForm
          className="acknowledge-form"
          label={reasonLabel}
          submitLabel="记录确认"
          multiline
          onSubmit={onAcknowledge}
          onCancel={() => setConfirming(false)}
        />
      )}
    </li>
  );
}
