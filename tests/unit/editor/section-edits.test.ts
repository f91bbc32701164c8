import { $getRoot, $isElementNode, type ElementNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $setBlockLevel, $toggleLeadSentence } from '../../../renderer/editor/edits/block-edits';
import { $collectHeadings } from '../../../renderer/editor/edits/collect-headings';
import {
  $appendHeading,
  $moveSection,
  $removeHeading,
  $renameHeading,
} from '../../../renderer/editor/edits/section-edits';
import { headlessPart, partLines, run } from '../../helpers/headless-part';

const PART = [
  '（一）学法',
  '全年学法6次。',
  '1.集中学法',
  '每季度一次。',
  '2.以案释法',
  '（二）执法',
  '持证人员46名。',
];

const keyOf = (editor: ReturnType<typeof headlessPart>, text: string) =>
  editor.getEditorState().read(() => $collectHeadings().find((heading) => heading.text === text)!.key);

describe('section commands', () => {
  it('moves a section with everything under it past its neighbour, and the numbers follow', () => {
    const editor = headlessPart(PART);
    run(editor, () => $moveSection(keyOf(editor, '执法'), -1));
    expect(partLines(editor)).toEqual([
      '（一）执法',
      '持证人员46名。',
      '（二）学法',
      '全年学法6次。',
      '1.集中学法',
      '每季度一次。',
      '2.以案释法',
    ]);
  });

  it('moves a sub-section only within its parent section', () => {
    const editor = headlessPart(PART);
    run(editor, () => $moveSection(keyOf(editor, '以案释法'), -1));
    expect(partLines(editor)).toEqual([
      '（一）学法',
      '全年学法6次。',
      '1.以案释法',
      '2.集中学法',
      '每季度一次。',
      '（二）执法',
      '持证人员46名。',
    ]);
    run(editor, () => $moveSection(keyOf(editor, '集中学法'), 1));
    expect(partLines(editor)).toEqual([
      '（一）学法',
      '全年学法6次。',
      '1.以案释法',
      '2.集中学法',
      '每季度一次。',
      '（二）执法',
      '持证人员46名。',
    ]);
    run(editor, () => $moveSection(keyOf(editor, '以案释法'), 1));
    expect(partLines(editor)).toEqual(PART);
    run(editor, () => $moveSection(keyOf(editor, '学法'), -1));
    expect(partLines(editor)).toEqual(PART);
  });

  it('renames a heading and removes one, keeping the text under it', () => {
    const editor = headlessPart(PART);
    run(editor, () => $renameHeading(keyOf(editor, '执法'), '严格规范执法'));
    run(editor, () => $removeHeading(keyOf(editor, '集中学法')));
    expect(partLines(editor)).toEqual([
      '（一）学法',
      '全年学法6次。',
      '每季度一次。',
      '1.以案释法',
      '（二）严格规范执法',
      '持证人员46名。',
    ]);
  });

  it('appends a heading with a paragraph for its text, replacing an empty part', () => {
    const editor = headlessPart([]);
    run(editor, () => $appendHeading(2, '学习贯彻习近平法治思想'));
    expect(partLines(editor)).toEqual(['（一）学习贯彻习近平法治思想', '']);
  });
});

describe('block commands', () => {
  const selectBlock = (index: number) => {
    const block = $getRoot().getChildAtIndex(index);
    if ($isElementNode(block)) (block as ElementNode).selectEnd();
  };

  it('turns a paragraph into a heading of any level and back, words kept', () => {
    const editor = headlessPart(['全年学法6次。']);
    run(editor, () => (selectBlock(0), $setBlockLevel(3)));
    expect(partLines(editor)).toEqual(['1.全年学法6次。']);
    run(editor, () => (selectBlock(0), $setBlockLevel(null)));
    expect(partLines(editor)).toEqual(['全年学法6次。']);
  });

  it('makes the first sentence a lead heading, and toggles it off again', () => {
    const editor = headlessPart(['加强学法。全年学法6次。']);
    run(editor, () => (selectBlock(0), $toggleLeadSentence(2)));
    expect(partLines(editor)).toEqual(['（一）加强学法。全年学法6次。']);
    expect(editor.getEditorState().read(() => $collectHeadings().map((heading) => heading.text))).toEqual([
      '加强学法。',
    ]);
    run(editor, () => (selectBlock(0), $toggleLeadSentence(2)));
    expect(editor.getEditorState().read(() => $collectHeadings())).toEqual([]);
    expect(partLines(editor)).toEqual(['加强学法。全年学法6次。']);
  });
});
