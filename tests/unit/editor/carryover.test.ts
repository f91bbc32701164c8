import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot, $isElementNode, $isTextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $applyYearOffer, $keepYear } from '../../../renderer/editor/edits/year-offer-edits';
import { PART_NODES } from '../../../renderer/editor/nodes';
import { $carriedBlocks, $isCarriedOverBlock } from '../../../renderer/editor/nodes/carryover-state';
import { findStaleYears } from '../../../shared/carryover/find-stale-years';
import { markCarriedOver } from '../../../shared/carryover/mark-carried-over';
import { partBlocks } from '../../../shared/report/part-content';
import { partJson } from '../../helpers/part-json';

function copiedPart(...lines: Parameters<typeof partJson>) {
  const editor = createHeadlessEditor({
    nodes: [...PART_NODES],
    onError: (error) => {
      throw error;
    },
  });
  editor.setEditorState(editor.parseEditorState(markCarriedOver(partJson(...lines))!));
  return editor;
}

const update = (editor: ReturnType<typeof copiedPart>, fn: () => void) => editor.update(fn, { discrete: true });
const marks = (editor: ReturnType<typeof copiedPart>) =>
  editor.getEditorState().read(() => $getRoot().getChildren().map($isCarriedOverBlock));
const stored = (editor: ReturnType<typeof copiedPart>) =>
  partBlocks(JSON.stringify(editor.getEditorState().toJSON())).map(
    (block) => block.kind !== 'table' && !!block.carriedOver,
  );
const offers = (editor: ReturnType<typeof copiedPart>) =>
  findStaleYears(
    editor.getEditorState().read(() => $carriedBlocks('measures')),
    2024,
  );

describe('沿用待更新 in the editor', () => {
  it('shows a copied paragraph as carried over until it is edited, in the editor and in the saved JSON alike', () => {
    const editor = copiedPart({ heading: 2, text: '健全制度体系' }, '2023年，全年制发规范性文件5件。');
    expect(marks(editor)).toEqual([true, true]);
    update(editor, () => {
      const paragraph = $getRoot().getChildAtIndex(1);
      const text = $isElementNode(paragraph) ? paragraph.getFirstChild() : null;
      if ($isTextNode(text)) text.setTextContent('2024年，全年制发规范性文件7件。');
    });
    expect(marks(editor)).toEqual([true, false]);
    expect(stored(editor)).toEqual([true, false]);
  });

  it('moves a year on when asked, keeping an otherwise unedited paragraph marked', () => {
    const editor = copiedPart('2023年，全年制发规范性文件5件，比2023年增长1件。');
    const [first, second] = offers(editor);
    expect([first?.from, first?.to, second?.context]).toEqual([
      '2023年',
      '2024年',
      '发规范性文件5件，比2023年增长1件。',
    ]);
    update(editor, () => expect($applyYearOffer(first!)).toBe(true));
    update(editor, () => expect($keepYear(second!)).toBe(true));
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe(
      '2024年，全年制发规范性文件5件，比2023年增长1件。',
    );
    expect(marks(editor)).toEqual([true]);
    expect(offers(editor)).toEqual([]);
  });

  it('does not apply an offer whose text changed since it was made', () => {
    const editor = copiedPart('2023年，全年制发规范性文件5件。');
    const [offer] = offers(editor);
    update(editor, () => {
      const text = $getRoot().getAllTextNodes()[0]!;
      text.setTextContent(`全年，${text.getTextContent()}`);
    });
    update(editor, () => expect($applyYearOffer(offer!)).toBe(false));
  });
});
