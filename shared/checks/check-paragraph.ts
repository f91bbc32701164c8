import { blockText, type Block } from '../report/part-content';
import type { DocParagraph } from './check-document';

/**
 * A block's text as the checks see it: the words as typed, without the computed numbers (the
 * editor draws those beside the text). The editor's live checks and the checks of a stored report
 * both read blocks through this, so a finding has the same excerpt, and an acknowledgement the
 * same key, whichever of the two found it.
 */
export function checkParagraph(block: Block): DocParagraph {
  if (block.kind === 'table') return { text: blockText(block), heading: false };
  const mark = block.carriedOver ? { carriedOver: true } : {};
  if (block.kind === 'heading') return { text: block.text, heading: true, numbered: true, ...mark };
  // The editor draws a number before a lead sentence, so a typed one there is doubled.
  const numbered = block.lead ? { numbered: true } : {};
  return { text: `${block.lead?.text ?? ''}${block.text}`, heading: false, ...numbered, ...mark };
}
