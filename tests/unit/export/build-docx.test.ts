import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../electron/export/docx/build-docx';
import { CHARACTER } from '../../../shared/export/page-geometry';
import {
  exportDocumentFromReport,
  exportDocumentFromText,
  type ExportDocument,
} from '../../../shared/export/export-document';
import { FONT_PROFILES } from '../../../shared/export/font-profiles';
import { readReportText } from '../../../shared/reading/read-report-text';
import { signatureLayout } from '../../../shared/export/signature-layout';
import {
  docxParts,
  effectiveFormatting,
  firstElement,
  hasElement,
  isOn,
  paragraphs,
  runs,
} from '../../helpers/docx-xml';
import { partJson } from '../../helpers/part-json';

const CLEAN = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'reports', 'clean-2024.txt'), 'utf8');
const cleanDoc = () => exportDocumentFromText(readReportText(CLEAN));
const build = async (doc: ExportDocument = cleanDoc(), profile = FONT_PROFILES.standard, boldLevel3 = false) =>
  docxParts(await buildDocx(doc, { profile, boldLevel3 }));
/** The paragraph whose text is `text`, or else the first that contains it. */
const paragraphWith = (xml: string, text: string) =>
  paragraphs(xml).find((paragraph) => paragraph.text === text) ??
  paragraphs(xml).find((paragraph) => paragraph.text.includes(text))!;
/** The formatting in force on each run of the paragraph with `text` (and on the paragraph), as a reader resolves it. */
const inForce = (xml: Record<string, string>, text: string) => {
  const paragraph = paragraphWith(xml['word/document.xml']!, text);
  return runs(paragraph.xml).map((run) => effectiveFormatting(xml['word/styles.xml']!, paragraph, run));
};
/** A report whose measures part holds `contentJson`, ready to export. */
const measuresDoc = (contentJson: string) =>
  exportDocumentFromReport({
    title: '某县教育局关于2024年度法治政府建设情况的报告',
    addressee: '县委、县政府',
    signature: '某县教育局',
    issuedOn: '2025-01-07',
    parts: [
      {
        key: 'measures',
        heading: '2024年度推进法治政府建设的主要举措和成效',
        contentJson,
        plainText: '',
        updatedAt: '2025-01-07T00:00:00.000Z',
      },
    ],
  });

