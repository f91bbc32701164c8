import { describe, expect, it } from 'vitest';
import {
  joinWithNext,
  moveBlock,
  moveBlocks,
  moveOutPart,
  movePart,
  setHeadingLevel,
  splitBlock,
  toggleHeading,
} from '../../../shared/import/edit-draft';
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

describe('mending what the reader got wrong, without retyping', () => {
  it('splits a heading run into its text at the cursor, both halves on the same source line', () => {
    const draft = {
      ...DRAFT,
      parts: [
        {
          ...DRAFT.parts[0]!,
          blocks: [{ kind: 'heading' as const, level: 2 as const, text: '完善制度建立健全文件管理制度。', line: 2 }],
        },
      ],
    };
    expect(splitBlock(draft, { part: 0, block: 0 }, 4).parts[0]!.blocks).toEqual([
      { kind: 'heading', level: 2, text: '完善制度', line: 2 },
      paragraph('建立健全文件管理制度。', 2),
    ]);
    expect(splitBlock(draft, { part: 0, block: 0 }, 0)).toBe(draft);
  });

  it('splits a paragraph after its lead sentence and keeps the lead', () => {
    const lead = {
      kind: 'paragraph' as const,
      lead: { level: 2 as const, text: '加强领导。' },
      text: '全年开会三次。下一步继续。',
      line: 2,
    };
    const draft = { ...DRAFT, parts: [{ ...DRAFT.parts[0]!, blocks: [lead] }] };
    expect(splitBlock(draft, { part: 0, block: 0 }, 12).parts[0]!.blocks).toEqual([
      { ...lead, text: '全年开会三次。' },
      paragraph('下一步继续。', 2),
    ]);
  });

  it('joins a paragraph broken inside a sentence with the next one', () => {
    const joined = joinWithNext(DRAFT, { part: 0, block: 0 });
    expect(joined.parts[0]!.blocks).toEqual([paragraph('第一段第二段', 2)]);
    expect(joinWithNext(DRAFT, { part: 0, block: 1 })).toBe(DRAFT);
  });

  it('moves several selected blocks from different parts to one part at once, in source order', () => {
    const moved = moveBlocks(
      DRAFT,
      [
        { part: 1, block: 0 },
        { part: 0, block: 1 },
      ],
      'plans',
    );
    expect(moved.parts.map((part) => part.key)).toEqual(['measures', 'plans', 'unassigned']);
    expect(moved.parts[1]!.blocks.map((block) => block.line)).toEqual([3, 5]);
    expect(moved.parts[0]!.blocks.map((block) => block.line)).toEqual([2]);
  });

  it('turns a line into a heading of the chosen level; level one starts a part of its own', () => {
    expect(setHeadingLevel(DRAFT, { part: 0, block: 1 }, 3).parts[0]!.blocks[1]).toEqual({
      kind: 'heading',
      level: 3,
      text: '第二段',
      line: 3,
    });
    const draft = {
      ...DRAFT,
      parts: [
        {
          ...DRAFT.parts[0]!,
          blocks: [paragraph('做了工作。', 2), paragraph('二、存在的问题', 3), paragraph('人手不足。', 4)],
        },
      ],
    };
    const split = setHeadingLevel(draft, { part: 0, block: 1 }, 1);
    expect(split.parts.map((part) => [part.key, part.heading, part.confidence, part.blocks.length])).toEqual([
      ['measures', '一、主要举措和成效', 'high', 1],
      ['shortcomings', '二、存在的问题', 'low', 1],
    ]);
  });

  it('moves leadership written inside the measures out to a part of its own, with what stands under it', () => {
    const draft: ImportDraft = {
      ...DRAFT,
      parts: [
        {
          key: 'measures',
          heading: '一、工作开展情况',
          confidence: 'low',
          blocks: [
            {
              kind: 'heading',
              level: 2,
              text: '党政主要负责人履行推进法治建设第一责任人职责情况',
              line: 2,
              partOf: 'leadership',
            },
            paragraph('主要负责人带头学法。', 3),
            { kind: 'heading', level: 3, text: '带头述法', line: 4 },
            paragraph('年底述法一次。', 5),
            { kind: 'heading', level: 2, text: '农业执法', line: 6 },
            paragraph('查处案件38件。', 7),
          ],
        },
        { key: 'shortcomings', heading: '二、存在问题', confidence: 'high', blocks: [paragraph('装备不足。', 9)] },
      ],
    };
    const out = moveOutPart(draft, { part: 0, block: 0 });
    expect(out.parts.map((part) => part.key)).toEqual(['measures', 'shortcomings', 'leadership']);
    expect(out.parts[0]!.blocks.map((block) => block.line)).toEqual([6, 7]);
    expect(out.parts[2]).toMatchObject({
      heading: '党政主要负责人履行推进法治建设第一责任人职责情况',
      confidence: 'high',
      blocks: [{ line: 3 }, { kind: 'heading', level: 2, text: '带头述法' }, { line: 5 }],
    });
    expect(moveOutPart(out, { part: 0, block: 0 })).toBe(out);
  });
});
