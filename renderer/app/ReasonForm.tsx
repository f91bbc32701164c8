import { useState } from 'react';

interface Props {
  /** What the reason is for, as the field's label: 为什么不需要修改, 重新打开的原因 … */
  label: string;
  submitLabel: string;
  multiline?: boolean;
  placeholder?: string;
  className?: string;
  onSubmit: (reason: string) => void | Promise<void>;
  onCancel: () => void;
}

/** A short written reason, at least two characters, that a recorded decision needs. */
export function ReasonForm({ label, submitLabel, multiline, placeholder, className, onSubmit, onCancel }: Props) {
  const [reason, setReason] = useState('');
  return (
    <form
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit(reason);
      }}
    >
      <label>
        {label}
        {multiline ? (
          <textarea
            value={reason}
            autoFocus
            rows={2}
            placeholder={placeholder}
            onChange={(event) => setReason(event.target.value)}
          />
        ) : (
          <input
            value={reason}
            autoFocus
            placeholder={placeholder}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </label>
      <button type="submit" className="primary" disabled={reason.trim().length < 2}>
        {submitLabel}
      </button>
      <button type="button" onClick={onCancel}>
        取消
      </button>
    </form>
  );
}
