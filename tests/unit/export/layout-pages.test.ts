import { describe, expect, it } from 'vitest';
import { breakLines } from '../../../shared/export/break-lines';
import type { ExportDocument } from '../../../shared/export/export-document';
import { layoutPages, lineText } from '../../../shared/export/layout-pages';
import { BODY_SETTING, LINES_PER_PAGE } from '../../../shared/export/page-geometry';
import { reportPlainText } from '../../../shared/export/report-plain-text';

/** 28 body characters: the width of the type area. */
const LINE = 442.2;
const lines = (text: string, width = LINE) =>
  breakLines([{ text, font: 'body' }], BODY_SETTING, width).map((line) => line.map((span) => span.text).join(''));
const han = (count: number) => '法'.repeat(count);
const paragraph = (count: number) => ({ kind: 'paragraph' as const, lead: null, text: han(count) });

describe('breaking Chinese lines as the word processors do', () => {
  it('fits 28 characters on a line and carries the 29th over', () => {
    expect(lines(han(29))).toEqual([han(28), han(1)]);
  });

  it('hangs a comma or full stop past the edge rather than starting a line with it', () => {
    expect(lines(`${han(28)}。${han(2)}`)).toEqual([`${han(28)}。`, han(2)]);
  });

  it('takes the last character down with a closing quote or bracket, and never ends a line on an opening one', () => {
    expect(lines(`${han(28)}”${han(2)}`)).toEqual([han(27), `${han(1)}”${han(2)}`]);
    expect(lines(`${han(27)}《${han(3)}》`)).toEqual([han(27), `《${han(3)}》`]);
  });

  it('keeps a number whole, and a half-width comma before digits with both neighbours', () => {
    const broken = lines(`${han(26)}2024年${han(3)}`);
    expect(broken[0]).toBe(han(26));
    expect(lines(`${han(26)}治理,2023年`)).toEqual([`${han(26)}治`, '理,2023年']);
  });
});

describe('the pages of the preview', () => {
  const doc = (paragraphs: number, closing = { signature: '清河县教育局', date: '2025年1月7日' }): ExportDocument => ({
    title: '清河县教育局关于2024年度法治政府建设情况的报告',
    addressee: '县委、县政府',
    blocks: [
      { kind: 'heading', level: 1, text: '一、主要举措和成效' },
      ...Array.from({ length: paragraphs }, () => ({ kind: 'paragraph' as const, lead: null, text: han(60) })),
    ],
    ...closing,
  });

  it('puts 22 lines on every page but where a unit moved on, and numbers the pages in order', () => {
    const pages = layoutPages(doc(20));
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages.slice(0, -2)) expect(page.lines).toHaveLength(LINES_PER_PAGE);
    expect(pages.map((page) => page.number)).toEqual(pages.map((_, index) => index + 1));
  });

  it('never leaves the signature and date alone on the last page: the last paragraph goes with them', () => {
    // Title 2 + blank + addressee + heading + 8 paragraphs of 2 lines = 21 lines: the closing would start page 2.
    const shortDoc = { ...doc(0), blocks: [...doc(0).blocks, ...Array.from({ length: 8 }, () => paragraph(40))] };
    const pages = layoutPages(shortDoc);
    expect(pages).toHaveLength(2);
    expect(pages[1]!.lines.map(lineText)).toEqual([han(26), han(14), '', '清河县教育局', '2025年1月7日']);
    expect(pages[0]!.lines).toHaveLength(19);
    const sealed = layoutPages(shortDoc, { sealed: true });
    expect(sealed.at(-1)!.lines.map(lineText)[0]).toBe(han(26));
  });

  it('keeps a heading at the foot of a page with the first line of its text overleaf', () => {
    // 4 lines of title block + heading + 8 × 2 lines = 21: a heading on line 22 would stand alone.
    const pages = layoutPages({
      ...doc(0),
      blocks: [
        ...doc(0).blocks,
        ...Array.from({ length: 8 }, () => paragraph(40)),
        { kind: 'heading', level: 2, text: '（一）完善制度' },
        paragraph(40),
      ],
      signature: '',
      date: '',
    });
    expect(pages[0]!.lines).toHaveLength(21);
    expect(lineText(pages[1]!.lines[0]!)).toBe('（一）完善制度');
  });

  it('repeats a table header on each page the table runs onto, rows whole, columns sized by content', () => {
    const rows = [
      ['项目', '数量'],
      ...Array.from({ length: 30 }, (_, index) => [`第${index + 1}项工作内容`, `${index}`]),
    ];
    const pages = layoutPages({ ...doc(0), blocks: [{ kind: 'table', rows }], signature: '', date: '' });
    expect(pages).toHaveLength(2);
    expect(lineText(pages[1]!.lines[0]!)).toBe('项目数量');
    expect(pages[0]!.lines.at(-1)!.cellWidths![0]).toBeGreaterThan(pages[0]!.lines.at(-1)!.cellWidths![1]!);
    const shown = pages.flatMap((page) =>
      page.lines
        .filter((line) => line.cells)
        .slice(1)
        .map(lineText),
    );
    expect(shown).toEqual(rows.slice(1).map((row) => row.join('')));
  });

  it('opens with the balanced title, a blank line and the addressee with a full-width colon', () => {
    const [first] = layoutPages(doc(1));
    expect(first!.lines.slice(0, 4).map(lineText)).toEqual([
      '清河县教育局关于2024年度',
      '法治政府建设情况的报告',
      '',
      '县委、县政府：',
    ]);
    expect(first!.lines[0]!.align).toBe('center');
  });

  it('indents the first line of a paragraph two characters and justifies all but its last line', () => {
    const body = layoutPages(doc(1))[0]!.lines.slice(5, 8);
    expect(body.map((line) => [line.indent, line.align])).toEqual([
      [2, 'justify'],
      [0, 'justify'],
      [0, 'left'],
    ]);
  });

  it('closes unsealed with one blank line, sealed with three and the date four characters in', () => {
    const unsealed = layoutPages(doc(1)).at(-1)!.lines;
    expect(unsealed.slice(-3).map(lineText)).toEqual(['', '清河县教育局', '2025年1月7日']);
    const sealed = layoutPages(doc(1), { sealed: true }).at(-1)!.lines;
    expect(sealed.slice(-5).map(lineText)).toEqual(['', '', '', '清河县教育局', '2025年1月7日']);
    expect(sealed.at(-1)!.right).toBe(4);
  });
});

describe('the report as plain text', () => {
  it('gives one paragraph a line with full-width indents, the addressee and the closing', () => {
    const text = reportPlainText({
      title: '某县教育局关于2024年度法治政府建设情况的报告',
      addressee: '县委、县政府',
      blocks: [
        { kind: 'heading', level: 1, text: '一、主要举措' },
        { kind: 'paragraph', lead: { level: 2, text: '（一）加强领导。' }, text: '全年研究四次。' },
      ],
      signature: '某县教育局',
      date: '2025年1月7日',
    });
    expect(text.split('\n')).toEqual([
      '某县教育局关于2024年度法治政府建设情况的报告',
      '',
      '县委、县政府：',
      '\u3000\u3000一、主要举措',
      '\u3000\u3000（一）加强领导。全年研究四次。',
      '',
      '某县教育局',
      '2025年1月7日',
    ]);
  });
});
