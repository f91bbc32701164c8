/** 成文日期 on its own line: 2025年1月7日, 二〇二五年一月七日, or as mistyped (2024年1223). */
const DATE_LINE = /^(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年[\d〇零○一二三四五六七八九十月日\s]*$/;
// A website's page tools under the report: 【打印本页】【关闭窗口】, 扫一扫在手机打开, 上一篇：…
const FOOTER_LINE =
  /[初复终]审[:：]|[[【]纠错[\]】]|^[【[]?(?:打印|关闭|返回顶部|分享|收藏|字号|扫一扫)|^(?:上一篇|下一篇)[:：]/;
/** How the issuer's name ends in a signature (发文机关署名). */
const SIGNATURE = /(?:局|委员会|委|政府|办公室|中心|院|厅|党组|党委|镇|街道办事处)$/;

export interface Closing {
  /** Where the body ends: the index of the first line of the closing block. */
  end: number;
  signature: number | null;
  date: number | null;
  /** Website footer lines after the date (审核人, 纠错). */
  footer: number[];
}

/** The closing block, read from the end back to `from`: footer lines, then the date, then the signature. */
export function findClosing(lines: readonly string[], from: number): Closing {
  let end = lines.length;
  const footer: number[] = [];
  while (end > from && FOOTER_LINE.test(lines[end - 1]!)) footer.unshift(--end);
  let date: number | null = null;
  let signature: number | null = null;
  if (end > from && DATE_LINE.test(lines[end - 1]!) && lines[end - 1]!.length <= 16) date = --end;
  if (end > from && lines[end - 1]!.length <= 30 && SIGNATURE.test(lines[end - 1]!)) signature = --end;
  return { end, signature, date, footer };
}
