import type { DraftBlock } from '../../../shared/report/part-content';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportDocumentFromText } from '../../../shared/export/export-document';
import { readReportText } from '../../../shared/reading/read-report-text';
import { buildDocx } from '../../../electron/export/docx/build-docx';
import { exportDocumentFromReport, type ExportDocument } from '../../../shared/export/export-document';

import { FONT_PROFILES } from '../../../shared/export/font-profiles';
import { layoutPages, lineText } from '../../../shared/export/layout-pages';
import { splitTitle } from '../../../shared/export/split-title';
import { textWidth } from '../../../shared/export/text-width';
import type { PartKey } from '../../../shared/outline/part-key';
import { generatedReport } from '../../helpers/generated-report';
import { partJson } from '../../helpers/part-json';
import { canRender, renderDocx, type PdfLine } from '../../helpers/render-pdf';
import { hasSamples, SAMPLES } from '../../helpers/samples';

const MM = 72 / 25.4;
/** The type area in PDF points: 28 mm from the left, 156 mm wide; 37 mm from the top, 225 mm high. */
const AREA = { left: 28 * MM, right: 184 * MM, top: 37 * MM, bottom: 262 * MM };

// LibreOffice and poppler come from Debian packages that .ci/run installs; without them nothing can be rendered.
describe.skipIf(!canRender)('the exported DOCX rendered by LibreOffice', () => {
  // Long paragraphs, so that most lines of a page are full ones.
  const longParagraphs = (count: number) =>
    partJson(
      ...Array.from(
        { length: count },
        (_, index) =>
          `全年组织干部集中学习法律法规${index + 3}次，覆盖机关全体人员和直属学校负责人，`.repeat(4) +
          '各项工作按计划完成。',
      ),
    );
  const parts = Object.entries({ ...generatedReport(15_000), measures: longParagraphs(30) }).map(
    ([key, contentJson]) => ({
      key: key as PartKey,
      heading: {
        preface: '',
        measures: '2024年度推进法治政府建设的主要举措和成效',
        shortcomings: '2024年度推进法治政府建设存在的不足和原因',
        leadership: '2024年度党政主要负责人履行推进法治建设第一责任人职责情况',
        plans: '2025年推进法治政府建设的主要安排',
      }[key]!,
      contentJson,
      plainText: '',
      updatedAt: '2025-01-07T00:00:00.000Z',
    }),
  );
  // Rendered once, on first use: a skipped suite's body still runs, and must not reach for LibreOffice.
  let once: Promise<ReturnType<typeof renderDocx>> | undefined;
  const render = () =>
    (once ??= (async () =>
      renderDocx(
        await buildDocx(
          exportDocumentFromReport({
            title: '清河县教育局关于2024年度法治政府建设情况的报告',
            addressee: '县委、县政府',
            signature: '清河县教育局',
            issuedOn: '2025-01-07',
            parts,
          }),
          { profile: FONT_PROFILES.standard },
        ),
      ))());
  const bodyLines = (lines: PdfLine[], page: number) =>
    lines.filter((line) => line.page === page && line.y0 < AREA.bottom);
  const footer = (lines: PdfLine[], page: number) => lines.find((line) => line.page === page && line.y0 > AREA.bottom)!;

  it('fills a full page with 22 lines', { timeout: 120_000 }, async () => {
    const { lines, pages } = await render();
    expect(pages).toBeGreaterThan(3);
    for (const page of [2, 3]) expect(new Set(bodyLines(lines, page).map((line) => Math.round(line.y0))).size).toBe(22);
  });

  it('fits 28 characters on a full body line, all inside the type area', { timeout: 120_000 }, async () => {
    const { lines } = await render();
    const body = bodyLines(lines, 2);
    const full = body.filter((line) => line.x0 < AREA.left + 2 && line.x1 > AREA.right - 8);
    expect(full.length).toBeGreaterThan(10);
    for (const line of full) expect(textWidth(line.text)).toBeGreaterThanOrEqual(27.5);
    expect(Math.max(...full.map((line) => textWidth(line.text)))).toBe(28);
    for (const line of lines.filter((candidate) => candidate.y0 < AREA.bottom)) {
      expect(line.x0).toBeGreaterThanOrEqual(AREA.left - 1);
      expect(line.y0).toBeGreaterThanOrEqual(AREA.top - 2);
      // A closing 。 or ， may hang past the right edge, as Chinese typesetting in WPS and Word lets it; nothing else.
      if (line.x1 > AREA.right + 2) {
        expect(line.text.at(-1), line.text).toMatch(/[。，、；：！？”’）]/);
        expect(line.x1).toBeLessThanOrEqual(AREA.right + 16);
      }
    }
  });

  it(
    'numbers pages "— n —", at the left on even pages and the right on odd pages, about 7 mm below the text',
    { timeout: 120_000 },
    async () => {
      const { lines } = await render();
      const middle = (AREA.left + AREA.right) / 2;
      expect(footer(lines, 2).text).toBe('—2—');
      expect(footer(lines, 2).x1).toBeLessThan(middle);
      expect(footer(lines, 3).text).toBe('—3—');
      expect(footer(lines, 3).x0).toBeGreaterThan(middle);
      expect((footer(lines, 3).y0 - AREA.bottom) / MM).toBeGreaterThan(5);
      expect((footer(lines, 3).y0 - AREA.bottom) / MM).toBeLessThan(9);
    },
  );

  it('breaks the long title into two balanced centred lines', { timeout: 120_000 }, async () => {
    const { lines } = await render();
    const [first, second] = lines.filter((line) => line.page === 1).slice(0, 2);
    expect(first!.text).toBe('清河县教育局关于2024年度');
    expect(second!.text).toBe('法治政府建设情况的报告');
    const centre = (line: PdfLine) => (line.x0 + line.x1) / 2;
    expect(Math.abs(centre(first!) - centre(second!))).toBeLessThan(3);
  });
});

