import type { PartKey } from '../outline/part-key';

/** Heading levels inside a part; level 1 (一、) is the part itself. */
export type HeadingLevel = 1 | 2 | 3 | 4;

/** The levels a heading written inside a part can have: （一）, 1. and （1）. */
export type SubHeadingLevel = Exclude<HeadingLevel, 1>;

/** Any stored or read level as a sub-heading level: level one belongs to the part itself. */
export function subHeadingLevel(value: unknown): SubHeadingLevel {
  if (typeof value !== 'number') return 2;
  return value >= 4 ? 4 : value === 3 ? 3 : 2;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (enough for any real outline). */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** The official forms: 一、 / （一） / 1. / （1）. */
export function formatHeadingNumber(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(n)}、`;
    case 2:
      return `（${chineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

/**
 * Numbers for a sequence of headings in document order: each level counts up and restarts under
 * every heading of a higher level. Numbers are computed, never typed, so they cannot jump.
 */
export function numberHeadings(levels: readonly HeadingLevel[]): string[] {
  const counters = [0, 0, 0, 0, 0];
  return levels.map((level) => {
    counters[level]!++;
    for (let deeper = level + 1; deeper < counters.length; deeper++) counters[deeper] = 0;
    return formatHeadingNumber(level, counters[level]!);
  });
}

/** The parts' own numbers 一、二、… in report order; the preface has no heading and takes none (''). */
export function partNumbers(keys: readonly PartKey[]): string[] {
  let number = 0;
  return keys.map((key) => (key === 'preface' ? '' : formatHeadingNumber(1, ++number)));
}
