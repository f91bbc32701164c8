import { advanceEm } from './text-width';

/** How text is set: the font size and the spacing added to every character, in points. */
export interface Setting {
  size: number;
  spacing: number;
}

/**
 * Word, WPS and LibreOffice all put a little space between Chinese characters and Latin letters or
 * digits (w:autoSpaceDE/DN, on by default); measured in LibreOffice at about 0.215 em.
 */
const AUTO_SPACE_EM = 0.215;
const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z0-9]/;

export function autoSpace(before: string | undefined, after: string | undefined, setting: Setting): number {
  if (!before || !after) return 0;
  const mixed = (HAN.test(before) && LATIN.test(after)) || (LATIN.test(before) && HAN.test(after));
  return mixed ? AUTO_SPACE_EM * setting.size : 0;
}

/**
 * Chinese quotes, dashes and ellipses sit in runs of their own in the Chinese font (build-docx).
 * LibreOffice, measured: next to a Latin letter or digit it sets them narrower, about 0.775 em;
 * next to Chinese, full width plus about 0.017 em at each side where the runs meet.
 */
const CHINESE_MARK = /[“”‘’—…]/;
function markWidth(before: string | undefined, after: string | undefined, setting: Setting): number {
  if (LATIN.test(before ?? '') || LATIN.test(after ?? '')) return 0.775 * setting.size;
  const seams = (HAN.test(before ?? '') ? 1 : 0) + (HAN.test(after ?? '') ? 1 : 0);
  return setting.size + setting.spacing + seams * 0.017 * setting.size;
}

/**
 * The width of text in points as LibreOffice sets the exported document (the preview must break
 * lines where the PDF does); `before` and `after` are the characters around it.
 */
export function measure(text: string, setting: Setting, before?: string, after?: string): number {
  const chars = [...text];
  let width = 0;
  chars.forEach((char, index) => {
    const previous = index > 0 ? chars[index - 1] : before;
    const next = index < chars.length - 1 ? chars[index + 1] : after;
    width += CHINESE_MARK.test(char)
      ? markWidth(previous, next, setting)
      : advanceEm(char) * setting.size + setting.spacing + (index > 0 ? autoSpace(previous, char, setting) : 0);
  });
  return width;
}
