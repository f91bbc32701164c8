import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

/**
 * Switches the editor between writing and reading. A 已定稿 report is read-only: typing and paste
 * stop at Lexical's own switch, and a change made by code while locked (a quick fix, a heading
 * action) is put back at once, so the screen never shows text the service would refuse to save.
 */
export function EditablePlugin({ editable }: { editable: boolean }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    editor.setEditable(editable);
    if (editable) return;
    let reverting = false;
    return editor.registerUpdateListener(({ prevEditorState, dirtyElements, dirtyLeaves }) => {
      if (reverting || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return;
      reverting = true;
      editor.setEditorState(prevEditorState);
      reverting = false;
    });
  }, [editor, editable]);
  return null;
}
