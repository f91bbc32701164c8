import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createRangeSelectionFromDom, $getSelection, $setSelection } from 'lexical';
import { useEffect } from 'react';

/**
 * A click moves the browser's caret at once, but the editor learns of it only from the next
 * selectionchange event, a task later. A key pressed in between (Tab, Enter, Backspace, a shortcut)
 * acted on the caret the editor still remembered — the first cell, or the top of the part — and
 * the words the clerk typed next followed it there. Before any key is handled the editor takes the
 * caret the page shows, if it differs from the one it has.
 */
export function CaretSyncPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerRootListener((root) => {
        if (!root) return;
        const sync = () => {
          if (editor.isComposing()) return;
          const dom = window.getSelection();
          if (!dom?.anchorNode || !root.contains(dom.anchorNode)) return;
          const stale = editor.read(() => {
            const fromDom = $createRangeSelectionFromDom(dom, editor);
            const current = $getSelection();
            return fromDom !== null && !(current !== null && current.is(fromDom));
          });
          if (!stale) return;
          editor.update(
            () => {
              const fromDom = $createRangeSelectionFromDom(dom, editor);
              if (fromDom) $setSelection(fromDom);
            },
            { discrete: true },
          );
        };
        // Capture: before Lexical's own keydown handler reads the selection.
        root.addEventListener('keydown', sync, true);
        return () => root.removeEventListener('keydown', sync, true);
      }),
    [editor],
  );
  return null;
}
