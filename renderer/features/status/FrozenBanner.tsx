import { useState } from 'react';
import type { ReportStatus } from '../../../shared/status/report-status';
import { frozenMessage } from '../../../shared/status/status-moves';
import { call } from '../../api';
import { ReasonForm } from '../../app/ReasonForm';
import { useAction } from '../../app/use-action';

/**
 * Says why the text does not take typing, and offers the one way out: 重新打开, with a reason that
 * goes into the status record.
 */
export function FrozenBanner({
  reportId,
  status,
  onReopened,
}: {
  reportId: string;
  status: ReportStatus;
  onReopened: () => Promise<void>;
}) {
  const [reopening, setReopening] = useState(false);
  const { error, run } = useAction();

  async function reopen(note: string) {
    await run(async () => {
      await call('status:move', { reportId, move: 'reopen', note });
      setReopening(false);
      await onReopened();
    });
  }

  return (
    <div className="frozen-banner" role="status" aria-label="正文已锁定">
      <span>{frozenMessage(status)}</span>
      {status === 'final' && !reopening && (
        <button type="button" onClick={() => setReopening(true)}>
          重新打开…
        </button>
      )}
      {reopening && (
        <ReasonForm
          className="reopen-form"
          label="重新打开的原因"
          submitLabel="重新打开"
          placeholder="如：领导要求补充数据"
          onSubmit={reopen}
          onCancel={() => setReopening(false)}
        />
      )}
      {error && <span className="form-error">{error}</span>}
    </div>
  );
}
