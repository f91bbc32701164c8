import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { PART_NODES } from '../../../renderer/editor/nodes';
import { $isLeadSentenceNode } from '../../../renderer/editor/nodes/LeadSentenceNode';
import { $insertDraftBlocks } from '../../../renderer/editor/paste/insert-draft-blocks';
import { headlessPart, partLines } from '../../helpers/headless-part';
import { textToDraftBlocks } from '../../../shared/reading/line-to-block';
import { partBlocks } from '../../../shared/report/part-content';

const SOURCE = [
  '（一）强化组织领导。全年召开专题会议4次。',
  '1.完善制度',
  '（1）清理文件',
  '审查文件18件。',
  '（二）严格执法',
  '| 项目 | 数量 |',
];

describe('part nodes', () => {
  it('turns pasted typed numbers into heading nodes the shared model numbers afresh', () => {
    const editor = headlessPart(SOURCE);
    // The typed numbers are gone from the text: each heading holds its words and its level only.
    expect(partBlocks(JSON.stringify(editor.getEditorState().toJSON()))).toEqual([
      {
        kind: 'paragraph',
        lead: { level: 2, number: '（一）', text: '强化组织领导。' },
        text: '全年召开专题会议4次。',
      },
      { kind: 'heading', level: 3, number: '1.', text: '完善制度' },
      { kind: 'heading', level: 4, number: '（1）', text: '清理文件' },
      { kind: 'paragraph', lead: null, text: '审查文件18件。' },
      { kind: 'heading', level: 2, number: '（二）', text: '严格执法' },
      { kind: 'paragraph', lead: null, text: '| 项目 | 数量 |' },
    ]);
    expect(partLines(editor)).toEqual(SOURCE);
    // Numbers typed out of order come out in order: they are computed, not kept.
    expect(partLines(headlessPart(['（三）学法', '5.集中学法', '（五）执法']))).toEqual([
      '（一）学法',
      '1.集中学法',
      '（二）执法',
    ]);
  });

  it('keeps the lead-sentence shape through JSON and back', () => {
    const first = headlessPart(['（二）加强学法。组织集中学法6次。']);
    const json = JSON.stringify(first.getEditorState().toJSON());
    const second = createHeadlessEditor({
      nodes: [...PART_NODES],
      onError: (error) => {
        throw error;
      },
    });
    second.setEditorState(second.parseEditorState(json));
    second.read(() => {
      const paragraph = $getRoot().getFirstChildOrThrow<import('lexical').ElementNode>();
      const lead = paragraph.getFirstChild();
      expect($isLeadSentenceNode(lead) && lead.getLevel()).toBe(2);
      expect(lead?.getTextContent()).toBe('加强学法。');
      expect(paragraph.getTextContent()).toBe('加强学法。组织集中学法6次。');
    });
    expect(JSON.stringify(second.getEditorState().toJSON())).toBe(json);
  });

  it('pastes one plain line as text within the paragraph', () => {
    const editor = headlessPart(['全年学法6次']);
    editor.update(() => $insertDraftBlocks(textToDraftBlocks('，覆盖全体干部')), { discrete: true });
    editor.read(() => {
      expect($getRoot().getChildrenSize()).toBe(1);
      expect($getRoot().getTextContent()).toBe('全年学法6次，覆盖全体干部');
    });
  });
});