// GB/T 9704 7.3.5 measured where it counts: on the printed page.
describe.skipIf(!canRender)('signature and date on the printed page', () => {
  const CHAR_MM = 156 / 28;
  const cases = [
    { signature: '清河县教育局', date: '2025年1月7日' },
    { signature: '教育局', date: '2025年12月17日' },
    { signature: '清河县教育体育局', date: '2025年1月7日' },
  ];
  let once: Promise<{ sealed: boolean; signature: PdfLine; date: PdfLine }[]> | undefined;
  const render = () =>
    (once ??= Promise.all(
      [false, true].flatMap((sealed) =>
        cases.map(async ({ signature, date }) => {
          const doc: ExportDocument = {
            title: '某县教育局关于2024年度法治政府建设情况的报告',
            addressee: '县委、县政府',
            signature,
            date,
            blocks: [{ kind: 'paragraph', lead: null, text: '全年组织集中学习法律法规十二次。' }],
          };
          const { lines } = renderDocx(await buildDocx(doc, { profile: FONT_PROFILES.standard, sealed }));
          return {
            sealed,
            signature: lines.find((line) => line.text === signature)!,
            date: lines.find((line) => line.text === date)!,
          };
        }),
      ),
    ));
  const fromRight = (line: PdfLine) => (AREA.right - line.x1) / MM;

  it(
    'unsealed: date starts two characters right of the signature, the signature or a longer date two from the right',
    { timeout: 180_000 },
    async () => {
      for (const { sealed, signature, date } of await render()) {
        if (sealed) continue;
        expect(Math.abs((date.x0 - signature.x0) / MM - 2 * CHAR_MM), signature.text).toBeLessThan(1);
        expect(
          Math.min(Math.abs(fromRight(signature) - 2 * CHAR_MM), Math.abs(fromRight(date) - 2 * CHAR_MM)),
          signature.text,
        ).toBeLessThan(1);
      }
    },
  );

  it('sealed: date four characters from the right, signature centred over it', { timeout: 180_000 }, async () => {
    for (const { sealed, signature, date } of await render()) {
      if (!sealed) continue;
      expect(Math.abs(fromRight(date) - 4 * CHAR_MM), date.text).toBeLessThan(1);
      expect(Math.abs((signature.x0 + signature.x1) / 2 - (date.x0 + date.x1) / 2) / MM, signature.text).toBeLessThan(
        1,
      );
    }
  });
});

