import { useState } from 'react';
import type { Finding } from '../../../shared/checks/finding';

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
export function FindingReviewItem({ finding, onShow, onAcknowledge, confirmLabel = '确认无误…', reasonLabel = '为什么不需要修改' }: Props) {
  const [note, setNote] = useState<string>();
  return (
    <li className="finding error" data-id={finding.id}>
      <div>{finding.message}</div>
      {finding.excerpt && <div className="finding-excerpt">{finding.excerpt}</div>}
      {note === undefined ? (
        <div className="finding-actions">
          <button type="button" onClick={onShow}>
            去修改
          </button>
          <button type="button" onClick={() => setNote('')}>
            {confirmLabel}
          </button>
        </div>
      ) : (
        <form
          className="acknowledge-form"
          onSubmit={(event) => {
            event.preventDefault();
            void onAcknowledge(note);
          }}
        >
          <label>
            {reasonLabel}
            <textarea value={note} autoFocus rows={2} onChange={(event) => setNote(event.target.value)} />
          </label>
          <button type="submit" className="primary" disabled={note.trim().length < 2}>
            记录确认
          </button>
          <button type="button" onClick={() => setNote(undefined)}>
            取消
          </button>
        </form>
      )}
    </li>
  );
}
