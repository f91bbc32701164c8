import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, $getRoot, HISTORIC_TAG, type LexicalNode } from 'lexical';
import { useEffect } from 'react';
import { $isCarriedOverBlock } from '../nodes/carryover-state';

const LABEL = '沿用待更新：这一段从去年的报告沿用而来，还没有修改过';

/** The top-level blocks an update touched; all of them on the first run. */
function $touchedBlocks(keys: Iterable<string> | undefined): LexicalNode[] {
  if (!keys) return $getRoot().getChildren();
  const blocks = new Map<string, LexicalNode>();
  for (const key of keys) {
    const block = $getNodeByKey(key)?.getTopLevelElement();
    if (block) blocks.set(block.getKey(), block);
  }
  return [...blocks.values()];
}

/**
 * Shows 沿用待更新 on blocks still as copied from last year, through a data attribute the
 * stylesheet draws. Like the numbering, nothing is written into the editor state: the mark stays
 * in the JSON, and whether it shows follows from the text, so an edit hides it and an undo back to
 * last year's words shows it again.
 */
export function CarryoverPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const show = (keys?: Iterable<string>) =>
      editor.getEditorState().read(() => {
        for (const block of $touchedBlocks(keys)) {
          const element = editor.getElementByKey(block.getKey());
          if (!element) continue;
          const carried = $isCarriedOverBlock(block);
          if (carried === element.hasAttribute('data-carryover')) continue;
          element.toggleAttribute('data-carryover', carried);
          if (carried) element.title = LABEL;
          else element.removeAttribute('title');
        }
      });
    return mergeRegister(
      // A new root element is drawn afresh, without any node being dirty.
      editor.registerRootListener((root) => void (root && show())),
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
        // Undo and redo swap in a whole earlier state without naming what changed.
        if (tags.has(HISTORIC_TAG)) return show();
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        show([...dirtyElements.keys(), ...dirtyLeaves]);
      }),
    );
  }, [editor]);
  return null;
}
