/** How the names of government bodies end: 教育局, 教育体育局, 人民政府, 办公室, 委员会, 党组 … */
const BODY_NAME = /(?:局|委员会|委|政府|办公室|办|中心|院|厅|署|部|处|所|站|队|馆|党组|党委)$/;
/** Where the name ends in a title: before 关于, or before the report year. */
const AFTER_NAME = /关于|(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年/;
/** The body named in a preface: "2023年，某某县教育局坚持……". */
const PREFACE_NAME =
  /^(?:\d{4}\s*年度?|近年来|今年以来)[，,]\s*((?:中共)?[^，。,；\s]{2,30}?(?:局|委员会|政府|办公室|中心|院|厅|党组|党委))(?=[^局会府室心院厅组委]|$)/;

/** A 党组 / 党委 issuer names the body it leads: 中共某某县交通运输局党组 → 某某县交通运输局. */
const bodyOf = (name: string) => {
  const led = /^中共(.{2,}?)(?:党组|党委)$/.exec(name);
  return led && BODY_NAME.test(led[1]!) ? led[1]! : name;
};

/**
 * The reporting body (单位): the start of the title, 《四平市教育局关于2024年度…》 → 四平市教育局,
 * or, when the title does not begin with a name (or there is no title), the body the preface
 * opens with, or the signature.
 */
export function organizationOf(title: string, signature: string, preface = ''): string {
  const head = title.replace(/^《/, '').split(AFTER_NAME)[0]!.trim();
  if (head.length >= 2 && head.length <= 60 && head !== title && BODY_NAME.test(head)) return bodyOf(head);
  const opened = PREFACE_NAME.exec(preface)?.[1];
  if (opened && !/^[我本该]/.test(opened)) return bodyOf(opened);
  if (signature.length <= 60 && BODY_NAME.test(signature)) return bodyOf(signature);
  return '';
}
