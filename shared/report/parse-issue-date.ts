import { parseChineseNumeral } from './typed-number';

// 〇 is often typed as the circle ○ or a Latin / full-width letter O.
const YEAR_DIGITS: Record<string, string> = {
  〇: '0',
  零: '0',
  '○': '0',
  Ｏ: '0',
  o: '0',
  O: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};
const DATE =
  /^(\d{4}|[〇零○ＯoO一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$/;

const numberOf = (text: string) => (/^\d+$/.test(text) ? Number(text) : parseChineseNumeral(text));

/**
 * 成文日期 as written → YYYY-MM-DD: "2025年1月7日", "2025年01月07日" and "二〇二五年一月七日" (the
 * form older templates still use). Null for anything that is not a real calendar date, such as the
 * "2024年1223" of a hurried clerk, so the review screen asks instead of guessing.
 */
export function parseIssueDate(written: string): string | null {
  const match = DATE.exec(written.replace(/\s+/g, ''));
  if (!match) return null;
  const year = Number([...match[1]!].map((digit) => YEAR_DIGITS[digit] ?? digit).join(''));
  const month = numberOf(match[2]!);
  const day = numberOf(match[3]!);
  // Date.UTC rolls 2月30日 over into March: a date is real only if it survives the round trip.
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || day < 1 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
