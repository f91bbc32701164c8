/** How the names of government bodies end: 教育局, 教育体育局, 人民政府, 办公室, 委员会 … */
const BODY_NAME = /(?:局|委员会|委|政府|办公室|办|中心|院|厅|署|部|处|所|站|队|馆)$/;
/** Where the name ends in a title: before 关于, or before the report year. */
const AFTER_NAME = /关于|(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年/;

/**
 * The reporting body (单位): the start of the title, 《四平市教育局关于2024年度…》 → 四平市教育局,
 * or the signature when the title does not begin with a name (2024年度法治政府建设情况报告).
 */
export function organizationOf(title: string, signature: string): string {
  const head = title.replace(/^《/, '').split(AFTER_NAME)[0]!.trim();
  if (head.length >= 2 && head.length <= 60 && head !== title && BODY_NAME.test(head)) return head;
  if (signature.length <= 60 && BODY_NAME.test(signature)) return signature;
  return '';
}
