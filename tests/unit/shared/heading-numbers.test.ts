import { describe, expect, it } from 'vitest';
import { chineseNumeral, formatHeadingNumber, numberHeadings } from '../../../shared/report/heading-numbers';

describe('heading numbers', () => {
  it('writes Chinese numerals the way reports do', () => {
    expect([1, 2, 9, 10, 11, 12, 19, 20, 21, 35, 99].map(chineseNumeral)).toEqual([
      '一',
      '二',
      '九',
      '十',
      '十一',
      '十二',
      '十九',
      '二十',
      '二十一',
      '三十五',
      '九十九',
    ]);
  });

  it('uses the official form at each of the four levels', () => {
    expect([1, 2, 3, 4].map((level) => formatHeadingNumber(level as 1 | 2 | 3 | 4, 3))).toEqual([
      '三、',
      '（三）',
      '3.',
      '（3）',
    ]);
  });

  it('counts each level and restarts it under every higher heading', () => {
    expect(numberHeadings([2, 3, 3, 4, 4, 3, 2, 3, 4, 2])).toEqual([
      '（一）',
      '1.',
      '2.',
      '（1）',
      '（2）',
      '3.',
      '（二）',
      '1.',
      '（1）',
      '（三）',
    ]);
  });

  it('renumbers everything after an inserted heading', () => {
    expect(numberHeadings([2, 2])).toEqual(['（一）', '（二）']);
    expect(numberHeadings([2, 2, 2])).toEqual(['（一）', '（二）', '（三）']);
  });
});
