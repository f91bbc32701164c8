import { useState } from 'react';
import type { ReportStatus } from '../../../shared/report/report-status';
import { frozenMessage } from '../../../shared/report/status-moves';
import { call, errorMessage } from '../../api';

/**
 * Says why the text does not take typing, and offers the one way out: 重新打开, with a reason that
 * goes into the status record.
 */
export function FrozenBanner({ reportId, status, onReopened }: { reportId: string; status: ReportStatus; onReopened: () => Promise<void> }) {
  const [note, setNote] = useState<string>();
  const [error, setError] = useState<string>();

  async function reopen() {
    try {
      await call('status:move', { reportId, move: 'reopen', note: note ?? '' });
      setNote(undefined);
      await onReopened();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  return (
    <div className="frozen-banner" role="status" aria-label="正文已锁定">
      <span>{frozenMessage(status)}</span>
      {status === 'final' && note === undefined && (
        <button type="button" onClick={() => setNote('')}>
          重新打开…
        </button>
      )}
      {note !== undefined && (
        <form
          className="reopen-form"
          onSubmit={(event) => {
            event.preventDefault();
            void reopen();
          }}
        >
          <label>
            重新打开的原因
            <input value={note} autoFocus onChange={(event) => setNote(event.target.value)} placeholder="如：领导要求补充数据" />
          </label>
          <button type="submit" className="primary" disabled={note.trim().length < 2}>
            重新打开
          </button>
          <button type="button" onClick={() => setNote(undefined)}>
            取消
          </button>
        </form>
      )}
      {error && <span className="form-error">{error}</span>}
    </div>
  );
}
