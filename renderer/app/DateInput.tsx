import { useEffect, useRef, useState } from 'react';
import { localDate } from '../../shared/status/deadlines-for';
import { formatIssueDate } from '../../shared/report/format-issue-date';
import { parseTypedDate, typedDateProblem } from '../../shared/report/parse-typed-date';

interface Props {
  /** YYYY-MM-DD, or null / undefined when no date is set. */
  value: string | null | undefined;
  /** A readable day, or null once the field is emptied; never called with what cannot be read. */
  onChange: (date: string | null) => void;
  onBlur?: () => void;
  name?: string;
  /** YYYY-MM-DD of a fitting day to show as the example, e.g. a 成文日期 early in Y+1; today if not given. */
  example?: string;
}

const show = (date: string | null | undefined) => (date ? formatIssueDate(date) : '');

/**
 * Every date field of the app: shows 2026年1月7日, as the date stands on the page, and reads it
 * back as typed (2026年1月7日, 2026-1-7, 2026.1.7, 2026/1/7). What cannot be read stays in the
 * field with a Chinese message and blocks the form's submit, so a half-typed date is never lost
 * nor silently replaced by the last good one.
 */
export function DateInput({ value, onChange, onBlur, name, example: exampleDate }: Props) {
  const [text, setText] = useState(show(value));
  const [shownValue, setShownValue] = useState(value);
  // Shown once the clerk leaves the field or tries to submit, not while they are still typing.
  const [visible, setVisible] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const example = formatIssueDate(exampleDate ?? localDate(new Date()));
  const problem = text.trim() && !parseTypedDate(text) ? typedDateProblem(text, example) : undefined;

  // A new value from outside (another report, a form reset) replaces what is shown.
  if (value !== shownValue) {
    setShownValue(value);
    if (parseTypedDate(text) !== (value ?? null)) setText(show(value));
  }

  useEffect(() => input.current?.setCustomValidity(problem ?? ''), [problem]);

  function change(next: string) {
    setText(next);
    const date = parseTypedDate(next);
    if (next.trim() && !date) return;
    setVisible(false);
    if (date !== (value ?? null)) onChange(date);
  }

  return (
    <>
      <input
        ref={input}
        name={name}
        value={text}
        autoComplete="off"
        placeholder={`如 ${example}`}
        aria-invalid={problem && visible ? true : undefined}
        onChange={(event) => change(event.target.value)}
        onBlur={() => {
          const date = parseTypedDate(text);
          if (date) setText(formatIssueDate(date));
          setVisible(true);
          onBlur?.();
        }}
        onInvalid={() => setVisible(true)}
      />
      {problem && visible && (
        <span className="field-error" role="alert">
          {problem}
        </span>
      )}
    </>
  );
}
