import {
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $getTableCellNodeFromLexicalNode,
  $getTableNodeFromLexicalNodeOrThrow,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
  $isTableCellNode,
  $isTableRowNode,
  $setTableRowIsHeader,
  TableCellHeaderStates,
  type TableNode,
} from '@lexical/table';
import { $getSelection, $isRangeSelection } from 'lexical';

/** The table the caret is in, if any. */
function $tableAtCaret(): TableNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const cell = $getTableCellNodeFromLexicalNode(selection.anchor.getNode());
  return cell ? $getTableNodeFromLexicalNodeOrThrow(cell) : null;
}

export function $isCaretInTable(): boolean {
  return $tableAtCaret() !== null;
}

/** Whether the table at the caret has its first row marked as the header row. */
export function $hasHeaderRow(): boolean {
  const first = $tableAtCaret()?.getFirstChild();
  const cell = $isTableRowNode(first) ? first.getFirstChild() : null;
  return $isTableCellNode(cell) && cell.hasHeaderState(TableCellHeaderStates.ROW);
}

/** The table edits the toolbar and the table's context menu offer, each one undo step. */
export const TABLE_ACTIONS = [
  { label: '在下方插入行', run: () => void $insertTableRowAtSelection(true) },
  { label: '在右侧插入列', run: () => void $insertTableColumnAtSelection(true) },
  { label: '删除行', run: () => $deleteTableRowAtSelection() },
  { label: '删除列', run: () => $deleteTableColumnAtSelection() },
  {
    label: '设为标题行',
    run: () => {
      const table = $tableAtCaret();
      if (table) $setTableRowIsHeader(table, 0, !$hasHeaderRow());
    },
  },
] as const;
