import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { PART_NODES } from '../../../renderer/editor/nodes';
import { $createBlockNode } from '../../../renderer/editor/paste/insert-draft-blocks';
import { draftBlocksToJson } from '../../../shared/report/draft-blocks-to-json';
import { blocksPlainText, partBlocks, type DraftBlock } from '../../../shared/report/part-content';

const editor = () =>
  createHeadlessEditor({
    nodes: [...PART_NODES],
    onError: (error) => {
      throw error;
    },
  });

const BLOCKS: DraftBlock[] = [
  { kind: 'heading', level: 2, text: '加强组织领导' },
  { kind: 'paragraph', lead: null, text: '局党组全年专题研究法治工作四次。' },
  { kind: 'heading', level: 3, text: '健全制度' },
  { kind: 'paragraph', lead: { level: 4, text: '规范审查。' }, text: '全年审查文件十二件。' },
  { kind: 'paragraph', lead: { level: 2, text: '只有小标题的段落。' }, text: '' },
  {
    kind: 'table',
    rows: [
      ['指标', '数值'],
      ['持证执法人员', '18'],
    ],
  },
];

describe('draftBlocksToJson', () => {
  it('writes the same editor state paste builds from the same blocks', () => {
    const pasted = editor();
    pasted.update(
      () =>
        void $getRoot()
          .clear()
          .append(...BLOCKS.map($createBlockNode)),
      { discrete: true },
    );
    const imported = editor();
    imported.setEditorState(imported.parseEditorState(draftBlocksToJson(BLOCKS)));
    expect(imported.getEditorState().toJSON()).toEqual(pasted.getEditorState().toJSON());
  });

  it('reads back as the blocks it was made from, numbers computed', () => {
    const blocks = partBlocks(draftBlocksToJson(BLOCKS));
    expect(blocks.map((block) => block.kind)).toEqual(BLOCKS.map((block) => block.kind));
    expect(blocksPlainText(blocks).split('\n').slice(0, 5)).toEqual([
      '（一）加强组织领导',
      '局党组全年专题研究法治工作四次。',
      '1.健全制度',
      '（1）规范审查。全年审查文件十二件。',
      '（二）只有小标题的段落。',
    ]);
  });
});
