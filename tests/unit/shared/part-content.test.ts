import { describe, expect, it } from 'vitest';
import { countChars } from '../../../shared/report/count-chars';
import { markCarriedOver } from '../../../shared/carryover/mark-carried-over';
import { blocksPlainText, partBlocks } from '../../../shared/report/part-content';
import { partJson } from '../../helpers/part-json';

describe('part content', () => {
  const json = partJson(
    { heading: 2, text: '健全依法行政制度体系' },
    '全年制发规范性文件5件。',
    { lead: 3, text: '加强合法性审查。', body: '审查文件12件。' },
    { heading: 2, text: '健全行政执法工作体系' },
    {
      table: [
        ['指标', '数值'],
        ['持证执法人员', '46'],
      ],
    },
  );

  it('reads headings, lead sentences, paragraphs and tables, numbered by position', () => {
    expect(partBlocks(json)).toEqual([
      { kind: 'heading', level: 2, number: '（一）', text: '健全依法行政制度体系' },
      { kind: 'paragraph', lead: null, text: '全年制发规范性文件5件。' },
      { kind: 'paragraph', lead: { level: 3, number: '1.', text: '加强合法性审查。' }, text: '审查文件12件。' },
      { kind: 'heading', level: 2, number: '（二）', text: '健全行政执法工作体系' },
      {
        kind: 'table',
        rows: [
          ['指标', '数值'],
          ['持证执法人员', '46'],
        ],
      },
    ]);
  });

  it('gives the plain text with the computed numbers', () => {
    expect(blocksPlainText(partBlocks(json))).toBe(
      '（一）健全依法行政制度体系\n全年制发规范性文件5件。\n1.加强合法性审查。审查文件12件。\n（二）健全行政执法工作体系\n指标\t数值\n持证执法人员\t46',
    );
  });

  it('treats a part never edited as empty, and refuses text that is not JSON', () => {
    expect(partBlocks(null)).toEqual([]);
    expect(() => partBlocks('{"root":')).toThrow(SyntaxError);
  });

  it('counts characters without white space', () => {
    expect(countChars('全年 制发\n文件5件。 ')).toBe(9);
  });
});

describe('the 沿用待更新 mark', () => {
  it('marks the copied paragraphs and headings, and sees a paragraph edited since as no longer carried over', () => {
    const copied = markCarriedOver(
      partJson({ heading: 2, text: '健全制度' }, '全年制发文件5件。', '', { table: [['指标'], ['1']] }),
    )!;
    expect(partBlocks(copied).map((block) => block.kind !== 'table' && !!block.carriedOver)).toEqual([
      true,
      true,
      false,
      false,
    ]);
    const edited = copied.replace('"text":"全年制发文件5件。"', '"text":"全年制发文件7件。"');
    expect(partBlocks(edited).map((block) => block.kind !== 'table' && !!block.carriedOver)).toEqual([
      true,
      false,
      false,
      false,
    ]);
    // Copied once more the next year, every block starts afresh.
    expect(partBlocks(markCarriedOver(edited)!).map((block) => block.kind !== 'table' && !!block.carriedOver)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
