import type { DraftBlock } from '../report/part-content';
import type { HeadingLevel } from '../report/heading-numbers';
import { breakLines, type Span } from './break-lines';
import { addresseeLine, type ExportDocument } from './export-document';
import { closingLines } from './signature-layout';
import { splitTitle } from './split-title';
import { BODY_SETTING, CHARACTER, LINES_PER_PAGE, PAGE, pt, TITLE_SETTING } from './page-geometry';
import { CELL_PADDING, tableColumnWidths } from './table-columns';

const LINE_TWIPS = PAGE.width - PAGE.left - PAGE.right;
const LINE = pt(LINE_TWIPS);
const INDENT = pt(2 * CHARACTER);

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
  /** Each cell's share of the line (adding up to 1), as the DOCX's fixed column widths give it. */
  cellWidths?: number[];
}

export interface LayoutPage {
  number: number;
  lines: PageLine[];
}

export interface LayoutOptions {
  boldLevel3?: boolean;
  sealed?: boolean;
}

/**
 * A paragraph or table row as the word processor paginates it: `keepLines` never splits it across
 * pages, `keepNext` keeps it on the page where the next unit begins (w:keepLines, w:keepNext).
 * `repeat` marks a table's header row, set again at the top of each page the table runs onto.
 */
interface Unit {
  lines: PageLine[];
  keepLines?: boolean;
  keepNext?: boolean;
  header?: PageLine[];
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

/** The lines each row of a table takes: as many as its fullest cell, in the fixed column widths. */
export function tableRowLines(rows: readonly (readonly string[])[]): PageLine[][] {
  const widths = tableColumnWidths(rows, LINE_TWIPS, CHARACTER);
  const shares = widths.map((width) => width / LINE_TWIPS);
  return rows.map((row) => {
    const cells = widths.map((width, column) =>
      breakLines<LineFont>([{ text: row[column] ?? '', font: 'body' }], BODY_SETTING, pt(width - 2 * CELL_PADDING)),
    );
    const height = Math.max(1, ...cells.map((lines) => lines.length));
    return Array.from({ length: height }, (_, index) => ({
      ...blank(),
      cells: cells.map((lines) => lines[index] ?? []),
      cellWidths: shares,
    }));
  });
}

function blockUnits(block: DraftBlock, options: LayoutOptions): Unit[] {
  if (block.kind === 'table') {
    const rows = tableRowLines(block.rows);
    const header = rows[0];
    return rows.map((lines, index) => ({
      lines,
      keepLines: true,
      // Word and LibreOffice never leave a header row alone at the foot of a page.
      keepNext: index === 0 && rows.length > 1,
      ...(index > 0 && header && { header }),
    }));
  }
  if (block.kind === 'heading')
    return [
      {
        lines: paragraphLines([{ text: block.text, font: headingFont(block.level, options) }]),
        keepLines: true,
        keepNext: true,
      },
    ];
  const lead: Span<LineFont>[] = block.lead
    ? [{ text: block.lead.text, font: headingFont(block.lead.level, options) }]
    : [];
  return [{ lines: paragraphLines([...lead, ...(block.text ? [{ text: block.text, font: 'body' as const }] : [])]) }];
}

function closingLine(text: string, right: number): PageLine {
  return { spans: [{ text, font: 'body' }], align: 'right', indent: 0, right };
}

/**
 * How many lines must fit on the current page for unit `index` to start there: the whole chain of
 * units kept with the next, and of the unit ending it its first line (all of it when kept whole).
 */
function chainLines(units: readonly Unit[], index: number): number {
  let needed = 0;
  for (let at = index; at < units.length; at++) {
    const unit = units[at]!;
    if (!unit.keepNext) return needed + (unit.keepLines ? unit.lines.length : 1);
    needed += unit.lines.length;
  }
  return needed;
}

/** Cuts units into pages of 22 lines the way Word, WPS and LibreOffice honour the keep settings. */
function paginate(units: readonly Unit[]): PageLine[][] {
  const pages: PageLine[][] = [[]];
  const room = () => LINES_PER_PAGE - pages.at(-1)!.length;
  const newPage = (unit: Unit) => pages.push(unit.header ? [...unit.header] : []);
  units.forEach((unit, index) => {
    const page = pages.at(-1)!;
    const needed = Math.max(chainLines(units, index), unit.keepLines ? unit.lines.length : 1);
    // A chain longer than a page cannot be kept: it flows like any other text.
    if (page.length > 0 && needed > room() && needed <= LINES_PER_PAGE - (unit.header?.length ?? 0)) newPage(unit);
    for (const line of unit.lines) {
      if (room() === 0) newPage(unit);
      pages.at(-1)!.push(line);
    }
  });
  return pages;
}

/**
 * The report as the pages of the exported DOCX: the same line breaks, 22 lines a page, headings
 * kept with the text after them and the closing with the last lines of the body, in the same order
 * as buildDocx writes them, so the preview shows what WPS and the printer will.
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
  const closing = closingLines(doc.signature, doc.date, options.sealed);
  const body = doc.blocks.flatMap((block) => blockUnits(block, options));
  // GB/T 9704 7.3.5: no page with the signature and date alone; the last body paragraph goes along whole.
  const last = body.at(-1);
  if (last && closing.length > 0 && !last.lines[0]?.cells) Object.assign(last, { keepNext: true, keepLines: true });
  const units: Unit[] = [
    ...title.map((line) => ({ lines: [line] })),
    { lines: [blank()] },
    ...(addressee.length ? [{ lines: addressee }] : []),
    ...body,
    ...closing.map((line, index) => ({
      lines: [line ? closingLine(line.text, line.right) : blank()],
      keepLines: true,
      keepNext: index < closing.length - 1,
    })),
  ];
  return paginate(units).map((lines, index) => ({ number: index + 1, lines }));
}

/** A line's text as it reads, table cells side by side. */
export function lineText(line: PageLine): string {
  const spansText = (spans: readonly Span<LineFont>[]) => spans.map((span) => span.text).join('');
  return line.cells ? line.cells.map(spansText).join('') : spansText(line.spans);
}