describe('DOCX export', () => {
  it('sets up the A4 page, margins, line grid and footers of GB/T 9704', async () => {
    const xml = await build();
    const document = xml['word/document.xml']!;
    expect(hasElement(document, 'w:pgSz', { 'w:w': 11906, 'w:h': 16838 })).toBe(true);
    expect(
      hasElement(document, 'w:pgMar', {
        'w:top': 2098,
        'w:right': 1474,
        'w:bottom': 1984,
        'w:left': 1588,
        'w:footer': 1200,
      }),
    ).toBe(true);
    expect(hasElement(document, 'w:docGrid', { 'w:type': 'lines', 'w:linePitch': 579 })).toBe(true);
    expect(xml['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    expect(document).toMatch(/<w:footerReference w:type="default" r:id="[^"]+"\/>/);
    expect(document).toMatch(/<w:footerReference w:type="even" r:id="[^"]+"\/>/);
  });

  it('puts "— page —" in 4号 宋体 at the right of odd pages and the left of even pages', async () => {
    const xml = await build();
    const footers = Object.entries(xml)
      .filter(([path]) => /word\/footer\d+\.xml/.test(path))
      .map(([, content]) => content);
    expect(footers).toHaveLength(2);
    for (const footer of footers) {
      expect(footer).toMatch(/<w:fldSimple w:instr="PAGE"/);
      expect(footer).toContain('>— </w:t>');
      expect(footer).toContain('> —</w:t>');
      expect(footer).toContain('w:eastAsia="宋体"');
      expect(footer).toContain('<w:sz w:val="28"/>');
    }
    expect(
      footers.some(
        (footer) => hasElement(footer, 'w:jc', { 'w:val': 'right' }) && hasElement(footer, 'w:ind', { 'w:right': 280 }),
      ),
    ).toBe(true);
    expect(
      footers.some(
        (footer) => hasElement(footer, 'w:jc', { 'w:val': 'left' }) && hasElement(footer, 'w:ind', { 'w:left': 280 }),
      ),
    ).toBe(true);
  });

  it('writes fonts explicitly on every run, in zh-CN, with no theme fonts anywhere', async () => {
    const xml = await build();
    const all = runs(xml['word/document.xml']!).filter((run) => run.text);
    expect(all.length).toBeGreaterThan(20);
    expect(all.some((run) => /^[“”‘’—…]+$/.test(run.text))).toBe(true);
    for (const run of all) {
      // Chinese quotes, dashes and ellipses in the Chinese font in every slot; Latin and digits in Times New Roman.
      const latin = /^[“”‘’—…]+$/.test(run.text) ? '[^"T]+' : 'Times New Roman';
      expect(
        hasElement(run.properties, 'w:rFonts', {
          'w:ascii': latin,
          'w:hAnsi': latin,
          'w:eastAsia': '[^"]+',
          'w:hint': 'eastAsia',
        }),
        run.text,
      ).toBe(true);
      expect(hasElement(run.properties, 'w:lang', { 'w:eastAsia': 'zh-CN' }), run.text).toBe(true);
    }
    for (const content of Object.values(xml)) expect(content).not.toMatch(/w:(ascii|hAnsi|eastAsia|cs)Theme=/);
    expect(xml['word/styles.xml']).toMatch(/<w:docDefaults>.*<w:sz w:val="32"\/>.*<\/w:docDefaults>/s);
  });

  it('gives each element its font and size: title 2号 小标宋, headings 黑体 and 楷体, body 仿宋 at exact 579-twip lines', async () => {
    const xml = await build();
    /** What a reader sees on the paragraph with `text`: its alignment, indent, line spacing, and its first run's font and size. */
    const seen = (text: string) => {
      const effective = inForce(xml, text)[0]!;
      return {
        alignment: firstElement(effective.paragraph, 'w:jc')?.['w:val'],
        firstLine: Number(firstElement(effective.paragraph, 'w:ind')?.['w:firstLine'] ?? 0),
        lines: firstElement(effective.paragraph, 'w:spacing'),
        font: firstElement(effective.run, 'w:rFonts')?.['w:eastAsia'],
        size: Number(firstElement(effective.run, 'w:sz')?.['w:val']),
        bold: isOn(effective.run, 'w:b'),
        characterSpacing: Number(firstElement(effective.run, 'w:spacing')?.['w:val'] ?? 0),
      };
    };
    expect(seen('清河县教育局关于2024年度')).toMatchObject({ alignment: 'center', font: '方正小标宋简体', size: 44 });

    // Flush left: the Normal style's two-character indent is cancelled.
    expect(seen('县委、县政府：')).toMatchObject({ firstLine: 0, font: '仿宋_GB2312', size: 32 });

    expect(seen('一、2024年度推进法治政府建设的主要举措和成效')).toMatchObject({
      firstLine: 2 * CHARACTER,
      font: '黑体',
      size: 32,
      bold: false,
    });
    expect(seen('（一）加强组织领导')).toMatchObject({ font: '楷体_GB2312', size: 32, bold: false });

    expect(seen('局党组全年召开会议')).toEqual({
      alignment: 'both',
      firstLine: 2 * CHARACTER,
      lines: { 'w:before': '0', 'w:after': '0', 'w:line': '579', 'w:lineRule': 'exact' },
      font: '仿宋_GB2312',
      size: 32,
      bold: false,
      characterSpacing: -5,
    });
  });

  it('sets a lead-sentence heading in the heading font and its body in the body font, in one paragraph', async () => {
    const doc = measuresDoc(partJson({ lead: 2, text: '强化组织领导。', body: '全年召开会议4次。' }));
    const paragraph = paragraphWith((await build(doc))['word/document.xml']!, '（一）强化组织领导。全年召开会议4次。');
    const parts = runs(paragraph.xml);
    expect(parts.map((run) => run.text)).toEqual(['（一）强化组织领导。', '全年召开会议4次。']);
    expect(parts[0]!.properties).toContain('w:eastAsia="楷体_GB2312"');
    expect(parts[1]!.properties).toContain('w:eastAsia="仿宋_GB2312"');
  });

  it('places signature and date by the rule, in twips of the printed widths', async () => {
    const document = (await build({ ...cleanDoc(), signature: '清河县教育体育局', date: '2025年1月7日' }))[
      'word/document.xml'
    ]!;
    const layout = signatureLayout('清河县教育体育局', '2025年1月7日');
    expect(
      hasElement(paragraphWith(document, '清河县教育体育局').properties, 'w:ind', { 'w:right': 2 * CHARACTER }),
    ).toBe(true);
    expect(
      hasElement(paragraphWith(document, '2025年1月7日').properties, 'w:ind', {
        'w:right': Math.round(layout.dateRight * CHARACTER),
      }),
    ).toBe(true);
  });

  it('uses the system fonts profile, and bold level-3 headings as an option', async () => {
    const xml = await build(cleanDoc(), FONT_PROFILES.system, true);
    const document = xml['word/document.xml']!;
    const bold = (text: string) => isOn(inForce(xml, text)[0]!.run, 'w:b');
    const title = paragraphWith(document, '清河县教育局关于2024年度');
    expect(title.xml).toContain('w:eastAsia="宋体"');
    expect(bold('清河县教育局关于2024年度')).toBe(true);
    expect(bold('局党组全年召开会议')).toBe(false);
    expect(document).toContain('w:eastAsia="仿宋"');
    expect(document).not.toContain('仿宋_GB2312');
  });

  it('sets level-3 headings and level-3 lead sentences in bold only with the option, and never the body after a lead', async () => {
    const doc = measuresDoc(
      partJson({ heading: 3, text: '1.完善制度' }, { lead: 3, text: '2.强化培训。', body: '全年培训4次。' }),
    );
    for (const boldLevel3 of [false, true]) {
      const xml = await build(doc, FONT_PROFILES.standard, boldLevel3);
      const boldRuns = (text: string) => inForce(xml, text).map((effective) => isOn(effective.run, 'w:b'));
      expect(boldRuns('1.完善制度')).toEqual([boldLevel3]);
      expect(boldRuns('2.强化培训。全年培训4次。')).toEqual([boldLevel3, false]);
    }
  });
});
