import { describe, expect, it } from 'vitest';
import { moveBlock, movePart, toggleHeading } from '../../../shared/import/edit-draft';
import type { ImportDraft } from '../../../shared/import/import-draft';

const paragraph = (text: string, line: number | null) => ({ kind: 'paragraph' as const, lead: null, text, line });

const DRAFT: ImportDraft = {
  title: '某县教育局关于2024年度法治政府建设情况的报告',
  organization: '某县教育局',
  year: 2024,
  addressee: '',
  signature: '',
  date: null,
  dateText: '',
  junk: [],
  lines: ['标题', '一、主要举措和成效', '第一段', '第二段', '其他情况说明', '第三段'],
  parts: [
    {
      key: 'measures',
      heading: '一、主要举措和成效',
      confidence: 'high',
      blocks: [paragraph('第一段', 2), paragraph('第二段', 3)],
    },
    { key: 'unassigned', heading: '其他情况说明', confidence: 'low', blocks: [paragraph('第三段', 5)] },
  ],
};

describe('correcting an import in review', () => {
  it('moves a block to a part the draft lacks, making it in outline order', () => {
    const moved = moveBlock(DRAFT, { part: 0, block: 1 }, 'shortcomings');
    expect(moved.parts.map((part) => part.key)).toEqual(['measures', 'shortcomings', 'unassigned']);
    expect(moved.parts[1]).toMatchObject({ confidence: 'high', blocks: [{ text: '第二段' }] });
    expect(moved.parts[0]!.blocks.map((block) => block.line)).toEqual([2]);
  });

  it('keeps source order when a block moves into a part that has others', () => {
    const back = moveBlock(moveBlock(DRAFT, { part: 0, block: 0 }, 'plans'), { part: 0, block: 0 }, 'plans');
    expect(back.parts.find((part) => part.key === 'plans')!.blocks.map((block) => block.line)).toEqual([2, 3]);
    // The measures part keeps its heading even when emptied, so nothing of the source disappears from view.
    expect(back.parts.find((part) => part.key === 'measures')!.blocks).toEqual([]);
  });

  it('moves a whole 未归类 section into the measures, its heading becoming a sub-heading', () => {
    const merged = movePart(DRAFT, 1, 'measures');
    expect(merged.parts.map((part) => part.key)).toEqual(['measures']);
    expect(merged.parts[0]!.blocks.map((block) => ('text' in block ? block.text : ''))).toEqual([
      '第一段',
      '第二段',
      '其他情况说明',
      '第三段',
    ]);
    expect(merged.parts[0]!.blocks[2]).toMatchObject({ kind: 'heading', level: 2 });
  });

  it('marks a line as a heading and back', () => {
    const heading = toggleHeading(DRAFT, { part: 0, block: 0 });
    expect(heading.parts[0]!.blocks[0]).toEqual({ kind: 'heading', level: 2, text: '第一段', line: 2 });
    expect(toggleHeading(heading, { part: 0, block: 0 }).parts[0]!.blocks[0]).toEqual(paragraph('第一段', 2));
  });
});
