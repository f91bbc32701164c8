import type { CheckDocument, DocPart, PartRef } from '../checks/check-document';
import type { PartKey } from '../outline/part-key';
import { reportLines } from './report-lines';
import { parseTypedNumber } from './typed-number';

/** Wording of a part's heading, most specific first (a leadership heading also says 情况). */
const PART_WORDS: readonly [PartKey, RegExp][] = [
  ['leadership', /第一责任人|主要负责人/],
  ['shortcomings', /不足|存在的问题|问题和|差距|短板/],
  ['plans', /安排|计划|打算|下一步|思路|下一年度/],
  ['other', /其他/],
  ['measures', /举措|成效|做法|基本情况|工作情况|主要工作|职责情况|建设情况/],
];

/** A heading's part, or undefined when its wording names none. */
export function partOfHeading(heading: string): PartKey | undefined {
  return PART_WORDS.find(([, words]) => words.test(heading))?.[0];
}

const DATE_LINE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年[\d〇零一二三四五六七八九十月日\s]*$/;
const FOOTER_LINE = /[初复终]审[:：]|[[【]纠错[\]】]|^(?:打印|关闭|返回顶部|分享)/;
const META_LINE = /来源[:：]|发布时间|浏览次数|累计次数|\d{4}-\d{2}-\d{2}\s+\d{2}:\d{2}/;

function isUnnumberedPartHeading(line: string): boolean {
  return (
    line.length <= 40 &&
    !/[。；，,;]$/.test(line) &&
    !/[。；]/.test(line) &&
    partOfHeading(line) !== undefined &&
    !/^下一步[，,]/.test(line)
  );
}

/**
 * Reads a report copied as plain text — from a website, a WPS file or a .docx — into the model
 * the checks use. Nothing is dropped: lines before the title and after the date are kept as lines
 * outside the report, so the checks can say what to delete.
 */
export function readReportText(text: string, year?: number): CheckDocument {
  const lines = reportLines(text);

  // The title: the first line about 法治政府建设, joined with the next ones until it ends in 报告.
  let start = lines.findIndex((line) => /法治政府建设|法治建设.*报告/.test(line) && line.length <= 60);
  if (start < 0) start = 0;
  // A title broken before 法治政府建设: "某某局2022年" / "法治政府建设工作报告".
  if (start > 0 && /(?:局|政府|委员会|年|年度)$/.test(lines[start - 1]!) && lines[start - 1]!.length <= 24) start--;
  let title = lines[start] ?? '';
  let cursor = start + 1;
  while (!/报告$/.test(title) && cursor < Math.min(lines.length, start + 3) && (lines[cursor]?.length ?? 99) <= 24)
    title += lines[cursor++];
  const outside = lines.slice(0, start);
  while (cursor < lines.length && META_LINE.test(lines[cursor]!) && lines[cursor]!.length <= 80)
    outside.push(lines[cursor++]!);

  let addressee = '';
  if (cursor < lines.length && /[：:]$/.test(lines[cursor]!) && lines[cursor]!.length <= 24)
    addressee = lines[cursor++]!.replace(/[：:]$/, '');

  // The closing block, read from the end: footer lines, then the date, then the signature.
  let end = lines.length;
  const trailer: string[] = [];
  while (end > cursor && FOOTER_LINE.test(lines[end - 1]!)) trailer.unshift(lines[--end]!);
  let date = '';
  let signature = '';
  if (end > cursor && DATE_LINE.test(lines[end - 1]!) && lines[end - 1]!.length <= 16) date = lines[--end]!;
  if (end > cursor && lines[end - 1]!.length <= 30 && /(?:局|委|政府|办公室|中心|院|厅)$/.test(lines[end - 1]!))
    signature = lines[--end]!;

  const parts: DocPart[] = [{ key: 'preface', heading: '', paragraphs: [] }];
  const current = () => parts.at(-1)!;
  const open = (key: PartRef, heading: string) => parts.push({ key, heading, paragraphs: [] });
  for (const line of lines.slice(cursor, end)) {
    const number = parseTypedNumber(line);
    if (number?.level === 1 && line.length <= 60) {
      open(partOfHeading(line) ?? 'unassigned', line);
      continue;
    }
    if (!number && isUnnumberedPartHeading(line)) {
      open(partOfHeading(line)!, line);
      continue;
    }
    // Sub-headings before any part heading mean the report dropped its level-one headings:
    // what follows the opening is the measures.
    if (number && current().key === 'preface') open('measures', '');
    // A short numbered line with no sentence inside is a heading, even when it wrongly ends in 。.
    const heading = !!number && line.length <= 40 && !/[。；]./.test(line);
    current().paragraphs.push({ text: line, heading });
  }

  const titleYear = /(\d{4})\s*年/.exec(title);
  return {
    year: year ?? (titleYear ? Number(titleYear[1]) : null),
    title,
    addressee,
    outside: [...outside, ...trailer],
    parts: parts.filter((part) => part.key !== 'preface' || part.paragraphs.length > 0),
    signature,
    date,
  };
}
