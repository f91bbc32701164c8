import { describe, expect, it } from 'vitest';
import { findStaleYears, yearContext, type CarriedBlock } from '../../../shared/carryover/find-stale-years';

const block = (part: CarriedBlock['part'], text: string, kept: string[] = [], paragraph = 0): CarriedBlock => ({
  part,
  paragraph,
  text,
  kept,
});

describe('years offered for update in copied text', () => {
  it("offers last year's report year in the body and its next year in the plans, each with context", () => {
    const offers = findStaleYears(
      [
        block('measures', '2023年，全年制发规范性文件5件，2023年底完成清理。'),
        block('plans', '2024年，我局将建设智慧校园安防平台。', [], 3),
      ],
      2024,
    );
    expect(
      offers.map(({ part, paragraph, start, end, replacement, from, to }) => ({
        part,
        paragraph,
        start,
        end,
        replacement,
        from,
        to,
      })),
    ).toEqual([
      { part: 'measures', paragraph: 0, start: 0, end: 4, replacement: '2024', from: '2023年', to: '2024年' },
      { part: 'measures', paragraph: 0, start: 18, end: 22, replacement: '2024', from: '2023年', to: '2024年' },
      { part: 'plans', paragraph: 3, start: 0, end: 4, replacement: '2025', from: '2024年', to: '2025年' },
    ]);
    expect(offers[0]!.context).toBe('2023年，全年制发规范性文');
  });

  it('leaves out years that end a range, are part of a longer number, or are not followed by 年', () => {
    const text = '贯彻《法治政府建设实施纲要（2021—2023年）》，编号12023年，2023级新生，比2023年增长。';
    expect(findStaleYears([block('measures', text)], 2024).map((offer) => offer.context)).toEqual([
      yearContext(text, text.lastIndexOf('2023'), text.lastIndexOf('2023') + 4),
    ]);
  });

  it('does not offer again what the clerk chose to keep, nor the current year outside the plans', () => {
    const text = '比2023年增长10%。2024年工作平稳。';
    const kept = [yearContext(text, 1, 5)];
    expect(findStaleYears([block('measures', text, kept)], 2024)).toEqual([]);
  });
});
