import type { EditorThemeClasses } from 'lexical';

/** Class names only: the look is in editor.css, so pasted or stored content carries no styles. */
export const EDITOR_THEME: EditorThemeClasses = {
  paragraph: 'editor-paragraph',
  table: 'editor-table',
  tableCell: 'editor-table-cell',
  tableCellHeader: 'editor-table-cell-header',
  tableRow: 'editor-table-row',
};
