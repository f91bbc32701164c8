import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { BLUR_COMMAND, COMMAND_PRIORITY_LOW } from 'lexical';
import { useEffect, useRef } from 'react';

export type SaveStatus =
  { kind: 'saved'; at: Date } | { kind: 'unsaved' } | { kind: 'saving' } | { kind: 'error'; message: string };

interface Props {
  save: (contentJson: string) => Promise<void>;
  onStatus: (status: SaveStatus) => void;
  /** Quiet time after the last change before saving. */
  delayMs?: number;
  /** Wait before trying again after a failed save. */
  retryMs?: number;
  /** Where the screen finds every editor's flush, to save everything before a restore. */
  flushers?: Set<() => Promise<void>>;
}

/**
 * Saves about a second after a burst of typing, and at once on blur, on leaving the page and on
 * unmount. One save runs at a time; changes made meanwhile go in the next one. A save waits for an
 * IME composition to end, so no half-typed 拼音 is ever stored or cut. A failed save keeps the text
 * in the editor and tries again.
 */
export function AutosavePlugin({ save, onStatus, delayMs = 1000, retryMs = 5000, flushers }: Props) {
  const [editor] = useLexicalComposerContext();
  // The latest callbacks, without re-registering the listeners when the parent re-renders.
  const callbacks = useRef({ save, onStatus });
  callbacks.current = { save, onStatus };

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let dirty = false;
    let inFlight: Promise<void> | null = null;
    // Typing reports "unsaved" once, not on every keystroke: each report re-renders the screen.
    let reported: SaveStatus['kind'] | undefined;
    const report = (status: SaveStatus) => {
      if (status.kind === 'unsaved' && reported === 'unsaved') return;
      reported = status.kind;
      callbacks.current.onStatus(status);
    };

    const schedule = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), ms);
    };

    const flush = async (): Promise<void> => {
      clearTimeout(timer);
      // One save at a time, and a caller of flush (a restore) waits for the one under way.
      while (inFlight) await inFlight;
      if (!dirty) return;
      if (editor.isComposing()) return schedule(300);
      dirty = false;
      const contentJson = JSON.stringify(editor.getEditorState().toJSON());
      report({ kind: 'saving' });
      inFlight = callbacks.current
        .save(contentJson)
        .then(
          () => report(dirty ? { kind: 'unsaved' } : { kind: 'saved', at: new Date() }),
          (error: unknown) => {
            dirty = true;
            const reason = error instanceof Error ? error.message : '未知原因';
            report({ kind: 'error', message: `保存失败：${reason} 文字仍在编辑器中，稍后会自动重试。` });
            schedule(retryMs);
          },
        )
        .finally(() => (inFlight = null));
      return inFlight;
    };

    const unregisterUpdate = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return; // only the selection moved
      if (!editor.isEditable()) return; // a locked report: EditablePlugin puts the change back
      dirty = true;
      report({ kind: 'unsaved' });
      schedule(delayMs);
    });
    const unregisterBlur = editor.registerCommand(BLUR_COMMAND, () => (void flush(), false), COMMAND_PRIORITY_LOW);
    const onHide = () => void flush();
    flushers?.add(flush);
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      unregisterUpdate();
      unregisterBlur();
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      flushers?.delete(flush);
      void flush();
    };
  }, [editor, delayMs, retryMs, flushers]);
  return null;
}
