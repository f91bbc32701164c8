import { createHeadlessEditor } from '@lexical/headless';
import { $createTextNode, $getRoot, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { PART_NODES } from '../../../renderer/editor/nodes';
import { $createSectionHeadingNode } from '../../../renderer/editor/nodes/SectionHeadingNode';

function editorWithHeading(text: string, caret: number): LexicalEditor {
  const editor = createHeadlessEditor({
    nodes: [...PART_NODES],
    onError: (error) => {
      throw error;
    },
  });
  editor.update(
    () => {
      const textNode = $createTextNode(text);
      $getRoot().clear().append($createSectionHeadingNode(2).append(textNode));
      textNode.select(caret, caret);
    },
    { discrete: true },
  );
  return editor;
}

function pressEnter(editor: LexicalEditor): void {
  editor.update(
    () => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertParagraph();
    },
    { discrete: true },
  );
}

const blocks = (editor: LexicalEditor) =>
  editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((block) => `${block.getType()}:${block.getTextContent()}`),
  );

describe('section heading and Enter', () => {
  it('at the end starts a paragraph', () => {
    const editor = editorWithHeading('学法', 2);
    pressEnter(editor);
    expect(blocks(editor)).toEqual(['section-heading:学法', 'paragraph:']);
  });

  it('in the middle splits the heading', () => {
    const editor = editorWithHeading('学法用法', 2);
    pressEnter(editor);
    expect(blocks(editor)).toEqual(['section-heading:学法', 'section-heading:用法']);
  });

  it('at the start opens an empty paragraph above and keeps the heading', () => {
    const editor = editorWithHeading('学法', 0);
    pressEnter(editor);
    expect(blocks(editor)).toEqual(['paragraph:', 'section-heading:学法']);
  });
});
