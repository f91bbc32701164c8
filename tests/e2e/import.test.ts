import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxWithHiddenText } from '../helpers/hidden-text-docx';
import { useTempDirs } from '../helpers/temp-dir';
import { hasSamples, sampleText } from '../helpers/samples';
import { ImportPage } from './pages/import-page';
import { LibraryPage } from './pages/library-page';
import { ReportPage } from './pages/report-page';
import { StatusPage } from './pages/status-page';
import { usePreviewSession } from './use-preview-session';

const session = usePreviewSession();
const tempDir = useTempDirs();

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
    expect(await importing.headerField('成文日期').inputValue()).toBe('2025年1月7日');

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

describe('the year of an import whose source names none', () => {
  it('proposes the year the clerk means today and says it was proposed', async () => {
    await session.page.clock.setFixedTime(new Date(2026, 11, 2));
    const importing = new ImportPage(session.page);
    await importing.open(session.url);
    await importing.paste(['县委、县政府：', '全年专题研究法治工作四次。', '培训执法人员60人次。'].join('\n'));
    expect(await importing.headerField('报告年度').inputValue()).toBe('2026');
    await importing.page.getByText('原文没有写明年度，这是按今天的日期推定的，请核对。').waitFor();
  });

  it('keeps the year read from the source without a note', async () => {
    await session.page.clock.setFixedTime(new Date(2026, 11, 2));
    const importing = new ImportPage(session.page);
    await importing.open(session.url);
    await importing.paste(['某县教育局关于2024年度法治政府建设情况的报告', '全年专题研究法治工作四次。'].join('\n'));
    expect(await importing.headerField('报告年度').inputValue()).toBe('2024');
    expect(await importing.page.getByText('这是按今天的日期推定的').count()).toBe(0);
  });
});

describe('mending the structure in review without retyping', () => {
  it('moves leadership out of the measures, splits at the cursor, joins, moves several and sets heading levels', async () => {
    const importing = new ImportPage(session.page);
    await importing.open(session.url);
    await importing.paste(
      [
        '某县教育局关于2024年度法治政府建设情况的报告',
        '一、工作开展情况',
        '（一）党政主要负责人履行推进法治建设第一责任人职责情况',
        '局长全年带头学法四次。',
        '（二）规范执法',
        '全年查处案件12件。部分学校制度执行不到位。',
        '经费保障不足。',
        '培训执法人员',
        '60人次，全部持证上岗。',
        '加强队伍建设',
        '组织业务培训两期。',
        '某县教育局',
        '2025年1月7日',
      ].join('\n'),
    );

    // 工作开展情况 is a weak word for the measures: shown for checking, never as recognised by its heading.
    expect(await importing.part('measures').locator('.confidence').textContent()).toBe('请核对');
    await importing
      .block('党政主要负责人履行推进法治建设第一责任人职责情况')
      .getByRole('button', { name: '移出为单列部分' })
      .click();
    await expect.poll(() => importing.part('leadership').textContent()).toContain('局长全年带头学法四次');

    await importing.splitAt('全年查处案件12件。', '全年查处案件12件。'.length);
    await expect.poll(() => importing.block('部分学校制度执行不到位').count()).toBe(1);
    await importing.joinWithNext('培训执法人员');
    await expect.poll(() => importing.block('培训执法人员60人次，全部持证上岗。').count()).toBe(1);
    await importing.moveSelected(['部分学校制度执行不到位', '经费保障不足'], 'shortcomings');
    await expect
      .poll(() => importing.part('shortcomings').locator('.import-block').allTextContents())
      .toEqual([expect.stringContaining('部分学校制度执行不到位'), expect.stringContaining('经费保障不足')]);
    await importing.makeHeading('加强队伍建设', 3);

    await importing.confirm();
    const report = new ReportPage(session.page);
    await report.part('一、').waitFor();
    expect(await report.headingsIn('一、')).toEqual(['（一）规范执法', '1.加强队伍建设']);
    expect(await report.part('一、').textContent()).toContain('培训执法人员60人次，全部持证上岗。');
    expect(await report.part('二、').textContent()).toContain('经费保障不足');
    expect(await report.part('三、').textContent()).toContain('局长全年带头学法四次');
  });
});

