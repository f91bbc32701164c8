import type { DraftBlock } from '../report/part-content';
import { parseTypedNumber } from '../report/typed-number';

/** A lead sentence is short: past this, the first 。 ends a body sentence, not a heading. */
const MAX_LEAD_CHARS = 60;
const MAX_HEADING_CHARS = 60;

/**
 * Reads one line of pasted or imported text. A line opening with a typed （三） / 3、 / （3） becomes
 * a heading at that level — a whole short line, or its first sentence when a body follows in the
 * same paragraph. Anything else, including a typed 一、 (the parts are level one), stays a paragraph
 * with its text untouched.
 */
export function lineToBlock(line: string): DraftBlock {
  const text = line.trim();
  const number = parseTypedNumber(text);
  if (number && number.level > 1) {
    const { level } = number;
    const rest = text.slice(number.raw.length);
    const end = rest.indexOf('。');
    if (end > 0 && end < MAX_LEAD_CHARS && end < rest.length - 1) {
      return { kind: 'paragraph', lead: { level, text: rest.slice(0, end + 1) }, text: rest.slice(end + 1) };
    }
    // One whole sentence with content (a figure, a clause): a lead sentence with its full stop,
    // not a standalone heading; a bare heading wrongly closed with 。 stays a heading.
    if (end === rest.length - 1 && end < MAX_LEAD_CHARS && /[，；：\d]/.test(rest.slice(0, end))) {
      return { kind: 'paragraph', lead: { level, text: rest }, text: '' };
    }
    if (rest.length > 0 && rest.length <= MAX_HEADING_CHARS) return { kind: 'heading', level, text: rest };
  }
  return { kind: 'paragraph', lead: null, text };
}

/** Plain text, one paragraph a line; blank lines are dropped. */
export function textToDraftBlocks(text: string): DraftBlock[] {
  return text
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map(lineToBlock);
}
