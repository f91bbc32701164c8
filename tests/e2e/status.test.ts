import { describe, expect, it } from 'vitest';
import { deadlineText } from '../../shared/report/deadline-text';
import { deadlinesFor, localDate } from '../../shared/report/deadlines-for';
import type { ReportStatus } from '../../shared/report/report-status';
import { LibraryPage } from './pages/library-page';
import { ReportPage } from './pages/report-page';
import { StatusPage } from './pages/status-page';
import { usePreviewSession } from './use-preview-session';

const session = usePreviewSession();
// This year's report: its deadlines fall next spring, so the days left never run out under the test.
const YEAR = new Date().getFullYear();
const TITLE = `四平市教育局关于${YEAR}年度法治政府建设情况的报告`;
const times = (text: string, n: number) => text.repeat(n);
/** Enough for each required part to reach its target length, with nothing the checks call an error. */
const PARTS: [string, string][] = [
  ['一、', times('全年组织党组理论学习中心组学法4次，开展法治培训12次，审查规范性文件5件，办理行政复议案件2件。', 35)],
  ['二、', times('一是部分学校法治教育形式单一，主要原因是师资力量不足。', 6)],
  ['三、', times('局主要负责人认真履行推进法治建设第一责任人职责，亲自部署重要工作。', 7)],
  ['四、', times(`${YEAR + 1}年，我局将继续深入学习贯彻习近平法治思想，完善依法决策机制。`, 9)],
];

/** What the dashboard should say about the deadlines today for a report in `status`. */
function expectedDeadlines(status: ReportStatus): string[] {
  const { submit, publish } = deadlinesFor(YEAR, undefined, localDate(new Date()), status);
  return [deadlineText(submit), deadlineText(publish)];
}

describe('the path to submission, in the browser preview', () => {
  it('takes a report from 草稿 to 已公开 with every review recorded, the dashboard leading each step', async () => {
    const { page, url } = session;
    const library = new LibraryPage(page);
    const report = new ReportPage(page);
    const status = new StatusPage(page);

    /** Back on the library: the dashboard names the next action and the days left. */
    async function dashboardSays(action: string, reportStatus: ReportStatus) {
      await status.dashboardAt(url);
      await expect
        .poll(() => status.nextAction().getByText(action, { exact: true }).count(), { timeout: 10_000 })
        .toBe(1);
      expect(await status.deadlines().allTextContents()).toEqual(
        expectedDeadlines(reportStatus).map((text) => (text.includes('逾期') ? `逾期 ${text}` : text)),
      );
    }

    /** From the library: opens the report and its 审签报送 panel. */
    async function openStatusPanel() {
      await library.openReport(TITLE);
      await status.openPanel();
    }

    await library.open(url);
    await library.createReport({ organizationName: '四平市教育局', year: YEAR });
    await report.part('一、').waitFor();
    await dashboardSays('补写举措和成效', 'draft');
    expect(await library.row(TITLE).locator('.deadline-badge').textContent()).toBe(expectedDeadlines('draft')[0]);

    await status.followNextAction();
    for (const [heading, text] of PARTS) {
      await report.part(heading).click();
      await page.keyboard.insertText(text);
    }
    await report.headerField('成文日期').fill(`${YEAR + 1}-01-15`);
    await report.headerField('成文日期').blur();
    await report.part('一、').click();
    await report.waitUntilSaved();

    await dashboardSays('形成讨论稿', 'draft');
    await status.followNextAction();
    await status.move('形成讨论稿');
    await dashboardSays('送审', 'discussion');
    await status.followNextAction();
    await status.move('送审签');

    await dashboardSays('记录初审', 'review');
    await status.followNextAction();
    await status.recordReview('初审', '办公室 张科长');
    await dashboardSays('记录复审', 'review');
    await status.followNextAction();
    await status.recordReview('复审', '分管副局长 李明');
    await dashboardSays('记录终审', 'review');
    await status.followNextAction();
    await status.recordReview('终审', '局长 王强', '通过', '同意报送');
    await dashboardSays('定稿', 'review');
    await status.followNextAction();
    await status.move('审签定稿');

    // 已定稿: the text is locked; typing changes nothing and the banner says why.
    await status.frozenBanner().waitFor();
    expect(await status.frozenBanner().textContent()).toContain('报告已定稿，如需修改请先“重新打开”');
    const before = await report.part('一、').textContent();
    await report.part('一、').click();
    await page.keyboard.type('偷偷加一句');
    await page.keyboard.press('Enter');
    await expect.poll(() => report.part('一、').textContent()).toBe(before);
    expect(await report.part('一、').getAttribute('contenteditable')).toBe('false');
    expect(await report.headerField('报告标题').isDisabled()).toBe(true);

    await dashboardSays('导出报送版', 'final');
    // The export dialog is the next action's own screen; the mark is set in the panel.
    await openStatusPanel();
    await status.move('标记为已报送');
    await dashboardSays('保密审查', 'submitted');

    await openStatusPanel();
    await status.recordReview('保密审查', '保密办 赵六');
    await dashboardSays('导出公开版', 'submitted');

    await openStatusPanel();
    await status.move('标记为已公开');
    await dashboardSays('本年度报告已完成', 'published');

    // The review record: every sign-off, ready to print.
    await openStatusPanel();
    expect(await status.recordedReviews().count()).toBe(4);
    await status.panel().getByRole('button', { name: '打印审签记录…' }).click();
    const sheet = page.getByRole('dialog', { name: '审签记录' });
    expect(await sheet.locator('tbody tr').allTextContents()).toEqual([
      expect.stringContaining('初审办公室 张科长'),
      expect.stringContaining('复审分管副局长 李明'),
      expect.stringContaining('终审局长 王强'),
      expect.stringContaining('保密审查保密办 赵六'),
    ]);
    expect(await sheet.locator('.status-history li').count()).toBe(5);
  });
});
