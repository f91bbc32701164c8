import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import validate from '@ooxml-tools/validate';
import { describe, expect, it } from 'vitest';
import { buildDocx, type DocxOptions } from '../../../electron/export/docx/build-docx';
import { exportDocumentFromText, type ExportDocument } from '../../../shared/export/export-document';
import { FONT_PROFILES } from '../../../shared/export/font-profiles';
import { readReportText } from '../../../shared/reading/read-report-text';
import { docxParts, hasElement, paragraphs } from '../../helpers/docx-xml';

const CLEAN = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'reports', 'clean-2024.txt'), 'utf8');
const cleanDoc = (): ExportDocument => exportDocumentFromText(readReportText(CLEAN));
const withTable = (): ExportDocument => ({
  ...cleanDoc(),
  blocks: [
    ...cleanDoc().blocks,
    {
      kind: 'table',
      rows: [['项目', '数量'], ...Array.from({ length: 30 }, (_, index) => [`第${index}项`, `${index}`])],
    },
  ],
});
const standard = { profile: FONT_PROFILES.standard };

/** A style's XML from styles.xml by id. */
const style = (styles: string, id: string) =>
  new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`, 's').exec(styles)?.[0];

describe('the DOCX package', () => {
  it('has real styles: Normal is the 3号 仿宋 body, four black headings with outline levels, a title, a footer', async () => {
    const styles = (await docxParts(await buildDocx(cleanDoc(), standard)))['word/styles.xml']!;
    const normal = style(styles, 'Normal')!;
    expect(normal).toContain('w:eastAsia="仿宋_GB2312"');
    expect(hasElement(normal, 'w:sz', { 'w:val': 32 })).toBe(true);
    expect(hasElement(normal, 'w:spacing', { 'w:line': 579, 'w:lineRule': 'exact' })).toBe(true);
    expect(hasElement(normal, 'w:spacing', { 'w:val': -5 })).toBe(true);
    expect(hasElement(normal, 'w:jc', { 'w:val': 'both' })).toBe(true);
    expect(hasElement(normal, 'w:ind', { 'w:firstLine': 632 })).toBe(true);
    const fonts = { 1: '黑体', 2: '楷体_GB2312', 3: '仿宋_GB2312', 4: '仿宋_GB2312' };
    for (const level of [1, 2, 3, 4] as const) {
      const heading = style(styles, `Heading${level}`)!;
      expect(heading, `Heading${level}`).toContain(`w:eastAsia="${fonts[level]}"`);
      expect(hasElement(heading, 'w:outlineLvl', { 'w:val': level - 1 })).toBe(true);
      expect(hasElement(heading, 'w:color', { 'w:val': '000000' })).toBe(true);
      expect(heading).toContain('<w:keepNext/>');
    }
    expect(style(styles, 'Title')).toContain('w:eastAsia="方正小标宋简体"');
    expect(style(styles, 'Footer')).toContain('w:eastAsia="宋体"');
    // None of the library's defaults: no blue, no Heading5/6, no hyperlink or footnote styles.
    expect(styles).not.toMatch(/2E74B5|1F4D78|Heading5|Heading6|Hyperlink|FootnoteText|ListParagraph/);
    const ids = [...styles.matchAll(/w:styleId="([^"]+)"/g)].map((match) => match[1]);
    expect(ids.sort()).toEqual(
      [
        'DefaultParagraphFont',
        'Footer',
        'Header',
        'Heading1',
        'Heading2',
        'Heading3',
        'Heading4',
        'NoList',
        'Normal',
        'TableNormal',
        'Title',
      ].sort(),
    );
  });

  it('tags each heading with its style, so 导航窗格 and 目录 find the outline', async () => {
    const document = (await docxParts(await buildDocx(cleanDoc(), standard)))['word/document.xml']!;
    const heading = paragraphs(document).find((paragraph) => paragraph.text.startsWith('一、'))!;
    expect(heading.properties).toContain('<w:pStyle w:val="Heading1"/>');
    const title = paragraphs(document)[0]!;
    expect(title.properties).toContain('<w:pStyle w:val="Title"/>');
  });

  it('declares font fallbacks, Times New Roman and 宋体 as theme fonts, a stored page number and the author', async () => {
    const parts = await docxParts(await buildDocx(cleanDoc(), { ...standard, author: '清河县教育局' }));
    const table = parts['word/fontTable.xml']!;
    const font = (name: string) => new RegExp(`<w:font w:name="${name}">.*?</w:font>`).exec(table)?.[0] ?? '';
    expect(font('仿宋_GB2312')).toContain('<w:altName w:val="仿宋"/>');
    expect(font('仿宋_GB2312')).toContain('<w:charset w:val="86"/>');
    expect(font('楷体_GB2312')).toContain('<w:altName w:val="楷体"/>');
    expect(font('方正小标宋简体')).toContain('<w:altName w:val="宋体"/>');
    const theme = parts['word/theme/theme1.xml']!;
    expect(theme).not.toMatch(/Calibri|等线/);
    expect(theme).toContain('<a:latin typeface="Times New Roman"');
    expect(theme).toContain('<a:ea typeface="宋体"/>');
    for (const footer of Object.entries(parts).filter(([path]) => /footer\d/.test(path)))
      expect(footer[1]).toMatch(
        /<w:fldSimple w:instr="PAGE"[^>]*><w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t[^>]*>1<\/w:t>/,
      );
    expect(parts['docProps/core.xml']).toContain('<dc:creator>清河县教育局</dc:creator>');
    expect(parts['docProps/core.xml']).not.toContain('Un-named');
  });

  it('marks an export that is not final at the top of every page', async () => {
    const parts = await docxParts(await buildDocx(cleanDoc(), { ...standard, draftMark: '讨论稿' }));
    const headers = Object.entries(parts).filter(([path]) => /word\/header\d+\.xml/.test(path));
    expect(headers.length).toBeGreaterThanOrEqual(2);
    for (const [, header] of headers) expect(header).toContain('>讨论稿</w:t>');
    const final = await docxParts(await buildDocx(cleanDoc(), standard));
    expect(Object.keys(final).some((path) => /word\/header\d+\.xml/.test(path))).toBe(false);
  });

  const variants: [string, ExportDocument, DocxOptions][] = [
    ['submission', cleanDoc(), standard],
    ['public', { ...cleanDoc(), addressee: '' }, { ...standard, draftMark: '征求意见稿' }],
    ['sealed', cleanDoc(), { ...standard, sealed: true, author: '清河县教育局' }],
    ['tables', withTable(), { ...standard, draftMark: '讨论稿' }],
    ['system fonts', cleanDoc(), { profile: FONT_PROFILES.system, boldLevel3: true }],
  ];
  it.each(variants)(
    'passes the Open XML SDK validator with no errors: %s',
    { timeout: 60_000 },
    async (_, doc, options) => {
      const errors = await validate(new Uint8Array(await buildDocx(doc, options)), 'docx', 'Microsoft365');
      expect(errors.map((error) => `${error.path.partUri} ${error.path.xpath}: ${error.description}`)).toEqual([]);
    },
  );
});
