import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { TABLE_ACTIONS } from '../edits/table-edits';

/** Right-click in a table cell: the table edits at the pointer, as WPS offers them. */
export function TableMenuPlugin() {
  const [editor] = useLexicalComposerContext();
  const [at, setAt] = useState<{ x: number; y: number }>();

  useEffect(
    () =>
      editor.registerRootListener((root) => {
        if (!root) return;
        const open = (event: MouseEvent) => {
          if (!editor.isEditable() || !(event.target as Element | null)?.closest?.('td, th')) return;
          event.preventDefault();
          setAt({ x: event.clientX, y: event.clientY });
        };
        root.addEventListener('contextmenu', open);
        return () => root.removeEventListener('contextmenu', open);
      }),
    [editor],
  );

  useEffect(() => {
    if (!at) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
      if (event.target instanceof Element && event.target.closest('.table-menu')) return;
      setAt(undefined);
    };
    window.addEventListener('mousedown', close);
    window.addEventListener('keydown', close);
    return () => {
      window.removeEventListener('mousedown', close);
      window.removeEventListener('keydown', close);
    };
  }, [at]);

  if (!at) return null;
  return createPortal(
    <div className="table-menu" role="menu" aria-label="表格" style={{ left: at.x, top: at.y }}>
      {TABLE_ACTIONS.map((action) => (
        <button
          key={action.label}
          type="button"
          role="menuitem"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            editor.update(action.run);
            setAt(undefined);
          }}
        >
          {action.label}
        </button>
      ))}
    </div>,
    document.body,
  );
}
