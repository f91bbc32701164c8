import type { HeadingLevel } from '../report/heading-numbers';
import { parseTypedNumber } from '../report/typed-number';
import type { ImportBlock } from './import-draft';

const deeper = (level: HeadingLevel): HeadingLevel => (level >= 3 ? 4 : 3);

/**
 * A whole top-level section placed inside another part: "二、履行法治政府建设职责情况" after the
 * measures' own 一、 becomes a （一）-level heading there, and its headings move one level down so
 * its （一）… stay beneath it. Nothing of the section is lost; its typed 二、 goes, as numbers are
 * computed in the editor.
 */
export function nestSection(heading: string, line: number | null, blocks: readonly ImportBlock[]): ImportBlock[] {
  const text = heading.slice(parseTypedNumber(heading)?.raw.length ?? 0).trim();
  const nested = blocks.map((block): ImportBlock => {
    if (block.kind === 'heading') return { ...block, level: deeper(block.level) };
    if (block.kind === 'paragraph' && block.lead)
      return { ...block, lead: { ...block.lead, level: deeper(block.lead.level) } };
    return block;
  });
  return text ? [{ kind: 'heading', level: 2, text, line }, ...nested] : nested;
}
