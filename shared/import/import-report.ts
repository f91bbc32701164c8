import { parseIssueDate } from '../report/parse-issue-date';
import { readReportText } from '../reading/read-report-text';
import type { ImportBlock, ImportDraft, ImportPart } from './import-draft';
import { nestSection } from './nest-section';
import { organizationOf } from './organization-of';
import { sectionBlocks } from './section-blocks';

/**
 * Reads a whole report — pasted, or the text of a .txt or .docx — into a draft for the clerk to
 * review. The structure is the one the checks read (readReportText), with the line each piece was
 * read from; this takes out the junk, turns lines into editor blocks and marks a required part
 * written inside another one, so the review can move it out. Every key but 未归类 appears once: a
 * second section of the same part (a thematic 二、 after 一、, 二、履行… after 一、…举措) is nested into
 * the first. Each unplaced section stays its own 未归类 part, shown and kept.
 */
export function importReport(text: string): ImportDraft {
  const doc = readReportText(text);
  const { lines } = doc;
  const junk = doc.at.outside.map((line) => ({ line, text: lines[line]! }));
  const embedded = new Map(
    (doc.embedded ?? []).map((item) => [doc.parts[item.part]!.paragraphs[item.paragraph]!.line, item.key]),
  );
  const marked = (block: ImportBlock): ImportBlock => {
    const key = block.line === null ? undefined : embedded.get(block.line);
    return key && block.kind !== 'table' ? { ...block, partOf: key } : block;
  };

  const parts: ImportPart[] = [];
  for (const section of doc.parts) {
    const read = sectionBlocks(
      section.paragraphs,
      section.paragraphs.map((paragraph) => paragraph.line),
      section.key !== 'preface',
    );
    junk.push(...read.junk);
    const blocks = read.blocks.map(marked);
    const earlier = section.key === 'unassigned' ? undefined : parts.find((part) => part.key === section.key);
    if (!earlier) {
      parts.push({ key: section.key, heading: section.heading, confidence: section.confidence, blocks });
      continue;
    }
    earlier.blocks.push(...nestSection(section.heading, section.headingLine, blocks));
    if (section.confidence === 'high') earlier.confidence = 'high';
    if (!earlier.heading) earlier.heading = section.heading;
  }

  const preface = doc.parts.find((part) => part.key === 'preface')?.paragraphs[0]?.text ?? '';
  return {
    title: doc.title,
    organization: organizationOf(doc.title, doc.signature, preface),
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