// A paragraph the leader types in WPS carries no formatting of its own: the Normal style must set it like the body.
describe.skipIf(!canRender)('a paragraph with no direct formatting, rendered by LibreOffice', () => {
  it(
    'is set by the Normal style: 2-character indent, 28 characters a line, on the grid',
    { timeout: 120_000 },
    async () => {
      const doc: ExportDocument = {
        title: '某县教育局关于2024年度法治政府建设情况的报告',
        addressee: '县委、县政府',
        signature: '',
        date: '',
        blocks: [{ kind: 'paragraph', lead: null, text: '全年组织集中学习法律法规十二次。' }],
      };
      const zip = await JSZip.loadAsync(await buildDocx(doc, { profile: FONT_PROFILES.standard }));
      const xml = await zip.file('word/document.xml')!.async('string');
      const typed = '法'.repeat(60);
      zip.file('word/document.xml', xml.replace('<w:sectPr', `<w:p><w:r><w:t>${typed}</w:t></w:r></w:p><w:sectPr`));
      const { lines } = renderDocx(await zip.generateAsync({ type: 'nodebuffer' }));
      const own = lines.filter((line) => /^法+$/.test(line.text));
      expect(own.map((line) => line.text.length)).toEqual([26, 28, 6]);
      expect(Math.abs((own[0]!.x0 - AREA.left) / MM - 2 * (156 / 28))).toBeLessThan(1);
      expect(own[1]!.y0 - own[0]!.y0).toBeCloseTo(28.95, 0);
    },
  );
});

// Our own report shaped to hit every page-break case: a heading at a page foot, a table over pages, a closing that overflows.
describe.skipIf(!canRender)('headings, tables and the closing rendered by LibreOffice', () => {
  const han = (count: number) => '法'.repeat(count);
  const paragraphs = (count: number, length = 40): DraftBlock[] =>
    Array.from({ length: count }, () => ({ kind: 'paragraph', lead: null, text: han(length) }));
  const doc = (extra: number): ExportDocument => ({
    title: '某县教育局关于2024年度法治政府建设情况的报告',
    addressee: '县委、县政府',
    signature: '某县教育局',
    date: '2025年1月7日',
    blocks: [
      ...paragraphs(8 + extra),
      { kind: 'heading', level: 1, text: '一、主要举措' },
      { kind: 'heading', level: 2, text: '（一）完善制度' },
      ...paragraphs(1, 20),
      ...paragraphs(8 + extra),
      {
        kind: 'table',
        rows: [
          ['项目', '数量'],
          ...Array.from({ length: 12 }, (_, index) => [
            `第${index + 1}项工作的名称较长需要两行显示`.repeat(2),
            `${index}`,
          ]),
        ],
      },
      ...paragraphs(1, 20),
    ],
  });
  let once: Promise<{ doc: ExportDocument; pages: number; lines: PdfLine[] }[]> | undefined;
  const render = () =>
    (once ??= Promise.all(
      [0, 1].map(async (extra) => ({
        doc: doc(extra),
        ...renderDocx(await buildDocx(doc(extra), { profile: FONT_PROFILES.standard })),
      })),
    ));
  const sorted = (text: string) => [...text.replace(/\s/g, '')].sort().join('');

  it(
    'puts on each page what the page preview shows, table rows and repeated header included',
    { timeout: 180_000 },
    async () => {
      for (const { doc, pages, lines } of await render()) {
        const preview = layoutPages(doc);
        expect(preview.length).toBe(pages);
        for (const page of preview) {
          const printed = lines.filter((line) => line.page === page.number && line.y0 < AREA.bottom);
          expect(sorted(printed.map((line) => line.text).join('')), `page ${page.number}`).toBe(
            sorted(page.lines.map(lineText).join('')),
          );
        }
        // The heading went over with its text; the header row opens every page the table runs onto.
        expect(preview.some((page) => lineText(page.lines[0]!) === '一、主要举措')).toBe(true);
        const tablePages = preview.filter((page) => page.lines.some((line) => line.cells));
        expect(tablePages.length).toBeGreaterThan(1);
        for (const page of tablePages.slice(1)) expect(lineText(page.lines[0]!)).toBe('项目数量');
        // No page with the signature and date alone.
        expect(lines.filter((line) => line.page === pages && line.y0 < AREA.bottom).length).toBeGreaterThan(2);
      }
    },
  );

  it('keeps the body after a table on the 22-line grid', { timeout: 180_000 }, async () => {
    for (const { pages, lines } of await render()) {
      // The date's distance from a body line of page 2 is a whole number of 28.95 pt lines.
      const reference = lines.find((line) => line.page === 2 && line.text.startsWith('法'))!;
      const date = lines.filter((line) => line.page === pages && line.y0 < AREA.bottom).at(-1)!;
      const grid = (line: PdfLine) => (line.y0 - reference.y0) / 28.95;
      expect(Math.abs(grid(date) - Math.round(grid(date)))).toBeLessThan(0.1);
    }
  });
});

