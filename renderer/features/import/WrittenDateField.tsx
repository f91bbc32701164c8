import { parseIssueDate } from '../../../shared/report/parse-issue-date';

/**
 * A day typed as it is written on a document, 2025年3月1日. Kept to this one small field so the
 * shared Chinese date input can take its place.
 */
export function WrittenDateField({
  label,
  text,
  onChange,
}: {
  label: string;
  text: string;
  onChange: (text: string) => void;
}) {
  const unreadable = text.trim() !== '' && parseIssueDate(text) === null;
  return (
    <label>
      {label}
      <input type="text" value={text} placeholder="2025年3月1日" onChange={(event) => onChange(event.target.value)} />
      {unreadable && <span className="option-hint">请写成“2025年3月1日”的形式。</span>}
    </label>
  );
}
