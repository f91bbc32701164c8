// Inline styles are read from the attribute, not the CSSOM: a browser drops `mso-hide`, which it
// does not know, and Word marks its hidden text with it.
const HIDING_STYLES = [
  /(?:^|;)\s*display\s*:\s*none\b/i,
  /(?:^|;)\s*visibility\s*:\s*(?:hidden|collapse)\b/i,
  /(?:^|;)\s*mso-hide\s*:\s*all\b/i,
  // 0, 0px, 0pt, 0.0em …: text too small to see. A size like 0.5pt is small, not hidden.
  /(?:^|;)\s*font-size\s*:\s*(?:0+(?:\.0*)?|\.0+)(?:[a-z]+|%)?\s*(?:!important\s*)?(?:;|$)/i,
];

/**
 * Whether pasted HTML hides an element from the reader: Word's 隐藏 (display:none with
 * mso-hide:all), a web page's hidden or invisible text, words set at font size 0, or the `hidden`
 * attribute. Its text is not what the clerk saw when copying, so it is not pasted.
 */
export function isHiddenElement(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  return !!style && HIDING_STYLES.some((pattern) => pattern.test(style));
}
