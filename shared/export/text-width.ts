/** Width in Chinese characters: Latin letters, digits and half-width punctuation take half. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) < 0x2e80 && !/[“”‘’—…]/.test(char) ? 0.5 : 1;
  return width;
}
