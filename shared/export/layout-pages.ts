import type { HeadingLevel } from '../report/heading-numbers';
import { breakLines, type Span } from './break-lines';
import type { ExportBlock, ExportDocument } from './export-document';
import { closingLines } from './signature-layout';
import { splitTitle } from './split-title';
import { BODY_SETTING, CHARACTER, LINES_PER_PAGE, PAGE, pt, TITLE_SETTING } from './page-geometry';

const LINE = pt(PAGE.width - PAGE.left - PAGE.right);
const INDENT = pt(2 * CHARACTER);
/** Table cells keep Word's default 108-twip padding on each side. */
const CELL_PADDING = pt(2 * 108);

/** Which font a piece of text takes; the font profile names the actual typeface. */
export type LineFont = 'title' | 'heading1' | 'heading2' | 'body' | 'bold';

/** One line of the type area, placed in character units from the left and right edges. */
export interface PageLine {
  spans: Span<LineFont>[];
  align: 'left' | 'center' | 'right' | 'justify';
  /** Characters of space before the text (the two-character first-line indent, table columns). */
  indent: number;
  /** Characters of space after the text (signature and date lines). */
  right: number;
  /** Cells of a table row, laid side by side; `spans` is then empty. */
  cells?: Span<LineFont>[][];
}

export interface LayoutPage {
  number: number;
  lines: PageLine[];
}

export interface LayoutOptions {
  boldLevel3?: boolean;
  sealed?: boolean;
}

const blank = (): PageLine => ({ spans: [], align: 'left', indent: 0, right: 0 });

function headingFont(level: HeadingLevel, options: LayoutOptions): LineFont {
  if (level === 1) return 'heading1';
  if (level === 2) return 'heading2';
  return level === 3 && options.boldLevel3 ? 'bold' : 'body';
}

/** Body paragraphs: indented two characters on the first line, justified except the last line. */
function paragraphLines(spans: Span<LineFont>[]): PageLine[] {
  return breakLines(spans, BODY_SETTING, LINE, LINE - INDENT).map((line, index, lines) => ({
    spans: line,
    align: index === lines.length - 1 ? 'left' : 'justify',
    indent: index === 0 ? 2 : 0,
    right: 0,
  }));
}

/** A table row takes as many lines as its fullest cell; columns share the width evenly. */
function tableLines(rows: string[][]): PageLine[] {
  return rows.flatMap((row) => {
    const cellWidth = LINE / Math.max(1, row.length) - CELL_PADDING;
    const cells = row.map((cell) => breakLines<LineFont>([{ text: cell, font: 'body' }], BODY_SETTING, cellWidth));
    const height = Math.max(1, ...cells.map((lines) => lines.length));
    return Array.from({ length: height }, (_, index) => ({
      ...blank(),
      cells: cells.map((lines) => lines[index] ?? []),
    }));
  });
}

function blockLines(block: ExportBlock, options: LayoutOptions): PageLine[] {
  if (block.kind === 'table') return tableLines(block.rows);
  if (block.kind === 'heading') return paragraphLines([{ text: block.text, font: headingFont(block.level, options) }]);
  const lead: Span<LineFont>[] = block.lead
    ? [{ text: block.lead.text, font: headingFont(block.lead.level, options) }]
    : [];
  return paragraphLines([...lead, ...(block.text ? [{ text: block.text, font: 'body' as const }] : [])]);
}

function closingLine(text: string, right: number): PageLine {
  return { spans: [{ text, font: 'body' }], align: 'right', indent: 0, right };
}

/**
 * The report as the pages of the exported DOCX: the same line breaks, 22 lines a page, in the same
 * order as buildDocx writes them, so the preview shows what WPS and the printer will.
 */
export function layoutPages(doc: ExportDocument, options: LayoutOptions = {}): LayoutPage[] {
  const title = splitTitle(doc.title).flatMap((line) =>
    breakLines<LineFont>([{ text: line, font: 'title' }], TITLE_SETTING, LINE).map((spans): PageLine => ({
      spans,
      align: 'center',
      indent: 0,
      right: 0,
    })),
  );
  const addressee = doc.addressee
    ? breakLines<LineFont>([{ text: addresseeLine(doc.addressee), font: 'body' }], BODY_SETTING, LINE).map(
        (spans): PageLine => ({ spans, align: 'left', indent: 0, right: 0 }),
      )
    : [];
  const closing = closingLines(doc.signature, doc.date, options.sealed).map((line) =>
    line ? closingLine(line.text, line.right) : blank(),
  );
  const lines = [
    ...title,
    blank(),
    ...addressee,
    ...doc.blocks.flatMap((block) => blockLines(block, options)),
    ...closing,
  ];
  const pages: LayoutPage[] = [];
  for (let start = 0; start < lines.length; start += LINES_PER_PAGE)
    pages.push({ number: pages.length + 1, lines: lines.slice(start, start + LINES_PER_PAGE) });
  return pages;
}

/** The addressee line ends in a full-width colon, whatever the clerk typed. */
export function addresseeLine(addressee: string): string {
  return `${addressee.replace(/[：:]$/, '')}：`;
}

/** A line's text as it reads, table cells side by side. */
export function lineText(line: PageLine): string {
  const spansText = (spans: readonly Span<LineFont>[]) => spans.map((span) => span.text).join('');
  return line.cells ? line.cells.map(spansText).join('') : spansText(line.spans);
}
