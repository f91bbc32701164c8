import type { DraftBlock } from '../../../shared/report/part-content';
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  Header,
  Packer,
  SimpleField,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TableLayoutType,
  TextRun,
  HeightRule,
  VerticalAlign,
  WidthType,
} from 'docx';
import { addresseeLine, type ExportDocument } from '../../../shared/export/export-document';
import { CHARACTER, PAGE } from '../../../shared/export/page-geometry';
import { fontNames, type FontProfile } from '../../../shared/export/font-profiles';
import { packageOverrides, STYLE } from './package-overrides';
import { tableRowLines } from '../../../shared/export/layout-pages';
import { CELL_PADDING, tableColumnWidths } from '../../../shared/export/table-columns';
import { closingLines } from '../../../shared/export/signature-layout';
import { splitTitle } from '../../../shared/export/split-title';
import type { HeadingLevel } from '../../../shared/report/heading-numbers';

/** In half-points: the draft mark in 3号, the page number in 4号. */
const SIZE = { body: 32, pageNumber: 28 };
const TYPE_AREA_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** Exact row heights a little under whole lines: LibreOffice draws the borders outside them and would otherwise push the row past the page.*/
const ROW_BORDER_ALLOWANCE = 20;

export interface DocxOptions {
  profile: FontProfile;
  /** Local custom: level-three headings (1.) in bold. */
  boldLevel3?: boolean;
  /** The stamped 报送版: date four characters in, signature centred over it, room for the seal. */
  sealed?: boolean;
  /** The file's description property: what the export is, e.g. 报送版（已定稿）. */
  description?: string;
  /** Printed at the top right of every page of an export that is not final, e.g. 讨论稿. */
  draftMark?: string;
  /** The file's author: the organization, not the library's "Un-named". */
  author?: string;
}

/** Chinese quotes, dashes and ellipses: the same code points serve Latin text, so they get a run of their own. */
const CHINESE_MARKS = /([“”‘’—…]+)/;

/**
 * A piece of text as runs: Latin and digits in Times New Roman, Chinese in `eastAsia`. The Chinese
 * marks have every font slot set to the Chinese font — the eastAsia hint alone is not enough, as
 * LibreOffice sets a quote next to a digit in Times New Roman at half width. Every run names its
 * fonts and zh-CN (GB/T 9704 layout rules: WPS warns of missing fonts otherwise); size, bold and
 * character spacing come from the paragraph's style unless `bold` is given, so a run carries no
 * more XML than it must (issue 18: a 15,000-character report's document.xml went from 203 to
 * 124 KB, and its export from about 100 to 50 ms).
 */
function run(text: string, eastAsia: string, options: { bold?: boolean } = {}): TextRun[] {
  return text
    .split(CHINESE_MARKS)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const latin = CHINESE_MARKS.test(piece) ? eastAsia : 'Times New Roman';
      return new TextRun({
        text: piece,
        font: { ascii: latin, hAnsi: latin, cs: latin, eastAsia, hint: 'eastAsia' },
        language: { value: 'en-US', eastAsia: 'zh-CN' },
        ...options,
      });
    });
}

/**
 * The Normal style already is GB/T 9704 body text (exact 579-twip lines, no widow control,
 * two-character indent, justified), so a body paragraph has no formatting of its own; a flush-left
 * one cancels the indent.
 */
const noIndent = { indent: { firstLine: 0 } };
const blank = () => new Paragraph({ ...noIndent, children: [] });

function headingFont(level: HeadingLevel, profile: FontProfile): string {
  return level === 1 ? profile.heading1 : level === 2 ? profile.heading2 : profile.body;
}

