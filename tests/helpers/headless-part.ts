import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot, type LexicalEditor } from 'lexical';
import { PART_NODES } from '../../renderer/editor/nodes';
import { $insertDraftBlocks } from '../../renderer/editor/paste/insert-draft-blocks';
import { textToDraftBlocks } from '../../shared/reading/line-to-block';
import { blocksPlainText, partBlocks } from '../../shared/report/part-content';

/** A headless part editor holding `lines`, read the way paste reads them. */
export function headlessPart(lines: readonly string[]): LexicalEditor {
  const editor = createHeadlessEditor({
    nodes: [...PART_NODES],
    onError: (error) => {
      throw error;
    },
  });
  editor.update(
    () => {
      $getRoot().clear().selectEnd();
      $insertDraftBlocks(textToDraftBlocks(lines.join('\n')));
    },
    { discrete: true },
  );
  return editor;
}

/** The part as the shared model reads it: one line a block, numbers computed. */
export function partLines(editor: LexicalEditor): string[] {
  return blocksPlainText(partBlocks(JSON.stringify(editor.getEditorState().toJSON()))).split('\n');
}

export function run(editor: LexicalEditor, fn: () => void): void {
  editor.update(fn, { discrete: true });
}
