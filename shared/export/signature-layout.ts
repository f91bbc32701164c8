import { textWidth } from './text-width';

/** Right indents, in characters, of the signature and the date lines of an unsealed document. */
export interface SignatureLayout {
  signatureRight: number;
  dateRight: number;
}

/**
 * GB/T 9704-2012 §7.3.5.2, without a seal: the signature two characters from the right; the date
 * on the next line, its first character two characters right of the signature's. A date longer
 * than the signature sits two characters from the right instead, and the signature moves left to
 * keep the two-character step.
 */
export function signatureLayout(signature: string, date: string): SignatureLayout {
  const signatureWidth = textWidth(signature);
  const dateWidth = textWidth(date);
  if (dateWidth <= signatureWidth) return { signatureRight: 2, dateRight: signatureWidth - dateWidth };
  return { signatureRight: dateWidth - signatureWidth + 4, dateRight: 2 };
}
