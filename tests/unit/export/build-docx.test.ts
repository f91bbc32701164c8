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
import { docxParts, hasElement, paragraphs, runs } from '../../helpers/docx-xml';
import { partJson } from '../../helpers/part-json';

const CLEAN = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'reports', 'clean-2024.txt'), 'utf8');
const cleanDoc = () => exportDocumentFromText(readReportText(CLEAN));
const build = async (doc: ExportDocument = cleanDoc(), profile = FONT_PROFILES.standard, boldLevel3 = false) =>
  docxParts(await buildDocx(doc, { profile, boldLevel3 }));
/** The paragraph whose text is `text`, or else the first that contains it. */
const paragraphWith = (xml: string, text: string) =>
  paragraphs(xml).find((paragraph) => paragraph.text === text) ??
  paragraphs(xml).find((paragraph) => paragraph.text.includes(text))!;

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
    const document = (await build())['word/document.xml']!;
    const title = paragraphWith(document, '清河县教育局关于2024年度');
    expect(title.properties).toContain('<w:jc w:val="center"/>');
    expect(title.xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(title.xml).toContain('<w:sz w:val="44"/>');

    const addressee = paragraphWith(document, '县委、县政府：');
    // Flush left: the Normal style's two-character indent is cancelled.
    expect(hasElement(addressee.properties, 'w:ind', { 'w:firstLine': 0 })).toBe(true);

    const part = paragraphWith(document, '一、2024年度推进法治政府建设的主要举措和成效');
    expect(part.xml).toContain('w:eastAsia="黑体"');
    expect(hasElement(part.properties, 'w:ind', { 'w:firstLine': 2 * CHARACTER })).toBe(true);

    const section = paragraphWith(document, '（一）加强组织领导');
    expect(section.xml).toContain('w:eastAsia="楷体_GB2312"');

    const body = paragraphWith(document, '局党组全年召开会议');
    expect(body.xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(body.xml).toContain('<w:spacing w:val="-5"/>');
    expect(
      hasElement(body.properties, 'w:spacing', { 'w:before': 0, 'w:after': 0, 'w:line': 579, 'w:lineRule': 'exact' }),
    ).toBe(true);
    expect(body.properties).toContain('<w:jc w:val="both"/>');
  });

  it('sets a lead-sentence heading in the heading font and its body in the body font, in one paragraph', async () => {
    const doc = exportDocumentFromReport({
      title: '某县教育局关于2024年度法治政府建设情况的报告',
      addressee: '县委、县政府',
      signature: '某县教育局',
      issuedOn: '2025-01-07',
      parts: [
        {
          key: 'measures',
          heading: '2024年度推进法治政府建设的主要举措和成效',
          contentJson: partJson({ lead: 2, text: '强化组织领导。', body: '全年召开会议4次。' }),
          plainText: '',
          updatedAt: '2025-01-07T00:00:00.000Z',
        },
      ],
    });
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
    const document = (await build(cleanDoc(), FONT_PROFILES.system, true))['word/document.xml']!;
    const title = paragraphWith(document, '清河县教育局关于2024年度');
    expect(title.xml).toContain('w:eastAsia="宋体"');
    expect(title.xml).toContain('<w:b/>');
    expect(document).toContain('w:eastAsia="仿宋"');
    expect(document).not.toContain('仿宋_GB2312');
  });
});
