import type { PartRef } from '../checks/check-document';
import { parseIssueDate } from '../report/parse-issue-date';
import { partOfHeading, readReportText } from '../report/read-report-text';
import { reportLines } from '../report/report-lines';
import type { ImportDraft, ImportPart } from './import-draft';
import { locateSourceLines } from './locate-source-lines';
import { nestSection } from './nest-section';
import { organizationOf } from './organization-of';
import { sectionBlocks } from './section-blocks';

/**
 * Words that leave no doubt about a part. The reader also accepts weaker ones (思路, 工作情况,
 * 职责情况 …); a part found only by those, or by position, is shown to the clerk as uncertain.
 */
const CERTAIN: Record<PartRef, RegExp | null> = {
  preface: null,
  measures: /举措|成效|基本情况|主要做法/,
  shortcomings: /不足|问题|差距/,
  leadership: /第一责任人|主要负责人/,
  plans: /下一年度|安排|计划|下一步/,
  other: /其他/,
  unassigned: null,
};

// The preface is placed by position by definition; a part is certain when its heading says so.
const certain = (key: PartRef, heading: string) =>
  key === 'preface' || (!!heading && partOfHeading(heading) === key && !!CERTAIN[key]?.test(heading));

/**
 * Reads a whole report — pasted, or the text of a .txt or .docx — into a draft for the clerk to
 * review. The structure is the one the checks read (readReportText); this adds where each piece
 * came from, takes out the junk, turns lines into editor blocks and names each part's certainty.
 * Every key but 未归类 appears once: a second section of the same part (二、履行… after 一、…举措)
 * is nested into the first. Each unplaced section stays its own 未归类 part, shown and kept.
 */
export function importReport(text: string): ImportDraft {
  const lines = reportLines(text);
  const doc = readReportText(text);
  const source = locateSourceLines(lines, doc);
  const junk = source.outside.map((line) => ({ line, text: lines[line]! }));

  const parts: ImportPart[] = [];
  doc.parts.forEach((section, index) => {
    const { heading, paragraphs } = source.parts[index]!;
    const read = sectionBlocks(section.paragraphs, paragraphs, section.key !== 'preface');
    junk.push(...read.junk);
    const confidence = certain(section.key, section.heading) ? 'high' : 'low';
    const earlier = section.key === 'unassigned' ? undefined : parts.find((part) => part.key === section.key);
    if (!earlier) {
      parts.push({ key: section.key, heading: section.heading, confidence, blocks: read.blocks });
      return;
    }
    earlier.blocks.push(...nestSection(section.heading, heading, read.blocks));
    if (confidence === 'high') earlier.confidence = 'high';
    if (!earlier.heading) earlier.heading = section.heading;
  });

  return {
    title: doc.title,
    organization: organizationOf(doc.title, doc.signature),
    year: doc.year,
    addressee: doc.addressee,
    signature: doc.signature,
    date: parseIssueDate(doc.date),
    dateText: doc.date,
    parts,
    junk: junk.sort((a, b) => a.line - b.line),
    lines,
  };
}