// The samples are public documents kept beside the project: without them there is nothing to export.
describe.skipIf(!canRender || !hasSamples)('the real samples exported and rendered', () => {
  // Rendered once, on first use: a skipped suite's body still runs, and must not reach for the samples.
  let once:
    | Promise<{ name: string; doc: ReturnType<typeof exportDocumentFromText>; pages: number; lines: PdfLine[] }[]>
    | undefined;
  const render = () =>
    (once ??= Promise.all(
      readdirSync(SAMPLES)
        .filter((file) => file.endsWith('.txt'))
        .map(async (name) => {
          const doc = exportDocumentFromText(readReportText(readFileSync(join(SAMPLES, name), 'utf8')));
          return { name, doc, ...renderDocx(await buildDocx(doc, { profile: FONT_PROFILES.standard })) };
        }),
    ));

  it(
    'fill every page with 22 lines unless a heading or the closing moved on, numbered "— n —" on alternating sides',
    { timeout: 180_000 },
    async () => {
      for (const { name, doc, pages, lines } of await render()) {
        const body = (page: number) => lines.filter((line) => line.page === page && line.y0 < AREA.bottom);
        for (let page = 1; page < pages; page++) {
          // Page 1 begins with the title block; a later page is full, or the next one opens with a heading kept with its text.
          const next = body(page + 1)[0]!.text;
          if (page > 1 && !/^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+\.)/.test(next))
            expect(new Set(body(page).map((line) => Math.round(line.y0))).size, `${name} page ${page}`).toBe(22);
          const number = lines.find((line) => line.page === page && line.y0 > AREA.bottom)!;
          expect(number.text, `${name} page ${page}`).toBe(`—${page}—`);
          expect(number.x0 > (AREA.left + AREA.right) / 2, `${name} page ${page}`).toBe(page % 2 === 1);
        }
        // GB/T 9704 7.3.1: the title as the preview splits it, no printed line under four characters.
        const titleLines = splitTitle(doc.title).length;
        const printedTitle = body(1).slice(0, titleLines);
        expect(printedTitle.map((line) => line.text).join(''), name).toBe(doc.title.replace(/\s/g, ''));
        for (const line of printedTitle) expect(textWidth(line.text), name).toBeGreaterThanOrEqual(4);
        // GB/T 9704 7.3.5: the signature and date never stand on a page without body text.
        const closing = [doc.signature, doc.date].filter(Boolean).length;
        expect(body(pages).length, name).toBeGreaterThan(closing);
      }
    },
  );

  it(
    'are laid out by the page preview exactly as LibreOffice prints them, page for page',
    { timeout: 180_000 },
    async () => {
      const squeeze = (text: string) => text.replace(/\s/g, '');
      let same = 0;
      let total = 0;
      for (const { name, doc, pages, lines } of await render()) {
        const preview = layoutPages(doc);
        expect(preview.length, name).toBe(pages);
        for (const page of preview) {
          const printed = lines
            .filter((line) => line.page === page.number && line.y0 < AREA.bottom)
            .map((line) => squeeze(line.text));
          const shown = page.lines
            .map(lineText)
            .filter((text) => text !== '')
            .map(squeeze);
          // Each page has as many lines and begins where the printed page begins, give or take a character.
          const [ours, theirs] = [shown[0]!, printed[0]!];
          expect(
            theirs.slice(0, 8).includes(ours.slice(0, 4)) || ours.slice(0, 8).includes(theirs.slice(0, 4)),
            `${name} page ${page.number}: ${ours} / ${theirs}`,
          ).toBe(true);
          expect(shown.length, `${name} page ${page.number}`).toBe(printed.length);
          shown.forEach((text, index) => {
            total++;
            if (text === printed[index]) same++;
          });
        }
      }
      // Within a paragraph a line may break one character apart where quotes meet digits.
      expect(same / total).toBeGreaterThan(0.95);
    },
  );
});
