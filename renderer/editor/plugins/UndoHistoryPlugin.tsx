import { createEmptyHistoryState } from '@lexical/history';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HistoryPlugin as LexicalHistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { useEffect, useState } from 'react';

/**
 * Lexical's undo history, starting from the content as loaded. Lexical's history only records a
 * step once it knows a state to go back to, and it learns the first one from the first update: so
 * a change made before the clerk ever clicked into the part (全部替换 right after opening the
 * report, a toolbar command) could not be undone. The loaded state is made the starting point.
 */
export function UndoHistoryPlugin() {
  const [editor] = useLexicalComposerContext();
  const [historyState] = useState(createEmptyHistoryState);
  useEffect(() => {
    historyState.current ??= { editor, editorState: editor.getEditorState() };
  }, [editor, historyState]);
  return <LexicalHistoryPlugin externalHistoryState={historyState} />;
}
