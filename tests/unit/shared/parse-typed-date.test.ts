import { describe, expect, it } from 'vitest';
import { parseTypedDate, typedDateProblem } from '../../../shared/report/parse-typed-date';

describe('parseTypedDate', () => {
  it.each([
    '2026年1月7日',
    '2026-1-7',
    '2026.1.7',
    '2026/1/7',
    '2026-01-07',
    ' 2026 年 1 月 7 日 ',
    '２０２６／１／７',
    '二〇二六年一月七日',
  ])('reads %s as 2026-01-07', (typed) => expect(parseTypedDate(typed)).toBe('2026-01-07'));

  it.each(['2026年2月30日', '2026-13-1', '2026/1', '1月7日', '2026年1223', ''])('refuses %s', (typed) =>
    expect(parseTypedDate(typed)).toBeNull(),
  );

  it('says in Chinese how to write it, with a real day as the example', () => {
    expect(typedDateProblem('2026/2/30 ', '2026年12月2日')).toBe(
      '“2026/2/30”不是有效的日期。请写成“2026年12月2日”的形式，也可以写 2026-12-2。',
    );
  });
});
