import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNewReport } from './open-new-report';
import { ExportPage } from './pages/export-page';
import { usePreviewSession } from './use-preview-session';

const session = usePreviewSession();

/** A new report with one paragraph of measures (and a phone number in it), opened for export. */
async function openExport(paragraph: string) {
  const report = await openNewReport(session);
  await report.part('一、').click();
  await session.page.keyboard.type(paragraph);
  await session.page.getByRole('button', { name: '导出', exact: true }).click();
  const exporting = new ExportPage(session.page);
  await exporting.pages().first().waitFor();
  return exporting;
}

describe('export from the app, in the browser preview', () => {
  it('draws the first sheets at once and a later one when it is scrolled to', async () => {
    const report = await openNewReport(session);
    await report.part('一、').click();
    await session.page.keyboard.insertText('全年组织干部集中学习法律法规，覆盖机关全体人员。'.repeat(300));
    await session.page.getByRole('button', { name: '导出', exact: true }).click();
    const exporting = new ExportPage(session.page);
    await exporting.pages().first().locator('.page-line').first().waitFor();
    const count = await exporting.pages().count();
    expect(count).toBeGreaterThan(5);
    const last = exporting.pages().nth(count - 1);
    expect(await last.locator('.page-line').count()).toBe(0);
    await last.scrollIntoViewIfNeeded();
    await last.locator('.page-line').first().waitFor();
    expect((await exporting.lines(count)).length).toBeGreaterThan(0);
  });

  it('shows the pages as they will print and saves 报送版 as a DOCX', async () => {
    const exporting = await openExport('全年召开局党组会议专题研究法治工作4次，印发年度工作要点，明确12项重点任务。');
    const lines = await exporting.lines(1);
    expect(lines[0]).toBe('四平市教育局关于2024年度');
    expect(lines[1]).toBe('法治政府建设情况的报告');
    expect(lines).toContain('一、2024年度推进法治政府建设的主要举措和成效');
    // The paragraph typed a moment ago, before autosave ran, is on the page.
    expect(lines.join('')).toContain('全年召开局党组会议专题研究法治工作4次');
    expect(await exporting.pageNumber(1).textContent()).toBe('— 1 —');
    expect(await exporting.pageNumber(1).getAttribute('class')).toContain('odd');
    // This machine has none of the official fonts: the pages are shown in the open fonts bundled with the app.
    expect(await exporting.loadedFonts()).toEqual(
      expect.arrayContaining(['Fazhi Preview Title', 'Fazhi Preview Serif', 'Fazhi Preview Sans']),
    );

    expect(await exporting.screen().locator('.export-mark').textContent()).toContain(
      '文件将标注为“报送版（草稿，非定稿）”',
    );
    expect(await exporting.screen().locator('.export-mark').textContent()).toContain('每页右上角印“讨论稿”');
    // The preview shows the mark where the file prints it.
    expect(await exporting.screen().locator('section.page').first().locator('.draft-mark').textContent()).toBe(
      '讨论稿',
    );
    await exporting.exportButton().click();
    await expect.poll(() => exporting.status().textContent()).toMatch(/^已导出报送版（草稿，非定稿）：/);
    expect(
      existsSync(
        join(session.dataDir, '导出', '《四平市教育局关于2024年度法治政府建设情况的报告》（报送版·讨论稿）.docx'),
      ),
    ).toBe(true);
  });

  it('holds back 公开版 until the personal details found are reviewed', async () => {
    const exporting = await openExport('设立咨询电话13812345678，全年受理群众咨询120件。');
    await exporting.choose('公开版');
    await expect.poll(() => exporting.privacyReview().textContent()).toContain('还有 1 处可能含个人信息');
    expect(await exporting.exportButton().isDisabled()).toBe(true);

    await exporting.confirmPublishable('这是单位对外公布的咨询电话，可以公开');
    await expect.poll(() => exporting.privacyReview().textContent()).toContain('可以导出公开版');
    await exporting.exportButton().click();
    await expect.poll(() => exporting.status().textContent()).toMatch(/^已导出公开版（草稿，非定稿）：/);
    expect(
      existsSync(
        join(session.dataDir, '导出', '《四平市教育局关于2024年度法治政府建设情况的报告》（公开版·讨论稿）.docx'),
      ),
    ).toBe(true);
  });

  it('copies the whole report as plain text for a website editor', async () => {
    const exporting = await openExport('全年开展普法活动20场。');
    await session.page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(session.url).origin });
    await exporting.screen().getByRole('button', { name: '复制为纯文本' }).click();
    await expect.poll(() => exporting.status().textContent()).toMatch(/^已复制全文/);
    const copied = await session.page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n').slice(0, 2)).toEqual(['四平市教育局关于2024年度法治政府建设情况的报告', '']);
    expect(copied).toContain('\u3000\u3000全年开展普法活动20场。');
  });
});
