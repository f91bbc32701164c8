import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getTableNodeFromLexicalNodeOrThrow,
  $isTableCellNode,
  $getTableColumnIndexFromTableCellNode,
} from '@lexical/table';
import { $getNearestNodeFromDOMNode } from 'lexical';
import { useEffect } from 'react';

/** How near the right border of a cell the pointer must be to grab it. */
const GRIP_PX = 5;
const MIN_WIDTH_PX = 40;

/** The cell whose right border the pointer is on, if any. */
function cellAtBorder(event: PointerEvent): HTMLTableCellElement | null {
  const cell = (event.target as Element | null)?.closest?.('td, th');
  if (!(cell instanceof HTMLTableCellElement)) return null;
  return cell.getBoundingClientRect().right - event.clientX <= GRIP_PX ? cell : null;
}

/**
 * Dragging a column's right border makes it wider or narrower, as in WPS. The widths go into the
 * table node's own colWidths, so they are saved, undone and exported with the table.
 */
export function TableResizePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerRootListener((root) => {
        if (!root) return;
        let drag: { cell: HTMLTableCellElement; startX: number; widths: number[]; column: number } | null = null;
        const hover = (event: PointerEvent) => {
          if (drag) return;
          root.style.cursor = editor.isEditable() && cellAtBorder(event) ? 'col-resize' : '';
        };
        const down = (event: PointerEvent) => {
          const cell = editor.isEditable() ? cellAtBorder(event) : null;
          const row = cell?.parentElement;
          if (!cell || !row) return;
          event.preventDefault();
          const widths = [...row.children].map((child) => child.getBoundingClientRect().width);
          drag = { cell, startX: event.clientX, widths, column: [...row.children].indexOf(cell) };
          window.addEventListener('pointerup', up, { once: true });
        };
        const up = (event: PointerEvent) => {
          if (!drag) return;
          const { cell, startX, widths, column } = drag;
          drag = null;
          root.style.cursor = '';
          const delta = event.clientX - startX;
          editor.update(() => {
            const node = $getNearestNodeFromDOMNode(cell);
            if (!$isTableCellNode(node)) return;
            const table = $getTableNodeFromLexicalNodeOrThrow(node);
            const index = $getTableColumnIndexFromTableCellNode(node);
            const next = (table.getColWidths() ?? widths).slice();
            next[index] = Math.max(MIN_WIDTH_PX, Math.round((widths[column] ?? MIN_WIDTH_PX) + delta));
            table.setColWidths(next);
          });
        };
        root.addEventListener('pointermove', hover);
        root.addEventListener('pointerdown', down);
        return () => {
          root.removeEventListener('pointermove', hover);
          root.removeEventListener('pointerdown', down);
          window.removeEventListener('pointerup', up);
        };
      }),
    [editor],
  );
  return null;
}
