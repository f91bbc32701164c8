import type { ReactNode } from 'react';
import { useDialogFocus } from './use-dialog-focus';

interface Props {
  /** The dialog's name, also its heading. */
  title: string;
  children: ReactNode;
  /** The button that goes ahead, e.g. 永久删除. */
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A question before a step that is hard to undo; 取消 has the focus, so Enter never deletes by accident. */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel }: Props) {
  const cancel = useDialogFocus<HTMLButtonElement>(onCancel);
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="alertdialog" aria-modal="true" aria-label={title}>
        <h2>{title}</h2>
        {children}
        <div className="dialog-actions">
          <button type="button" className="danger" onClick={onConfirm}>
            {confirmLabel}
          </button>
          <button type="button" ref={cancel} onClick={onCancel}>
            取消
          </button>
        </div>
      </div>
    </div>
  );
}
