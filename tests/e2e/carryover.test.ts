import { describe, expect, it } from 'vitest';
import { CarryoverPage } from './pages/carryover-page';
import { LibraryPage } from './pages/library-page';
import { ReportPage } from './pages/report-page';
import { usePreviewSession } from './use-preview-session';

const session = usePreviewSession();

/** Last year's report, written through the editor: two measures paragraphs and three plan lines. */
async function writeLastYear(): Promise<ReportPage> {
  const library = new LibraryPage(session.page);
  await library.open(session.url);
  await library.createReport({ organizationName: '四平市教育局', year: 2023 });
  const report = new ReportPage(session.page);
  await report.part('一、').click();
  await session.page.keyboard.type('2023年，全年制发规范性文件5件。');
  await session.page.keyboard.press('Enter');
  await session.page.keyboard.type('召开专题会议4次。');
  await report.part('四、').click();
  await session.page.keyboard.type('2024年，我局将继续深化依法治校。');
  await session.page.keyboard.press('Enter');
  await session.page.keyboard.type('一是建设智慧校园安防平台。');
  await session.page.keyboard.press('Enter');
  await session.page.keyboard.type('二是修订教育行政处罚裁量基准。');
  await report.waitUntilSaved();
  return report;
}

describe('基于上一年度报告新建, in the browser preview', () => {
  it("carries last year's text over marked 沿用待更新, offers its years one by one and lists its promises", async () => {
    const lastYear = await writeLastYear();
    await lastYear.backToLibrary();
    const carryover = new CarryoverPage(session.page);
    await carryover.createNextYearFrom('四平市教育局关于2023年度法治政府建设情况的报告');

    const report = new ReportPage(session.page);
    await expect.poll(() => report.title().textContent()).toBe('四平市教育局关于2024年度法治政府建设情况的报告');
    const measures = report.part('一、');
    await expect.poll(() => carryover.carriedOver(measures).count()).toBe(2);
    await expect.poll(() => carryover.carriedOver(report.part('四、')).count()).toBe(3);
    await report.panelTab('检查').click();
    await expect.poll(() => report.findings('carryover-unedited').count()).toBe(5);

    // Editing a paragraph takes its mark and its finding away.
    await measures.locator('p').nth(1).click();
    await session.page.keyboard.press('End');
    await session.page.keyboard.type('另建成智慧校园安防平台，覆盖全县中小学。');
    await expect.poll(() => carryover.carriedOver(measures).count()).toBe(1);
    await expect.poll(() => report.findings('carryover-unedited').count()).toBe(4);

    // 承诺兑现: one promise reported on, one not.
    await report.panelTab('写作要点').click();
    await expect
      .poll(() => carryover.commitment('建设智慧校园安防平台').getByRole('button').textContent())
      .toBe('已写落实情况：查看');
    await expect
      .poll(() => carryover.commitment('修订教育行政处罚裁量基准').getByRole('button').textContent())
      .toBe('尚未写落实情况');

    // 年份核对: nothing changes until a click; the applied year keeps the paragraph 沿用待更新.
    await expect.poll(() => measures.locator('p').first().textContent()).toBe('2023年，全年制发规范性文件5件。');
    await carryover.yearOffer('全年制发规范性').getByRole('button', { name: '改为2024年' }).click();
    await expect.poll(() => measures.locator('p').first().textContent()).toBe('2024年，全年制发规范性文件5件。');
    await expect.poll(() => carryover.carriedOver(measures).count()).toBe(1);
    await expect.poll(() => carryover.yearOffer('全年制发规范性').count()).toBe(0);
    await carryover.yearOffer('我局将继续').getByRole('button', { name: '保留' }).click();
    await expect.poll(() => carryover.yearCheck().count()).toBe(0);
    await expect
      .poll(() => report.part('四、').locator('p').first().textContent())
      .toBe('2024年，我局将继续深化依法治校。');

    // The choices are saved with the text: after a reload nothing is offered again.
    await report.waitUntilSaved();
    await session.page.reload();
    await measures.waitFor();
    await expect.poll(() => carryover.carriedOver(measures).count()).toBe(1);
    await carryover.commitments().waitFor();
    expect(await carryover.yearCheck().count()).toBe(0);
  });

  it('refuses a second report for the same year and says what to do', async () => {
    const lastYear = await writeLastYear();
    await lastYear.backToLibrary();
    const carryover = new CarryoverPage(session.page);
    await carryover.createNextYearFrom('四平市教育局关于2023年度法治政府建设情况的报告');
    await new ReportPage(session.page).part('一、').waitFor();
    await new ReportPage(session.page).backToLibrary();
    await carryover.createNextYearFrom('四平市教育局关于2023年度法治政府建设情况的报告');
    await expect.poll(() => session.page.getByRole('alert').textContent()).toContain('已有2024年度的报告');
    expect(await new LibraryPage(session.page).titles()).toHaveLength(2);
  });

  it("offers last year's report as the starting point in 新建报告", async () => {
    const lastYear = await writeLastYear();
    await lastYear.backToLibrary();
    const library = new LibraryPage(session.page);
    await library.startNewReport({ organizationName: '四平市教育局', year: 2024 });
    await library.form.getByLabel(/^基于2023年度报告新建/).check();
    await library.form.getByRole('button', { name: '创建报告' }).click();

    const report = new ReportPage(session.page);
    await expect.poll(() => report.title().textContent()).toBe('四平市教育局关于2024年度法治政府建设情况的报告');
    await expect.poll(() => new CarryoverPage(session.page).carriedOver(report.part('一、')).count()).toBe(2);
  });
});