// Issue 16 point 11: last year's report is imported to base this year's on; it was sent long ago.
describe('importing a past report as already sent', () => {
  const YEAR = new Date().getFullYear();
  // Two years back: its deadlines (1 March and 1 April of the next year) have passed whatever today is.
  const PAST = YEAR - 2;
  const TITLE = `某县教育局关于${PAST}年度法治政府建设情况的报告`;

  it('records it as 已公开 on its day in the same step as the import, with no sign-offs, never 逾期', async () => {
    const { page, url } = session;
    const importing = new ImportPage(page);
    await importing.open(url);
    await importing.paste(
      [
        TITLE,
        '县委、县政府：',
        `一、${PAST}年度推进法治政府建设的主要举措和成效`,
        '全年专题研究法治工作四次。',
        '某县教育局',
        `${PAST + 1}年1月7日`,
      ].join('\n'),
    );

    // Proposed ticked, as 已报送并已公开 on the publishing deadline (the report was signed before it).
    const past = importing.pastFields();
    expect(await past.getByLabel('这是往年已报送的报告').isChecked()).toBe(true);
    expect(await past.getByLabel('已报送并已公开').isChecked()).toBe(true);
    expect(await past.getByLabel('公开日期').inputValue()).toBe(`${PAST + 1}年4月1日`);
    await past.getByLabel('已报送', { exact: true }).check();
    expect(await past.getByLabel('报送日期').inputValue()).toBe(`${PAST + 1}年3月1日`);

    // This year's report is not due yet: it goes through the sign-offs, so nothing is offered.
    await importing.headerField('报告年度').fill(String(YEAR));
    await expect.poll(() => past.count()).toBe(0);
    await importing.headerField('报告年度').fill(String(PAST));
    await past.waitFor();

    // A day still to come is refused by the service; the review stays as it was.
    await past.getByLabel('已报送并已公开').check();
    await past.getByLabel('公开日期').fill(`${YEAR + 1}年1月1日`);
    await importing.confirm();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('还没到');
    expect(await importing.part('measures').textContent()).toContain('全年专题研究法治工作四次');

    await past.getByLabel('公开日期').fill(`${PAST + 1}年3月20日`);
    await past.getByLabel('报送方式').selectOption({ label: '电子公文系统' });
    await importing.confirm();

    const report = new ReportPage(page);
    await report.part('一、').waitFor();
    const status = new StatusPage(page);
    await status.openPanel();
    expect(await status.panel().locator('h3 .status-label').textContent()).toBe('已公开');
    expect(await status.recordedReviews().count()).toBe(0);
    const sheet = await status.openReviewSheet();
    expect(await sheet.locator('.status-history li').allTextContents()).toEqual([
      expect.stringContaining(`记为往年已报送：草稿 → 已公开，${PAST + 1}年3月20日，电子公文系统`),
    ]);
    await sheet.getByRole('button', { name: '关闭' }).click();

    const library = new LibraryPage(page);
    await library.open(url);
    const row = library.row(TITLE);
    await expect.poll(() => row.locator('.status-cell').textContent()).toBe('已公开已公开');
    expect(await row.locator('.level-late').count()).toBe(0);
    await status.dashboardAt(url);
    expect(await status.deadlines().allTextContents()).toEqual(['已报送', '已公开']);
  });
});

describe('hidden text in the file', () => {
  it('shows 原文件中有隐藏文字 on the review, imports none of it unless the clerk adds a piece', async () => {
    const file = join(tempDir(), '有隐藏文字的报告.docx');
    writeFileSync(file, await docxWithHiddenText());
    const importing = new ImportPage(session.page);
    await importing.open(session.url);
    await importing.chooseFile(file);

    const notice = importing.hiddenText();
    expect(await notice.getByRole('heading').textContent()).toBe('原文件中有隐藏文字（3 处）');
    expect(await notice.locator('.hidden-text-piece').allTextContents()).toEqual([
      '（内部：实际只查了5次）',
      '张三身份证号',
      '此段为起草说明，不对外。',
    ]);
    expect(await importing.structure().textContent()).not.toMatch(/实际只查了|身份证号|起草说明/);

    await notice.getByRole('listitem').filter({ hasText: '实际只查了' }).getByRole('button').click();
    await expect.poll(() => importing.part('measures').textContent()).toContain('（内部：实际只查了5次）');
    expect(await notice.getByRole('listitem').first().textContent()).toContain('已作为正文加入');

    await importing.confirm();
    const report = new ReportPage(session.page);
    await report.part('一、').waitFor();
    const text = await session.page.locator('.part [contenteditable]').allTextContents();
    expect(text.join()).toContain('（内部：实际只查了5次）');
    expect(text.join()).not.toMatch(/身份证号|起草说明/);
  });
});
