import { useState } from 'react';
import { localDate } from '../../../shared/status/deadlines-for';
import type { ReportStatus } from '../../../shared/status/report-status';
import { movesFrom, type MoveDetails, type StatusMove, type StatusMoveKey } from '../../../shared/status/status-moves';
import { SubmissionDetailsFields } from './SubmissionDetailsFields';

/**
 * The moves the present status allows; one that goes back asks for its reason first, and 标记为已报送
 * asks when and how the report was sent (today by default: the clerk usually marks it the same day).
 */
export function MoveButtons({
  status,
  onMove,
}: {
  status: ReportStatus;
  onMove: (move: StatusMoveKey, note: string, details?: MoveDetails) => Promise<boolean>;
}) {
  const [asking, setAsking] = useState<StatusMove>();
  const [note, setNote] = useState('');
  const [details, setDetails] = useState<MoveDetails>({});
  const moves = movesFrom(status);
  if (moves.length === 0) return null;

  if (asking) {
    const submitting = asking.key === 'submit';
    return (
      <form
        className="move-note"
        aria-label={asking.label}
        onSubmit={(event) => {
          event.preventDefault();
          void onMove(asking.key, submitting ? '' : note, submitting ? details : undefined).then((moved) => {
            if (!moved) return;
            setAsking(undefined);
            setNote('');
          });
        }}
      >
        {submitting ? (
          <SubmissionDetailsFields verb="报送" value={details} onChange={setDetails} />
        ) : (
          <label>
            {asking.label}的原因（记入状态记录）
            <textarea value={note} rows={2} autoFocus onChange={(event) => setNote(event.target.value)} />
          </label>
        )}
        <div className="move-actions">
          <button type="submit" className="primary" disabled={!submitting && note.trim().length < 2}>
            {asking.label}
          </button>
          <button type="button" onClick={() => setAsking(undefined)}>
            取消
          </button>
        </div>
      </form>
    );
  }
  return (
    <div className="move-actions" role="group" aria-label="改变状态">
      {moves.map((move) => (
        <button
          key={move.key}
          type="button"
          className={move.needsNote ? undefined : 'primary'}
          onClick={() => {
            if (move.key === 'submit') setDetails({ happenedOn: localDate(new Date()) });
            if (move.needsNote || move.key === 'submit') setAsking(move);
            else void onMove(move.key, '');
          }}
        >
          {move.needsNote || move.key === 'submit' ? `${move.label}…` : move.label}
        </button>
      ))}
    </div>
  );
}
