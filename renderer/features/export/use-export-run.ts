import { useState } from 'react';
import type { Input } from '../../../shared/ipc/contract';
import { call, errorMessage } from '../../api';

type Message = { kind: 'done' | 'error'; text: string };

/** The export dialog's actions and what they report back: busy, done (where to), or why not. */
export function useExportRun() {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>();
  const [fallbackText, setFallbackText] = useState<string>();

  async function guard<T>(action: () => Promise<T>): Promise<T | undefined> {
    try {
      return await action();
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(error) });
      return undefined;
    }
  }

  return {
    busy,
    message,
    fallbackText,
    guard,
    async exportDocx(input: Input<'export:docx'>) {
      setBusy(true);
      setMessage(undefined);
      const saved = await guard(() => call('export:docx', input));
      setBusy(false);
      // The label says what the export is, non-final included (草稿, or a 公开版 without a passed 保密审查).
      if (saved) setMessage({ kind: 'done', text: `已导出${saved.mark.label}：${saved.path}` });
    },
    async copyText(text: string) {
      try {
        await navigator.clipboard.writeText(text);
        setFallbackText(undefined);
        setMessage({ kind: 'done', text: `已复制全文（${text.length} 字符），可粘贴到网站编辑器。` });
      } catch {
        // Clipboard access can be refused (no focus, a strict browser): the text is offered to copy by hand.
        setFallbackText(text);
      }
    },
  };
}
