import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { PART_NODES } from '../../../renderer/editor/nodes';
import { $isLeadSentenceNode } from '../../../renderer/editor/nodes/LeadSentenceNode';
import { $insertDraftBlocks } from '../../../renderer/editor/paste/insert-draft-blocks';
import { blocksPlainText, partBlocks } from '../../../shared/report/part-content';
import { textToDraftBlocks } from '../../../shared/report/line-to-block';

function editorWith(text: string) {
  const editor = createHeadlessEditor({ nodes: [...PART_NODES], onError: (error) => { throw error; } });
  editor.update(() => {
    $getRoot().clear().selectEnd();
    $insertDraftBlocks(textToDraftBlocks(text));
  }, { discrete: true });
  return editor;
}

const SOURCE = ['（一）强化组织领导。全年召开专题会议4次。', '1.完善制度', '（1）清理文件', '审查文件18件。', '（二）严格执法', '| 项目 | 数量 |'].join('\n');

describe('part nodes', () => {
  it('turns pasted typed numbers into heading nodes the shared model numbers afresh', () => {
    const json = JSON.stringify(editorWith(SOURCE).getEditorState().toJSON());
    expect(blocksPlainText(partBlocks(json))).toBe(
      ['（一）强化组织领导。全年召开专题会议4次。', '1.完善制度', '（1）清理文件', '审查文件18件。', '（二）严格执法', '| 项目 | 数量 |'].join('\n'),
    );
  });

  it('keeps the lead-sentence shape through JSON and back', () => {
    const first = editorWith('（二）加强学法。组织集中学法6次。');
    const json = JSON.stringify(first.getEditorState().toJSON());
    const second = createHeadlessEditor({ nodes: [...PART_NODES], onError: (error) => { throw error; } });
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
    const editor = editorWith('全年学法6次');
    editor.update(() => $insertDraftBlocks(textToDraftBlocks('，覆盖全体干部')), { discrete: true });
    editor.read(() => {
      expect($getRoot().getChildrenSize()).toBe(1);
      expect($getRoot().getTextContent()).toBe('全年学法6次，覆盖全体干部');
    });
  });
});
