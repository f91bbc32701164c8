import { useState } from 'react';
import type { ReportStatus } from '../../../shared/report/report-status';
import { movesFrom, type StatusMove, type StatusMoveKey } from '../../../shared/report/status-moves';

/** The moves the present status allows; one that goes back asks for its reason first. */
export function MoveButtons({
  status,
  onMove,
}: {
  status: ReportStatus;
  onMove: (move: StatusMoveKey, note: string) => Promise<boolean>;
}) {
  const [asking, setAsking] = useState<StatusMove>();
  const [note, setNote] = useState('');
  const moves = movesFrom(status);
  if (moves.length === 0) return null;

  if (asking) {
    return (
      <form
        className="move-note"
        aria-label={asking.label}
        onSubmit={(event) => {
          event.preventDefault();
          void onMove(asking.key, note).then((moved) => {
            if (!moved) return;
            setAsking(undefined);
            setNote('');
          });
        }}
      >
        <label>
          {asking.label}的原因（记入状态记录）
          <textarea value={note} rows={2} autoFocus onChange={(event) => setNote(event.target.value)} />
        </label>
        <div className="move-actions">
          <button type="submit" className="primary" disabled={note.trim().length < 2}>
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
          onClick={() => (move.needsNote ? setAsking(move) : void onMove(move.key, ''))}
        >
          {move.needsNote ? `${move.label}…` : move.label}
        </button>
      ))}
    </div>
  );
}
