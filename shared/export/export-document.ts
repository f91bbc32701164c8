import type { CheckDocument } from '../checks/check-document';
import { formatIssueDate } from '../report/format-issue-date';
import { partNumbers, type HeadingLevel } from '../report/heading-numbers';
import { lineToBlock } from '../reading/line-to-block';
import { partBlocks, type DraftBlock } from '../report/part-content';
import type { Report } from '../report/report';
import { parseTypedNumber } from '../report/typed-number';

/** Everything the page shows, in order: title, addressee, body, signature and date. */
export interface ExportDocument {
  title: string;
  addressee: string;
  /** Heading texts carry their numbers, typed or computed. */
  blocks: DraftBlock[];
  signature: string;
  /** As it stands on the page, e.g. 2025年1月7日; empty when not set. */
  date: string;
}

/** The addressee line ends in a full-width colon, whatever the clerk typed. */
export function addresseeLine(addressee: string): string {
  return `${addressee.replace(/[：:]$/, '')}：`;
}

/** A report written in the app: part headings 一、二、 and sub-headings numbered by position. */
export function exportDocumentFromReport(
  report: Pick<Report, 'title' | 'addressee' | 'signature' | 'issuedOn' | 'parts'>,
): ExportDocument {
  const parts = report.parts
    .map((part) => ({
      ...part,
      content: partBlocks(part.contentJson).filter(
        (block) => block.kind !== 'paragraph' || block.lead || block.text.trim(),
      ),
    }))
    .filter((part) => part.key !== 'other' || part.content.length > 0);
  const numbers = partNumbers(parts.map((part) => part.key));
  const blocks = parts.flatMap((part, index): DraftBlock[] => {
    const body = part.content.map((block): DraftBlock => {
      if (block.kind === 'heading')
        return { kind: 'heading', level: block.level, text: `${block.number}${block.text}` };
      if (block.kind === 'table') return block;
      return {
        kind: 'paragraph',
        lead: block.lead && { level: block.lead.level, text: `${block.lead.number}${block.lead.text}` },
        text: block.text,
      };
    });
    if (part.key === 'preface') return body;
    return [{ kind: 'heading', level: 1, text: `${numbers[index]}${part.heading}` }, ...body];
  });
  return {
    title: report.title,
    addressee: report.addressee,
    blocks,
    signature: report.signature,
    date: report.issuedOn ? formatIssueDate(report.issuedOn) : '',
  };
}

/** A report read from a .txt or .docx: its numbers stay as typed, each line styled by the level they show. */
export function exportDocumentFromText(doc: CheckDocument): ExportDocument {
  const blocks: DraftBlock[] = [];
  for (const part of doc.parts) {
    if (part.heading)
      blocks.push({
        kind: 'heading',
        level: (parseTypedNumber(part.heading)?.level ?? 1) as HeadingLevel,
        text: part.heading,
      });
    part.paragraphs.forEach((paragraph, index) => {
      // Tab-separated lines are the rows of a table (the .docx reader writes them so): rows in a row make one table, as the app's import does.
      if (paragraph.text.includes('\t')) {
        const cells = paragraph.text.split('\t').map((cell) => cell.trim());
        const last = blocks.at(-1);
        if (last?.kind === 'table' && part.paragraphs[index - 1]?.text.includes('\t')) last.rows.push(cells);
        else blocks.push({ kind: 'table', rows: [cells] });
        return;
      }
      blocks.push(textBlock(paragraph));
    });
  }
  return { title: doc.title, addressee: doc.addressee, blocks, signature: doc.signature, date: doc.date };
}

function textBlock(paragraph: CheckDocument['parts'][number]['paragraphs'][number]): DraftBlock {
  const number = parseTypedNumber(paragraph.text);
  if (!number) return { kind: 'paragraph', lead: null, text: paragraph.text };
  if (number.level === 1 || paragraph.heading) return { kind: 'heading', level: number.level, text: paragraph.text };
  const block = lineToBlock(paragraph.text);
  if (block.kind === 'paragraph' && block.lead)
    return {
      kind: 'paragraph',
      lead: { level: number.level, text: `${number.raw}${block.lead.text}` },
      text: block.text,
    };
  return { kind: 'paragraph', lead: null, text: paragraph.text };
}
