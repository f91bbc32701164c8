import { INSERT_TABLE_COMMAND } from '@lexical/table';
import { REDO_COMMAND, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { useEffect, useState, type MouseEvent } from 'react';
import { $setBlockLevel, $toggleLeadSentence } from '../../editor/edits/block-edits';
import { $isCaretInTable, TABLE_ACTIONS } from '../../editor/edits/table-edits';

/** Whether the caret of the editor stands in a table: the table's buttons show only then. */
function useCaretInTable(editor: LexicalEditor | undefined): boolean {
  const [inTable, setInTable] = useState(false);
  useEffect(() => {
    if (!editor) return;
    return editor.registerUpdateListener(({ editorState }) => setInTable(editorState.read($isCaretInTable)));
  }, [editor]);
  return !!editor && inTable;
}

/**
 * Acts on the part last written in; buttons keep the focus and selection where they are. 撤销
 * straight after 全部替换 takes that back in every part, as Ctrl+Z does (`undoReplaceAll`).
 */
export function EditorToolbar({
  editor,
  undoReplaceAll,
}: {
  editor: LexicalEditor | undefined;
  undoReplaceAll: () => boolean;
}) {
  const act = (action: (editor: LexicalEditor) => void) => (event: MouseEvent) => {
    event.preventDefault();
    if (editor) action(editor);
  };
  const update = (fn: () => void) => act((target) => target.update(fn));
  const inTable = useCaretInTable(editor);
  return (
    <div className="editor-toolbar" role="toolbar" aria-label="编辑工具">
      <button
        type="button"
        onMouseDown={(event) => {
          event.preventDefault();
          if (!undoReplaceAll()) editor?.dispatchCommand(UNDO_COMMAND, undefined);
        }}
        title="撤销（Ctrl+Z）"
      >
        撤销
      </button>
      <button
        type="button"
        onMouseDown={act((target) => target.dispatchCommand(REDO_COMMAND, undefined))}
        title="重做（Ctrl+Y）"
      >
        重做
      </button>
      <span className="separator" />
      <button type="button" onMouseDown={update(() => $setBlockLevel(null))}>
        正文
      </button>
      <button type="button" onMouseDown={update(() => $setBlockLevel(2))} title="二级标题，编号（一）（二）自动生成">
        标题（一）
      </button>
      <button type="button" onMouseDown={update(() => $setBlockLevel(3))} title="三级标题，编号 1. 2. 自动生成">
        标题 1.
      </button>
      <button type="button" onMouseDown={update(() => $setBlockLevel(4))} title="四级标题，编号（1）（2）自动生成">
        标题（1）
      </button>
      <button
        type="button"
        onMouseDown={update(() => $toggleLeadSentence(2))}
        title="把段落第一句设为（一）级段首标题，正文接在同一段"
      >
        段首标题（一）
      </button>
      <button type="button" onMouseDown={update(() => $toggleLeadSentence(3))} title="把段落第一句设为 1. 级段首标题">
        段首标题 1.
      </button>
      <span className="separator" />
      <button
        type="button"
        onMouseDown={act((target) =>
          target.dispatchCommand(INSERT_TABLE_COMMAND, {
            rows: '3',
            columns: '2',
            includeHeaders: { rows: true, columns: false },
          }),
        )}
      >
        插入表格
      </button>
      {inTable &&
        TABLE_ACTIONS.map((action) => (
          <button key={action.label} type="button" onMouseDown={update(action.run)}>
            {action.label}
          </button>
        ))}
      {!editor && <span className="toolbar-hint">先点击要编辑的部分</span>}
    </div>
  );
}
