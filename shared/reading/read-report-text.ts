import type { CheckDocument } from '../checks/check-document';
import { findClosing } from './find-closing';
import { findTitle, META_LINE } from './find-title';
import { joinBrokenLines } from './join-broken-lines';
import { readParts, type ReadPart } from './read-parts';
import { reportLines } from './report-lines';
import { splitReportLines } from './split-report-lines';
import { yearOfReport } from './year-of-report';

/** A report read from text: the document the checks see, and where each piece of it stands. */
export interface ReadReport extends CheckDocument {
  /**
   * The lines as read, one paragraph each: the source's non-blank lines, with a report that lost
   * its line breaks split at its headings and lines broken inside a sentence joined. Every line
   * index in this report points here.
   */
  lines: string[];
  parts: ReadPart[];
  /** Where the title, addressee, signature and date stand, and the lines set outside the report. */
  at: { title: number[]; addressee: number | null; signature: number | null; date: number | null; outside: number[] };
}

/**
 * Reads a report copied as plain text — from a website, a WPS file or a .docx — into the model
 * the checks use. Nothing is dropped: lines before the title and after the date are kept as lines
 * outside the report, so the checks can say what to delete.
 */
export function readReportText(text: string, year?: number): ReadReport {
  const split = splitReportLines(reportLines(text));
  const title = findTitle(split);
  const titleEnd = title.lines.length ? title.lines.at(-1)! + 1 : 0;
  const lines = joinBrokenLines(split, titleEnd);

  const outside = Array.from({ length: title.lines[0] ?? 0 }, (_, index) => index);
  let cursor = titleEnd;
  // A sentence is the report's own, even one that mentions 来源：.
  const isMeta = (line: string) => META_LINE.test(line) && line.length <= 80 && !/[。；]/.test(line);
  while (cursor < lines.length && isMeta(lines[cursor]!)) outside.push(cursor++);
  let addressee: number | null = null;
  if (
    cursor < lines.length &&
    /[：:]$/.test(lines[cursor]!) &&
    lines[cursor]!.length <= 30 &&
    !/如下|报告/.test(lines[cursor]!)
  )
    addressee = cursor++;

  const closing = findClosing(lines, cursor);
  const { parts, embedded } = readParts(lines, cursor, closing.end);
  const date = closing.date === null ? '' : lines[closing.date]!;
  const headingsOf = (...keys: string[]) => parts.filter((part) => keys.includes(part.key)).map((part) => part.heading);
  return {
    year:
      year ??
      yearOfReport({
        title: title.title,
        preface: parts.find((part) => part.key === 'preface')?.paragraphs[0]?.text ?? '',
        yearHeadings: headingsOf('measures', 'shortcomings', 'leadership'),
        plansHeadings: headingsOf('plans'),
        date,
      }),
    title: title.title,
    addressee: addressee === null ? '' : lines[addressee]!.replace(/[：:]$/, ''),
    outside: [...outside, ...closing.footer].map((index) => lines[index]!),
    parts,
    signature: closing.signature === null ? '' : lines[closing.signature]!,
    date,
    embedded,
    lines,
    at: {
      title: title.lines,
      addressee,
      signature: closing.signature,
      date: closing.date,
      outside: [...outside, ...closing.footer],
    },
  };
}
