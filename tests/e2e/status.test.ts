import { describe, expect, it } from 'vitest';
import { deadlineText } from '../../shared/status/deadline-text';
import { formatIssueDate } from '../../shared/report/format-issue-date';
import { deadlinesFor, localDate } from '../../shared/status/deadlines-for';
import type { ReportStatus } from '../../shared/status/report-status';
import { openNewReport } from './open-new-report';
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
    // 初审 came back with a correction made before 复审: allowed, and kept on the record (point 12).
    await report.part('三、').click();
    await page.keyboard.press('End');
    await page.keyboard.insertText('按初审意见补充。');
    await report.waitUntilSaved();
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
    // 标记为已报送 asks when (today unless changed) and how (point 13).
    expect(await status.markSubmitted('电子公文系统')).toBe(formatIssueDate(localDate(new Date())));
    await dashboardSays('保密审查', 'submitted');

    await openStatusPanel();
    await status.recordReview('保密审查', '保密办 赵六');
    await dashboardSays('导出公开版', 'submitted');

    await openStatusPanel();
    await status.move('标记为已公开');
    await dashboardSays('本年度报告已完成', 'published');

    // The review record: every sign-off, ready to print.
    await openStatusPanel();
    await expect.poll(() => status.recordedReviews().count()).toBe(4);
    expect(await status.recordedReviews().first().textContent()).toContain('此后正文有改动：第一责任人职责');
    const sheet = await status.openReviewSheet();
    expect(await sheet.locator('tbody tr').allTextContents()).toEqual([
      expect.stringMatching(/^初审办公室 张科长.*此后正文有改动：第一责任人职责（最后改动 /),
      expect.not.stringContaining('此后正文有改动'),
      expect.not.stringContaining('此后正文有改动'),
      expect.stringContaining('保密审查保密办 赵六'),
    ]);
    const history = await sheet.locator('.status-history li').allTextContents();
    expect(history).toHaveLength(5);
    expect(history[3]).toContain(
      `标记为已报送：已定稿 → 已报送，${formatIssueDate(localDate(new Date()))}，电子公文系统`,
    );
  });

  it('leads with the report due soonest, lists the others, and records an old report as sent in one step', async () => {
    const { page, url } = session;
    const library = new LibraryPage(page);
    const report = new ReportPage(page);
    const status = new StatusPage(page);
    const titleOf = (year: number) => `四平市教育局关于${year}年度法治政府建设情况的报告`;

    await library.open(url);
    // This year's report is due next spring; next year's a year later, however new it is (point 10).
    await library.createReport({ organizationName: '四平市教育局', year: YEAR });
    await report.part('一、').waitFor();
    await report.part('一、').click();
    await page.keyboard.insertText('全年组织法治培训12次。');
    await report.waitUntilSaved();
    await library.open(url);
    await library.createReport({ organizationName: '四平市教育局', year: YEAR + 1 });
    await report.part('一、').waitFor();
    await library.open(url);
    await library.createReport({ organizationName: '四平市教育局', year: YEAR - 2 });
    await report.part('一、').waitFor();

    await status.dashboardAt(url);
    await expect.poll(() => status.dashboardTitle().textContent()).toBe(`${YEAR}年度 · ${TITLE}`);
    // A part begun but short of its length is 撰写中, as in the outline (point 14).
    expect(await status.completeness().textContent()).toContain('必写部分 4 项：撰写中 1、未写 3');
    const others = await status.otherReports().allTextContents();
    expect(others).toEqual([
      expect.stringContaining(`${YEAR + 1}年度 · ${titleOf(YEAR + 1)}`),
      expect.stringMatching(new RegExp(`^${YEAR - 2}年度 · ${titleOf(YEAR - 2)} 草稿 逾期 报送已逾期`)),
    ]);

    // The old draft was sent long ago: one step, on its day, no sign-offs made up (point 11).
    await library.openReport(titleOf(YEAR - 2));
    await status.openPanel();
    await status.recordPastReport('已报送并已公开', `${YEAR - 1}-02-26`);
    expect(await status.panel().locator('h3 .status-label').textContent()).toBe('已公开');
    expect(await status.recordedReviews().count()).toBe(0);
    const sheet = await status.openReviewSheet();
    expect(await sheet.locator('.status-history li').allTextContents()).toEqual([
      expect.stringContaining(`记为往年已报送：草稿 → 已公开，${YEAR - 1}年2月26日`),
    ]);
    await sheet.getByRole('button', { name: '关闭' }).click();

    await status.dashboardAt(url);
    await expect
      .poll(() => status.otherReports().allTextContents())
      .toEqual([
        expect.stringContaining(`${YEAR + 1}年度`),
        expect.stringMatching(new RegExp(`^${YEAR - 2}年度.*已公开 已公开$`)),
      ]);
    expect(await status.dashboardTitle().textContent()).toBe(`${YEAR}年度 · ${TITLE}`);
  });

  it('takes a sending date as typed, shows it as 2026年1月7日 and refuses a day that does not exist', async () => {
    await openNewReport(session);
    const status = new StatusPage(session.page);
    await status.openPanel();
    await status.panel().getByRole('button', { name: '这是往年已报送的报告…' }).click();
    const form = status.panel().getByRole('form', { name: '这是往年已报送的报告' });
    const date = form.getByLabel('报送日期');
    await date.fill('2025.2.3');
    await date.blur();
    expect(await date.inputValue()).toBe('2025年2月3日');

    await date.fill('2025/2/31');
    await form.getByRole('button', { name: '记为已报送' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toContain('“2025/2/31”不是有效的日期');
    expect(await status.panel().locator('h3 .status-label').textContent()).toBe('草稿');

    await date.fill('2025-2-26');
    await form.getByRole('button', { name: '记为已报送' }).click();
    await expect.poll(() => status.panel().locator('h3 .status-label').textContent()).toBe('已报送');
    const sheet = await status.openReviewSheet();
    expect(await sheet.locator('.status-history li').allTextContents()).toEqual([
      expect.stringContaining('记为往年已报送：草稿 → 已报送，2025年2月26日'),
    ]);
  });

  it('closes the 审签记录 on Esc and gives the focus back to the button that opened it', async () => {
    await openNewReport(session);
    const status = new StatusPage(session.page);
    await status.openPanel();
    const sheet = await status.openReviewSheet();
    await session.page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    await expect.poll(() => session.page.evaluate(() => document.activeElement?.textContent)).toBe('打印审签记录…');
  });
});
