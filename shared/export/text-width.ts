/** Width in Chinese characters: Latin letters, digits and half-width punctuation take half. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) < 0x2e80 && !/[“”‘’—…]/.test(char) ? 0.5 : 1;
  return width;
}

/** Times New Roman advance widths in thousandths of an em, for printable ASCII from the space on. */
const TIMES_ADVANCES = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500,
  500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889,
  722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500,
  444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480,
  200, 480, 541,
];

/**
 * A character's advance in ems as the exported document sets it: ASCII in Times New Roman, every
 * other character (Chinese, full-width punctuation, Chinese quotes and dashes) one full em.
 */
export function advanceEm(char: string): number {
  const code = char.charCodeAt(0);
  return code >= 0x20 && code <= 0x7e ? TIMES_ADVANCES[code - 0x20]! / 1000 : 1;
}