function blockParagraphs(block: DraftBlock, options: DocxOptions, keepNext = false): (Paragraph | Table)[] {
  const { profile } = options;
  if (block.kind === 'heading') {
    // The heading style keeps it with the next paragraph and sets its size and boldness.
    return [
      new Paragraph({
        style: STYLE.heading[block.level],
        children: run(block.text, headingFont(block.level, profile)),
      }),
    ];
  }
  if (block.kind === 'paragraph') {
    // A lead sentence sits in a body paragraph, so its heading boldness is its own.
    const lead = block.lead
      ? run(block.lead.text, headingFont(block.lead.level, profile), {
          ...(block.lead.level === 3 && options.boldLevel3 && { bold: true }),
        })
      : [];
    return [
      new Paragraph({
        keepNext,
        keepLines: keepNext,
        children: [...lead, ...(block.text ? run(block.text, profile.body) : [])],
      }),
    ];
  }
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const widths = tableColumnWidths(block.rows, TYPE_AREA_WIDTH, CHARACTER);
  const rowLines = tableRowLines(block.rows);
  return [
    new Table({
      width: { size: TYPE_AREA_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      margins: { top: 0, bottom: 0, left: CELL_PADDING, right: CELL_PADDING },
      borders: {
        top: border,
        bottom: border,
        left: border,
        right: border,
        insideHorizontal: border,
        insideVertical: border,
      },
      rows: block.rows.map(
        (row, rowIndex) =>
          new TableRow({
            // Rows are whole multiples of the line pitch, so the body after a table stays on the 22-line grid.
            height: {
              value: rowLines[rowIndex]!.length * PAGE.linePitch - ROW_BORDER_ALLOWANCE,
              rule: HeightRule.EXACT,
            },
            cantSplit: true,
            tableHeader: rowIndex === 0,
            children: widths.map(
              (width, column) =>
                new TableCell({
                  width: { size: width, type: WidthType.DXA },
                  verticalAlign: VerticalAlign.CENTER,
                  children: [
                    new Paragraph({
                      ...noIndent,
                      alignment: AlignmentType.CENTER,
                      children: run(row[column] ?? '', profile.body),
                    }),
                  ],
                }),
            ),
          }),
      ),
    }),
  ];
}

/** An export that is not final says so at the top of every page, above the type area. */
function draftHeader(mark: string, profile: FontProfile): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.header,
        alignment: AlignmentType.RIGHT,
        indent: { firstLine: 0 },
        children: [
          new TextRun({
            text: mark,
            font: { ascii: profile.heading1, hAnsi: profile.heading1, eastAsia: profile.heading1, hint: 'eastAsia' },
            size: SIZE.body,
          }),
        ],
      }),
    ],
  });
}

/** "— 1 —" in 4号 宋体, one character in from the outer edge: right on odd pages, left on even. */
function pageNumberFooter(side: 'odd' | 'even', profile: FontProfile): Footer {
  const numberRun = (text: string) =>
    new TextRun({
      children: [text],
      font: { ascii: profile.pageNumber, hAnsi: profile.pageNumber, eastAsia: profile.pageNumber, hint: 'eastAsia' },
      size: SIZE.pageNumber,
    });
  const inset = SIZE.pageNumber * 10;
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: inset, firstLine: 0 } : { left: inset, firstLine: 0 },
        // A simple field with its value stored, so a reader that does not update fields still prints a number;
        // the number takes the footer style's font and size.
        children: [numberRun('— '), new SimpleField('PAGE', '1'), numberRun(' —')],
      }),
    ],
  });
}

/** The report as an official-format DOCX: pure, report in, bytes out. */
export async function buildDocx(doc: ExportDocument, options: DocxOptions): Promise<Buffer> {
  const { profile } = options;
  const title = splitTitle(doc.title).map(
    (line) =>
      // The title style sets it centred, 2号, bold or not by the profile.
      new Paragraph({ style: STYLE.title, children: run(line, profile.title) }),
  );
  const addressee = doc.addressee
    ? [new Paragraph({ ...noIndent, children: run(addresseeLine(doc.addressee), profile.body) })]
    : [];
  const closingParts = closingLines(doc.signature, doc.date, options.sealed);
  const closing = closingParts.map((line, index) =>
    line
      ? new Paragraph({
          keepNext: index < closingParts.length - 1,
          keepLines: true,
          alignment: AlignmentType.RIGHT,
          indent: { right: Math.round(line.right * CHARACTER), firstLine: 0 },
          children: run(line.text, profile.body),
        })
      : new Paragraph({ ...noIndent, keepNext: true, children: [] }),
  );

  const document = new Document({
    title: doc.title,
    ...(options.description && { description: options.description }),
    evenAndOddHeaderAndFooters: true,
    creator: options.author || doc.signature || '法治年报助手',
    lastModifiedBy: options.author || doc.signature || '法治年报助手',
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.top,
              bottom: PAGE.bottom,
              left: PAGE.left,
              right: PAGE.right,
              footer: PAGE.footer,
              header: 851,
            },
          },
          grid: { type: DocumentGridType.LINES, linePitch: PAGE.linePitch },
        },
        footers: { default: pageNumberFooter('odd', profile), even: pageNumberFooter('even', profile) },
        ...(options.draftMark && {
          headers: { default: draftHeader(options.draftMark, profile), even: draftHeader(options.draftMark, profile) },
        }),
        children: [
          ...title,
          blank(),
          ...addressee,
          ...doc.blocks.flatMap((block, index) =>
            blockParagraphs(block, options, index === doc.blocks.length - 1 && closingParts.length > 0),
          ),
          ...closing,
        ],
      },
    ],
  });
  // The styles replace the library's; the line grid is computed from their default size, 3号.
  return Packer.toBuffer(
    document,
    false,
    packageOverrides({ profile, boldLevel3: !!options.boldLevel3, fontNames: fontNames(profile) }),
  );
}
