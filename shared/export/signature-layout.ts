import { measure } from './measure-text';
import { BODY_SETTING, CHARACTER, pt } from './page-geometry';

/**
 * Printed width in characters of the 28-character line: digits in Times New Roman and the gaps the
 * word processors set between them and Chinese count (2025年1月7日 is about 7.1, not 6).
 */
function printedWidth(text: string): number {
  return measure(text, BODY_SETTING) / pt(CHARACTER);
}

const round = (characters: number) => Math.round(characters * 100) / 100;

/** Where the signature and the date lines go: right indents in (printed) characters, blank lines above. */
export interface SignatureLayout {
  signatureRight: number;
  dateRight: number;
  blankLinesBefore: number;
}

/**
 * GB/T 9704-2012 §7.3.5. Without a seal (§7.3.5.2): one blank line after the body, the signature
 * two characters from the right, the date on the next line with its first character two characters
 * right of the signature's; a date longer than the signature sits two characters from the right
 * and the signature moves left to keep the step. With a seal (§7.3.5.1): the date four characters
 * from the right, the signature centred over it, and three blank lines so the seal has room.
 */
export function signatureLayout(signature: string, date: string, sealed = false): SignatureLayout {
  const signatureWidth = printedWidth(signature);
  const dateWidth = printedWidth(date);
  if (sealed)
    return {
      signatureRight: round(Math.max(0, 4 + (dateWidth - signatureWidth) / 2)),
      dateRight: 4,
      blankLinesBefore: 3,
    };
  if (dateWidth <= signatureWidth)
    return { signatureRight: 2, dateRight: round(signatureWidth - dateWidth), blankLinesBefore: 1 };
  return { signatureRight: round(dateWidth - signatureWidth + 4), dateRight: 2, blankLinesBefore: 1 };
}

/** The closing block line by line: null for a blank line, else the text and its right indent in characters. */
export function closingLines(
  signature: string,
  date: string,
  sealed = false,
): ({ text: string; right: number } | null)[] {
  if (!signature && !date) return [];
  const layout = signatureLayout(signature, date, sealed);
  return [
    ...Array.from({ length: layout.blankLinesBefore }, () => null),
    ...(signature ? [{ text: signature, right: layout.signatureRight }] : []),
    ...(date ? [{ text: date, right: layout.dateRight }] : []),
  ];
}
