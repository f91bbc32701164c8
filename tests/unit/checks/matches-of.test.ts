import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../../shared/checks/doc-texts';

const found = (text: string, pattern: RegExp) => matchesOf(text, pattern).map((match) => [match.index, match[0]]);

describe('matchesOf', () => {
  it('finds every non-overlapping match with its position, for a pattern with or without g', () => {
    expect(found('报告如下报告如下：', /报告如下(?![：:])/)).toEqual([[0, '报告如下']]);
    expect(found('。。，，', /([。，])\1+/g)).toEqual([
      [0, '。。'],
      [2, '，，'],
    ]);
  });

  it('tells patterns with the same source but other flags apart', () => {
    expect(found('TODO todo', /todo/)).toEqual([[5, 'todo']]);
    expect(found('TODO todo', /todo/i)).toEqual([
      [0, 'TODO'],
      [5, 'todo'],
    ]);
    expect(found('TODO todo', /todo/)).toEqual([[5, 'todo']]);
  });

  it('steps over empty matches, a whole character at a time in u mode', () => {
    expect(found('ab', /x*/)).toEqual([
      [0, ''],
      [1, ''],
      [2, ''],
    ]);
    expect(found('𠀀a', /x*/u).map(([index]) => index)).toEqual([0, 2, 3]);
  });

  it('starts afresh on each text even when a global pattern was left mid-way', () => {
    const pattern = /年/g;
    pattern.exec('2024年2025年');
    expect(found('2024年', pattern)).toEqual([[4, '年']]);
  });
});
