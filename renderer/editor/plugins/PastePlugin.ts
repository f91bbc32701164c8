import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_HIGH, PASTE_COMMAND, PASTE_TAG } from 'lexical';
import { useEffect } from 'react';
import { textToDraftBlocks } from '../../../shared/reading/line-to-block';
import { htmlToDraftBlocks } from '../paste/html-to-draft-blocks';
import { $insertDraftBlocks } from '../paste/insert-draft-blocks';

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** Paste from Word, WPS or the web comes in as our own nodes only: no foreign fonts or styles. */
export function PastePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null;
          if (!data) return false;
          const html = data.getData('text/html');
          const blocks = html ? htmlToDraftBlocks(html, parseHtml) : textToDraftBlocks(data.getData('text/plain'));
          event.preventDefault();
          editor.update(() => $insertDraftBlocks(blocks), { tag: PASTE_TAG });
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
