import type { DocParagraph } from '../checks/check-document';
import type { HeadingLevel } from '../report/heading-numbers';
import { lineToBlock } from '../reading/line-to-block';
import { parseTypedNumber } from '../report/typed-number';
import type { ImportBlock } from './import-draft';
import { withoutJunk } from './without-junk';

/** A body paragraph, as opposed to a heading or a short line of a list or a flattened table. */
const isBody = (block: ImportBlock | undefined) =>
  block?.kind === 'paragraph' && !block.lead && block.text.length >= 60;

/** A short line that ends no sentence: "持续推进……集中整治工作，营造风清气正教育生态". */
const headingLike = (text: string) =>
  text.length <= 40 && !/[。；;：:，,、！!？?…]$/.test(text) && !/[。；]/.test(text) && !parseTypedNumber(text);

/**
 * The blocks of one section of an imported report: leftovers taken out, typed （一）/ 1. /（1）
 * turned into headings at their level, and an unnumbered heading line — short, no sentence, set
 * between two body paragraphs — made a heading at the level of the headings before it.
 */
export function sectionBlocks(
  paragraphs: readonly DocParagraph[],
  lines: readonly (number | null)[],
  findHeadings: boolean,
): { blocks: ImportBlock[]; junk: { line: number; text: string }[] } {
  const junk: { line: number; text: string }[] = [];
  const blocks: ImportBlock[] = [];
  paragraphs.forEach((paragraph, index) => {
    const line = lines[index] ?? null;
    // A tab-separated line is a table row (from a .docx table, or cells copied out of WPS); rows in a row make one table.
    if (paragraph.text.includes('\t')) {
      const cells = paragraph.text.split('\t').map((cell) => cell.trim());
      const last = blocks.at(-1);
      if (last?.kind === 'table' && paragraphs[index - 1]?.text.includes('\t')) last.rows.push(cells);
      else blocks.push({ kind: 'table', rows: [cells], line });
      return;
    }
    const { text, removed } = withoutJunk(paragraph.text);
    if (line !== null) junk.push(...removed.map((fragment) => ({ line, text: fragment })));
    if (text) blocks.push({ ...lineToBlock(text), line });
  });
  if (!findHeadings) return { blocks, junk };

  let level: HeadingLevel = 2;
  return {
    junk,
    blocks: blocks.map((block, index) => {
      if (block.kind === 'heading') level = block.level;
      if (block.kind === 'paragraph' && block.lead) level = block.lead.level;
      if (block.kind !== 'paragraph' || block.lead || !headingLike(block.text)) return block;
      return isBody(blocks[index - 1]) && isBody(blocks[index + 1])
        ? { kind: 'heading', level, text: block.text, line: block.line }
        : block;
    }),
  };
}
