import { formatHeadingNumber } from '../../report/heading-numbers';
import { parseTypedNumber } from '../../report/typed-number';
import type { CheckDocument, DocParagraph, PartRef } from '../check-document';
import { findingAt, type DocText } from '../doc-texts';
import type { Finding } from '../finding';
import type { Rule } from '../rule';

const textOf = (part: PartRef, paragraph: number, { text, heading }: DocParagraph): DocText => ({
  place: part,
  paragraph,
  text,
  heading,
  part,
});

/**
 * 编号重复: a heading that shows its number twice, as （一）（一）加强组织领导. In the app the number
 * of a heading or lead sentence is computed, so a number typed into its words is the second one; in
 * a file it is two typed numbers of the same level in a row. Either way the fix drops the extra one.
 */
function doubledNumber(at: DocText, numbered: boolean): Finding | null {
  const first = parseTypedNumber(at.text);
  if (!first || first.level === 1) return null;
  const shown = numbered ? formatHeadingNumber(first.level, first.value) : first.raw.trim();
  if (numbered) {
    return findingAt(
      'numbering-doubled',
      'error',
      at,
      0,
      first.raw.length,
      `标题编号由系统自动生成，这里又手动输入了“${first.raw.trim()}”，会显示成“${shown}${at.text}”。请删去手动输入的编号。`,
      {
        label: '删去重复的编号',
        edits: [{ place: at.place, paragraph: at.paragraph, start: 0, end: first.raw.length, replacement: '' }],
      },
    );
  }
  const second = parseTypedNumber(at.text.slice(first.raw.length));
  if (!second || second.level !== first.level) return null;
  const end = first.raw.length + second.raw.length;
  return findingAt(
    'numbering-doubled',
    'error',
    at,
    0,
    end,
    `标题编号“${at.text.slice(0, end).trim()}”重复了。请只保留一个编号。`,
    {
      label: '删去重复的编号',
      edits: [{ place: at.place, paragraph: at.paragraph, start: first.raw.length, end, replacement: '' }],
    },
  );
}

export const headingRules: readonly Rule[] = [
  {
    id: 'numbering-doubled',
    run: (doc: CheckDocument) =>
      doc.parts.flatMap((part) =>
        part.paragraphs.flatMap((paragraph, index) => {
          const finding = doubledNumber(textOf(part.key, index, paragraph), paragraph.numbered === true);
          return finding ? [finding] : [];
        }),
      ),
  },
];
