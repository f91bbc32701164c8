import { createHeadlessEditor } from '@lexical/headless';
import { describe, expect, it } from 'vitest';
import { PART_NODES } from '../../../renderer/editor/nodes';
import { readLivePart } from '../../../renderer/editor/plugins/LivePartPlugin';
import { storedCheckDocument } from '../../../shared/checks/check-stored-report';
import { CURRENT_OUTLINE } from '../../../shared/outline/outlines';
import type { Report } from '../../../shared/report/report';
import { partJson } from '../../helpers/part-json';

/** A part with every kind of block: heading, lead sentence, line break, table, a block carried over from last year. */
function partContent(): string {
  const state = JSON.parse(
    partJson(
      { heading: 2, text: '加强组织领导' },
      { lead: 3, text: '健全制度。', body: '全年召开会议4次。' },
      '第一行',
      {
        table: [
          ['项目', '数量'],
          ['复议案件', '3'],
        ],
      },
      '沿用去年的表述。',
    ),
  ) as { root: { children: { type: string; children: object[]; $?: object }[] } };
  const [, , withBreak, , carried] = state.root.children;
  withBreak!.children.push({ type: 'linebreak', version: 1 }, { ...withBreak!.children[0]!, text: '第二行' });
  carried!.$ = { carryover: { original: '沿用去年的表述。', kept: [] } };
  return JSON.stringify(state);
}

describe('the text of a block as the checks see it', () => {
  it('is the same from the live editor as from the stored part, numbers not included', () => {
    const contentJson = partContent();
    const editor = createHeadlessEditor({
      nodes: [...PART_NODES],
      onError: (error) => {
        throw error;
      },
    });
    editor.setEditorState(editor.parseEditorState(contentJson));
    const live = readLivePart(editor.getEditorState()).blocks;

    const part = CURRENT_OUTLINE.parts.find((candidate) => candidate.key === 'measures')!;
    const report = {
      year: 2024,
      title: '',
      addressee: '',
      signature: '',
      issuedOn: null,
      outlineVersion: CURRENT_OUTLINE.version,
      parts: [{ key: 'measures', heading: part.heading, contentJson, plainText: '', updatedAt: '' }],
    } as unknown as Report;
    expect(storedCheckDocument(report).parts[0]!.paragraphs).toEqual(live);

    expect(live).toEqual([
      { text: '加强组织领导', heading: true, numbered: true },
      { text: '健全制度。全年召开会议4次。', heading: false, numbered: true },
      { text: '第一行\n第二行', heading: false },
      { text: '项目\t数量\n复议案件\t3', heading: false },
      { text: '沿用去年的表述。', heading: false, carriedOver: true },
    ]);
  });
});
