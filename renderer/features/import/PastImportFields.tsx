import { RECORD_PAST_LABEL, type PastReportRecord } from '../../../shared/status/status-moves';
import type { PastImportChoice } from './past-import-choice';
import { SubmissionDetailsFields } from '../status/SubmissionDetailsFields';

/**
 * Offered when the imported report's submission deadline has passed: record it as sent in the same
 * step as the import. The service decides whether it may (recordPast, as on the 审签报送 panel).
 */
export function PastImportFields({
  year,
  submitBy,
  choice,
  to: chosen,
  date,
  onChange,
}: {
  year: number;
  submitBy: string;
  choice: PastImportChoice;
  /** The choice as proposed or picked. */
  to: PastReportRecord['to'];
  /** YYYY-MM-DD, or null while the field is empty. */
  date: string | null;
  onChange: (choice: PastImportChoice) => void;
}) {
  const verb = chosen === 'published' ? '公开' : '报送';
  return (
    <fieldset className="import-past" aria-label={RECORD_PAST_LABEL}>
      <label className="import-past-tick">
        <input
          type="checkbox"
          checked={choice.ticked}
          onChange={(event) => onChange({ ...choice, ticked: event.target.checked })}
        />
        {RECORD_PAST_LABEL}
      </label>
      <p className="panel-hint">
        {year}年度报告的报送截止日期（{submitBy}
        ）已过。勾选后，导入时一步记为已报送（或已公开），状态记录中记为“记为往年已报送”，不补录审签。
      </p>
      {choice.ticked && (
        <div className="import-past-details">
          {(
            [
              ['submitted', '已报送'],
              ['published', '已报送并已公开'],
            ] as const
          ).map(([to, label]) => (
            <label key={to}>
              <input
                type="radio"
                name="import-past-to"
                checked={chosen === to}
                onChange={() => onChange({ ...choice, to })}
              />
              {label}
            </label>
          ))}
          <SubmissionDetailsFields
            verb={verb}
            optionalChannel
            value={{ happenedOn: date ?? undefined, channel: choice.channel }}
            // The proposed day keeps following the choice until the clerk changes the day itself.
            onChange={(next) =>
              onChange({
                ...choice,
                channel: next.channel,
                ...(next.happenedOn !== (date ?? undefined) && { date: next.happenedOn ?? null }),
              })
            }
          />
        </div>
      )}
    </fieldset>
  );
}
