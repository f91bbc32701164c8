import { useEffect, useRef, type RefObject } from 'react';

/**
 * What a clerk expects of any dialog, as in WPS: focus moves into it, Esc closes it, and on close
 * focus goes back to the button that opened it, so the keyboard carries on where it was.
 * Returns the ref for the element to focus first (e.g. 关闭 or 取消).
 */
export function useDialogFocus<T extends HTMLElement>(onClose: () => void): RefObject<T | null> {
  const first = useRef<T>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    first.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      close.current();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return first;
}
