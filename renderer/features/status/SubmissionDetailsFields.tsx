import {
  SUBMISSION_CHANNEL_LABELS,
  SUBMISSION_CHANNELS,
  type SubmissionChannel,
} from '../../../shared/status/submission-channel';
import { DateInput } from '../../app/DateInput';

/** The day a report was sent (or published) and how it went out; `optionalChannel` for a past report nobody remembers. */
export function SubmissionDetailsFields({
  verb,
  value,
  onChange,
  optionalChannel = false,
}: {
  verb: string;
  value: { happenedOn?: string; channel?: SubmissionChannel };
  onChange: (next: { happenedOn?: string; channel?: SubmissionChannel }) => void;
  optionalChannel?: boolean;
}) {
  return (
    <>
      <label>
        {verb}日期
        <DateInput
          value={value.happenedOn}
          onChange={(date) => onChange({ ...value, happenedOn: date ?? undefined })}
        />
      </label>
      <label>
        报送方式
        <select
          value={value.channel ?? ''}
          onChange={(event) =>
            onChange({ ...value, channel: (event.target.value || undefined) as SubmissionChannel | undefined })
          }
        >
          <option value="">{optionalChannel ? '（不记得）' : '请选择'}</option>
          {SUBMISSION_CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {SUBMISSION_CHANNEL_LABELS[channel]}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
