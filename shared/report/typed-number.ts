import type { HeadingLevel } from './heading-numbers';

export interface TypedNumber {
  level: HeadingLevel;
  value: number;
  /** The number as typed, including its punctuation and any following space. */
  raw: string;
  /** Whether it is written in the official form 一、 / （一） / 1. / （1）. */
  standard: boolean;
}

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十 → 10, 十二 → 12, 二十三 → 23. */
export function parseChineseNumeral(text: string): number {
  if (!text.includes('十')) return NUMERALS[text] ?? 0;
  const [tens, ones] = text.split('十');
  return (tens ? (NUMERALS[tens] ?? 0) : 1) * 10 + (ones ? (NUMERALS[ones] ?? 0) : 0);
}

const CN = '[一二三四五六七八九十]{1,3}';
const FORMS: readonly { level: HeadingLevel; pattern: RegExp; standard: (raw: string) => boolean; chinese: boolean }[] =
  [
    {
      level: 2,
      pattern: new RegExp(`^[（(]\\s*(${CN})\\s*[）)]\\s*`),
      standard: (raw) => /^（[^)]*）/.test(raw),
      chinese: true,
    },
    { level: 4, pattern: /^[（(]\s*(\d{1,2})\s*[）)]\s*/, standard: (raw) => /^（\d+）/.test(raw), chinese: false },
    {
      level: 1,
      pattern: new RegExp(`^(${CN})\\s*[、.．]\\s*`),
      standard: (raw) => /^[一二三四五六七八九十]+、/.test(raw),
      chinese: true,
    },
    { level: 2, pattern: new RegExp(`^(${CN})\\s*[)）]\\s*`), standard: () => false, chinese: true },
    // "3." but not "2024.1", "1.5万" or "2.png": no digit or Latin letter may follow the mark.
    {
      level: 3,
      pattern: /^(\d{1,2})\s*[.．、](?![\dA-Za-z])\s*/,
      standard: (raw) => /^\d+\.(?!\d)/.test(raw),
      chinese: false,
    },
  ];

/** The heading number a line opens with, if any, at the level its form stands for. */
export function parseTypedNumber(line: string): TypedNumber | null {
  // Most lines cannot open with a number: look at the first character before trying every form.
  if (!/^[（(一二三四五六七八九十\d]/.test(line)) return null;
  for (const form of FORMS) {
    const match = form.pattern.exec(line);
    if (!match) continue;
    const value = form.chinese ? parseChineseNumeral(match[1]!) : Number(match[1]);
    return { level: form.level, value, raw: match[0], standard: form.standard(match[0]) };
  }
  return null;
}
