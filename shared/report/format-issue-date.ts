/** 2025-01-07 → 2025年1月7日: the 成文日期 as it stands on the page, Arabic numerals, no padding. */
export function formatIssueDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
