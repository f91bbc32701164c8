import { describe, expect, it } from 'vitest';
import { hasSamples, sampleText } from '../helpers/samples';
import { ImportPage } from './pages/import-page';
import { ReportPage } from './pages/report-page';
import { usePreviewSession } from './use-preview-session';

const session = usePreviewSession();

/** What each real sample must land as after review: its parts in order (the expectations). */
const EXPECTED: [string, string[], Record<string, string>][] = [
  ['000', ['measures', 'shortcomings', 'leadership', 'plans'], { 单位名称: '四平市教育局', 报告年度: '2024' }],
  ['001', ['measures', 'leadership', 'shortcomings'], { 单位名称: '海安市教育体育局', 报告年度: '2023' }],
  ['002', ['measures', 'plans'], { 报告年度: '2022' }],
  ['003', ['measures', 'shortcomings', 'leadership', 'plans'], { 主送机关: '区政府', 报告年度: '2023' }],
  ['004', ['measures', 'shortcomings'], { 报告年度: '2024' }],
];

// The samples are public documents kept beside the project: without them there is nothing to import.
describe.skipIf(!hasSamples)('importing the real samples through the preview', () => {
  it.each(EXPECTED)(
    'sample %s lands in the right parts after review',
    { timeout: 90_000 },
    async (prefix, parts, facts) => {
      const importing = new ImportPage(session.page);
      await importing.open(session.url);
      await importing.paste(sampleText(prefix));
      const places = (await importing.places()).filter(
        (key) => key !== 'preface' && key !== 'unassigned' && key !== 'other',
      );
      expect(places).toEqual(parts);
      for (const [label, value] of Object.entries(facts))
        expect(await importing.headerField(label as '单位名称').inputValue(), label).toBe(value);

      await importing.confirm();
      const report = new ReportPage(session.page);
      await report.part('一、').waitFor();
      // Every detected part now holds text in the report; the ones the sample lacks stay empty.
      const written = await session.page
        .locator('.part')
        .evaluateAll((sections) =>
          sections
            .filter((section) => (section.querySelector('[contenteditable]')?.textContent ?? '').trim() !== '')
            .map((section) => section.getAttribute('data-part')),
        );
      for (const key of parts) expect(written, key).toContain(key);
      expect(written.filter((key) => ['measures', 'shortcomings', 'leadership', 'plans'].includes(key!))).toHaveLength(
        parts.length,
      );
    },
  );
});

describe('reviewing an import before it is saved', () => {
  it('moves a block to another part and marks a line as a heading before anything is saved', async () => {
    const importing = new ImportPage(session.page);
    await importing.open(session.url);
    await importing.paste(
      [
        '某县教育局关于2024年度法治政府建设情况的报告',
        '县委、县政府：',
        '一、2024年度推进法治政府建设的主要举措和成效',
        '全年专题研究法治工作四次。',
        '部分学校法治副校长作用发挥不够，主要是考核机制不健全。',
        '加强法治队伍建设',
        '培训执法人员60人次。',
        '某县教育局',
        '2025年1月7日',
      ].join('\n'),
    );
    expect(await importing.headerField('成文日期').inputValue()).toBe('2025-01-07');

    const measures = importing.part('measures');
    await measures
      .locator('.import-block', { hasText: '部分学校法治副校长' })
      .getByLabel('移到')
      .selectOption('shortcomings');
    await expect.poll(() => importing.part('shortcomings').textContent()).toContain('部分学校法治副校长');
    await measures
      .locator('.import-block', { hasText: '加强法治队伍建设' })
      .getByRole('button', { name: '设为标题' })
      .click();
    await importing.confirm();

    const report = new ReportPage(session.page);
    await report.part('一、').waitFor();
    expect(await report.headingsIn('一、')).toEqual(['（一）加强法治队伍建设']);
    expect(await report.part('二、').textContent()).toContain('考核机制不健全');
  });
});
