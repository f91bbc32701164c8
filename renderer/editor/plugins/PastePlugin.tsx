import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_HIGH, PASTE_COMMAND, PASTE_TAG } from 'lexical';
import { useEffect, useState } from 'react';
import { textToDraftBlocks } from '../../../shared/reading/line-to-block';
import { htmlToDraftBlocks } from '../paste/html-to-draft-blocks';
import { $insertDraftBlocks } from '../paste/insert-draft-blocks';

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/**
 * Paste from Word, WPS or the web comes in as our own nodes only: no foreign fonts or styles.
 * Hidden text in it is not pasted, and never silently: the part says how much was left out.
 */
export function PastePlugin() {
  const [editor] = useLexicalComposerContext();
  const [hiddenLeftOut, setHiddenLeftOut] = useState(0);
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null;
          if (!data) return false;
          const html = data.getData('text/html');
          const { blocks, hidden } = html
            ? htmlToDraftBlocks(html, parseHtml)
            : { blocks: textToDraftBlocks(data.getData('text/plain')), hidden: 0 };
          event.preventDefault();
          setHiddenLeftOut(hidden);
          editor.update(() => $insertDraftBlocks(blocks), { tag: PASTE_TAG });
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  if (hiddenLeftOut === 0) return null;
  return (
    <p className="paste-notice readiness blocked" role="status">
      粘贴的内容中有 {hiddenLeftOut} 处隐藏文字，没有粘贴进来。{' '}
      <button type="button" onClick={() => setHiddenLeftOut(0)}>
        知道了
      </button>
    </p>
  );
}
