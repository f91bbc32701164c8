import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { $createParagraphNode, $getRoot, type LexicalEditor } from 'lexical';
import { memo } from 'react';
import { EDITOR_THEME } from './editor-theme';
import { PART_NODES } from './nodes';
import { AutosavePlugin, type SaveStatus } from './plugins/AutosavePlugin';
import { CaretSyncPlugin } from './plugins/CaretSyncPlugin';
import { CarryoverPlugin } from './plugins/CarryoverPlugin';
import { EditablePlugin } from './plugins/EditablePlugin';
import { UndoHistoryPlugin } from './plugins/UndoHistoryPlugin';
import { NumberingPlugin } from './plugins/NumberingPlugin';
import { LivePartPlugin, type LivePart } from './plugins/LivePartPlugin';
import { PastePlugin } from './plugins/PastePlugin';
import { TabPlugin } from './plugins/TabPlugin';
import { TableMenuPlugin } from './plugins/TableMenuPlugin';
import { TableResizePlugin } from './plugins/TableResizePlugin';
import { TypedHeadingPlugin } from './plugins/TypedHeadingPlugin';
import './editor.css';

export interface PartEditorProps {
  /** Names the editor for assistive technology and tests, e.g. 一、2024年度……主要举措和成效. */
  label: string;
  contentJson: string | null;
  placeholder: string;
  save: (contentJson: string) => Promise<void>;
  onStatus: (status: SaveStatus) => void;
  onLivePart: (part: LivePart) => void;
  onFocus: () => void;
  editorRef: (editor: LexicalEditor | null) => void;
  flushers: Set<() => Promise<void>>;
  /** False for a 已定稿 report: the text can be read and copied, not changed. Defaults to true. */
  editable?: boolean;
}

/**
 * One part of the report in its own editor: the visible list of what it can do. Memoized, with
 * stable callbacks from the screen, so a status or outline change elsewhere re-renders no editor.
 */
export const PartEditor = memo(function PartEditor({
  label,
  contentJson,
  placeholder,
  save,
  onStatus,
  onLivePart,
  onFocus,
  editorRef,
  flushers,
  editable = true,
}: PartEditorProps) {
  const initialConfig: InitialConfigType = {
    namespace: 'fazhi-part',
    nodes: [...PART_NODES],
    theme: EDITOR_THEME,
    onError: (error) => {
      throw error;
    },
    editorState: contentJson ?? (() => $getRoot().append($createParagraphNode())),
  };

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="part-editor-shell">
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="part-editor"
              aria-label={label}
              aria-placeholder={placeholder}
              placeholder={<div className="part-editor-placeholder">{placeholder}</div>}
              onFocus={onFocus}
              spellCheck={false}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <UndoHistoryPlugin />
      <CaretSyncPlugin />
      <TablePlugin hasCellMerge={false} hasTabHandler />
      <TabPlugin />
      <TableResizePlugin />
      <TableMenuPlugin />
      <NumberingPlugin />
      <TypedHeadingPlugin />
      <CarryoverPlugin />
      <PastePlugin />
      <LivePartPlugin onChange={onLivePart} />
      <AutosavePlugin save={save} onStatus={onStatus} flushers={flushers} />
      <EditablePlugin editable={editable} />
      <EditorRefPlugin editorRef={editorRef} />
    </LexicalComposer>
  );
});
