import { useState } from 'react';
import { RECORD_PAST_LABEL, type PastReportRecord } from '../../../shared/status/status-moves';
import type { SubmissionChannel } from '../../../shared/status/submission-channel';
import { SubmissionDetailsFields } from './SubmissionDetailsFields';

/**
 * 这是往年已报送的报告: an old report brought in from a file was sent long ago; one step records it as
 * 已报送 or 已公开 on its day. The service decides whether it may (only once the deadline has passed).
 */
export function PastReportForm({ onRecord }: { onRecord: (record: PastReportRecord) => Promise<boolean> }) {
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState<PastReportRecord['to']>('submitted');
  const [details, setDetails] = useState<{ happenedOn?: string; channel?: SubmissionChannel }>({});
  const [note, setNote] = useState('');
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {RECORD_PAST_LABEL}…
      </button>
    );
  return (
    <form
      className="move-note"
      aria-label={RECORD_PAST_LABEL}
      onSubmit={(event) => {
        event.preventDefault();
        void onRecord({ to, happenedOn: details.happenedOn ?? '', channel: details.channel, note }).then((done) => {
          if (done) setOpen(false);
        });
      }}
    >
      <p className="panel-hint">
        报告在使用本程序之前已经报送（或公开），在这里一步记下，不用补录审签。状态记录中记为“记为往年已报送”。
      </p>
      <fieldset className="review-result">
        <legend>这份报告</legend>
        {(
          [
            ['submitted', '已报送'],
            ['published', '已报送并已公开'],
          ] as const
        ).map(([option, label]) => (
          <label key={option}>
            <input type="radio" name="past-to" checked={to === option} onChange={() => setTo(option)} />
            {label}
          </label>
        ))}
      </fieldset>
      <SubmissionDetailsFields
        verb={to === 'published' ? '公开' : '报送'}
        value={details}
        onChange={setDetails}
        optionalChannel
      />
      <label>
        说明（可不填）
        <textarea value={note} rows={2} onChange={(event) => setNote(event.target.value)} />
      </label>
      <div className="move-actions">
        <button type="submit" className="primary">
          记为{to === 'published' ? '已公开' : '已报送'}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          取消
        </button>
      </div>
    </form>
  );
}
