import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getTableCellNodeFromLexicalNode,
  $getTableNodeFromLexicalNodeOrThrow,
  $insertTableRowAtSelection,
  $isTableRowNode,
} from '@lexical/table';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_EDITOR,
  KEY_TAB_COMMAND,
} from 'lexical';
import { useEffect } from 'react';

/**
 * Tab never takes the caret out of the part. In a table Lexical's own handler moves between cells
 * (Shift+Tab back), and Tab in the last cell adds a row, as in WPS. In body text Tab does nothing:
 * the first-line indent is automatic, and a Tab that moved focus would send the next words into the
 * following part.
 */
export function TabPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          KEY_TAB_COMMAND,
          (event) => {
            const selection = $getSelection();
            if (event.shiftKey || !$isRangeSelection(selection) || !selection.isCollapsed()) return false;
            const cell = $getTableCellNodeFromLexicalNode(selection.anchor.getNode());
            if (!cell || cell.getNextSibling()) return false;
            const row = cell.getParent();
            if (!$isTableRowNode(row) || row.getNextSibling()) return false;
            event.preventDefault();
            $insertTableRowAtSelection(true);
            const added = $getTableNodeFromLexicalNodeOrThrow(cell).getLastChild();
            const first = $isTableRowNode(added) ? added.getFirstChild() : null;
            if ($isElementNode(first)) first.selectStart();
            return true;
          },
          COMMAND_PRIORITY_CRITICAL,
        ),
        // Lowest priority: whatever the table did not take stays in the editor.
        editor.registerCommand(
          KEY_TAB_COMMAND,
          (event) => {
            event.preventDefault();
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
      ),
    [editor],
  );
  return null;
}
