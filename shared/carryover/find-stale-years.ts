import type { PartKey } from '../outline/part-key';

/** A block of the new report that came from last year's, with the years the clerk chose to keep. */
export interface CarriedBlock {
  part: PartKey;
  /** The block's index in its part, as the editor and the checks count. */
  paragraph: number;
  text: string;
  kept: readonly string[];
}

/** One year in copied text the clerk may want moved on: 2023年 → 2024年. */
export interface YearOffer {
  part: PartKey;
  paragraph: number;
  /** The digits of the year, [start, end) in the block's text. */
  start: number;
  end: number;
  replacement: string;
  /** What the buttons say: 2023年, 2024年. */
  from: string;
  to: string;
  /** The words around it, to show and to remember a 保留 by. */
  context: string;
}

const CONTEXT_CHARS = 10;

/** The surrounding text an occurrence is shown with and remembered by when kept. */
export function yearContext(text: string, start: number, end: number): string {
  return text.slice(Math.max(0, start - CONTEXT_CHARS), end + CONTEXT_CHARS);
}

/**
 * Years in text copied from last year's report that meant last year's "this year" (or, in the
 * plans, its "next year"), for a report of `year`: 2023年 in the measures of a 2024 report, 2024年
 * in its plans. Offered one by one, never rewritten here: "比2023年增长" must stay as it is.
 * A year that ends a range (2021—2025年) names a period, not the report year, and is left out.
 */
export function findStaleYears(blocks: readonly CarriedBlock[], year: number): YearOffer[] {
  return blocks.flatMap((block) => {
    const old = block.part === 'plans' ? year : year - 1;
    const pattern = new RegExp(`(?<![\\d—–\\-～~至到])${old}(?=\\s*年)`, 'g');
    return [...block.text.matchAll(pattern)].flatMap((match): YearOffer[] => {
      const start = match.index;
      const end = start + match[0].length;
      const context = yearContext(block.text, start, end);
      if (block.kept.includes(context)) return [];
      return [
        {
          part: block.part,
          paragraph: block.paragraph,
          start,
          end,
          replacement: String(old + 1),
          from: `${old}年`,
          to: `${old + 1}年`,
          context,
        },
      ];
    });
  });
}
