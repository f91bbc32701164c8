import { parseIssueDate } from './parse-issue-date';

// Typed with a Chinese IME on, digits and separators often come out full-width.
const toHalfWidth = (text: string) =>
  text.replace(/[０-９．／－]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));

const NUMERIC = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/;

/**
 * A date as a clerk types it into a form → YYYY-MM-DD: 2026年1月7日 (and every form
 * parseIssueDate reads), 2026-1-7, 2026.1.7 or 2026/1/7. Null for text that is no real day.
 */
export function parseTypedDate(text: string): string | null {
  const compact = toHalfWidth(text).replace(/\s+/g, '');
  const numeric = NUMERIC.exec(compact);
  return parseIssueDate(numeric ? `${numeric[1]}年${numeric[2]}月${numeric[3]}日` : compact);
}

/** What to say when a typed date cannot be read; `example` is a real day, e.g. today. */
export function typedDateProblem(text: string, example: string): string {
  return `“${text.trim()}”不是有效的日期。请写成“${example}”的形式，也可以写 ${example.replace(/[年月]/g, '-').replace('日', '')}。`;
}
