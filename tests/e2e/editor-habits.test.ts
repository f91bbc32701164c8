import { describe, expect, it } from 'vitest';
import { openNewReport } from './open-new-report';
import type { ReportPage } from './pages/report-page';
import { usePreviewSession } from './use-preview-session';

const session = usePreviewSession({ width: 1366, height: 768 });

/** The table of a part as rows of cell texts. */
const tableOf = (report: ReportPage, partStart: string) =>
  report
    .part(partStart)
    .locator('table tr')
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? '')));

describe('writing habits of a WPS user, in the browser preview', () => {
  it('saves at once on Ctrl+S and says 已保存', async () => {
    const report = await openNewReport(session);
    await session.page.keyboard.press('Control+s');
    await report.saveStatus().and(session.page.locator('.saved')).waitFor({ timeout: 2000 });

    await report.part('一、').click();
    await session.page.keyboard.type('全年开展执法检查12次。');
    await session.page.keyboard.press('Control+s');
    // Sooner than the autosave's quiet second: the save came from the key.
    await session.page.locator('.save-status.saved').waitFor({ timeout: 700 });
    expect(await report.saveStatus().textContent()).toMatch(/^已保存 /);
    await session.page.reload();
    await expect.poll(() => report.part('一、').textContent()).toBe('全年开展执法检查12次。');
  });

  it('keeps Tab in the part being written', async () => {
    const report = await openNewReport(session);
    await report.part('一、').click();
    await session.page.keyboard.type('开展普法');
    await session.page.keyboard.press('Tab');
    await session.page.keyboard.type('活动');
    expect(await report.part('一、').textContent()).toBe('开展普法活动');
    expect(await report.part('二、').textContent()).toBe('');
  });

  it('makes a line typed with （一） / 1. a heading as it is typed, and drops a typed number made a heading', async () => {
    const report = await openNewReport(session);
    await report.part('一、').click();
    await session.page.keyboard.type('（一）加强组织领导');
    await session.page.keyboard.press('Enter');
    await session.page.keyboard.type('1.健全工作机制');
    await session.page.keyboard.press('Enter');
    await session.page.keyboard.type('全年召开会议4次。');
    await expect.poll(() => report.headingsIn('一、')).toEqual(['（一）加强组织领导', '1.健全工作机制']);
    expect(await report.part('一、').locator('.editor-paragraph').last().textContent()).toBe('全年召开会议4次。');

    // A number typed in front of old words, then the toolbar: the number is computed, not doubled.
    await session.page.keyboard.press('Enter');
    await session.page.keyboard.type('完善制度');
    await report.press('Home');
    await session.page.keyboard.type('（二）');
    await report.toolbarButton('标题（一）').click();
    await expect
      .poll(() => report.headingsIn('一、'))
      .toEqual(['（一）加强组织领导', '1.健全工作机制', '（二）完善制度']);
  });

  it('flags a doubled heading number and fixes it in one click', async () => {
    const report = await openNewReport(session);
    await report.part('一、').click();
    await report.paste('一、', 'text/plain', '（一）（一）加强组织领导\n全年召开会议4次。');
    await expect.poll(() => report.headingsIn('一、')).toEqual(['（一）（一）加强组织领导']);
    await report.panelTab('检查').click();
    const finding = report.findings('numbering-doubled');
    await finding.getByRole('button', { name: '删去重复的编号' }).click();
    await expect.poll(() => report.headingsIn('一、')).toEqual(['（一）加强组织领导']);
  });

  it('starts a lead-sentence heading from 段首标题 on an empty line, and pastes a one-sentence line as one', async () => {
    const report = await openNewReport(session);
    await report.part('一、').click();
    await report.toolbarButton('段首标题（一）').click();
    await session.page.keyboard.type('加强组织领导。全年召开会议4次。');
    await expect.poll(() => report.headingsIn('一、')).toEqual(['（一）加强组织领导。']);
    expect(await report.part('一、').locator('p').first().textContent()).toBe('加强组织领导。全年召开会议4次。');

    await session.page.keyboard.press('Enter');
    await report.paste('一、', 'text/plain', '3、加强教师法治培训，培训教师1200人次。');
    await expect
      .poll(() => report.part('一、').locator('.lead-sentence').allTextContents())
      .toEqual(['加强组织领导。', '加强教师法治培训，培训教师1200人次。']);
    expect(await report.part('一、').locator('.section-heading').count()).toBe(0);
  });

  it('leaves hidden text of pasted HTML out and says how many pieces it left out', async () => {
    const report = await openNewReport(session);
    await report.part('一、').click();
    await report.paste(
      '一、',
      'text/html',
      '<p class=MsoNormal>全年审查规范性文件9件。<span style="display:none;mso-hide:all">（口径待定）</span></p>' +
        '<p style="font-size:0pt">给检索工具看的关键词</p><p>纠正问题2个。</p>',
    );
    const notice = session.page.getByRole('status').filter({ hasText: '隐藏文字' });
    await expect.poll(() => notice.textContent()).toContain('粘贴的内容中有 2 处隐藏文字，没有粘贴进来。');
    expect(await report.part('一、').textContent()).toBe('全年审查规范性文件9件。纠正问题2个。');
    await notice.getByRole('button', { name: '知道了' }).click();
    expect(await notice.count()).toBe(0);
  });

  it('acts where the clerk clicked when a key follows the click at once', async () => {
    const report = await openNewReport(session);
    await report.addSubHeading('measures', '加强组织领导');
    await session.page.keyboard.type('全年召开会议4次。');
    await report.toolbarButton('插入表格').click();
    await report.part('一、').locator('th').first().click();
    await session.page.keyboard.type('项目');
    // No pause between the click and the keys, as a clerk who knows where to type.
    for (const row of [1, 2]) {
      await report.part('一、').locator('tr').nth(row).locator('td').last().click();
      await session.page.keyboard.press('Shift+Tab');
      await session.page.keyboard.type(`第${row}行`);
    }
    expect(await tableOf(report, '一、')).toEqual([
      ['项目', ''],
      ['第1行', ''],
      ['第2行', ''],
    ]);
    expect(await report.part('一、').locator(':scope > *').first().textContent()).toBe('加强组织领导');
  });

  it('adds and removes table rows and columns, moves with Tab, marks a header row and resizes a column', async () => {
    const report = await openNewReport(session);
    await report.part('一、').click();
    await report.toolbarButton('插入表格').click();
    await report.part('一、').locator('table td, table th').first().click();
    await session.page.keyboard.type('项目');
    await session.page.keyboard.press('Tab');
    await session.page.keyboard.type('数量');
    await session.page.keyboard.press('Shift+Tab');
    await session.page.keyboard.type('名称');
    expect((await tableOf(report, '一、'))[0]).toEqual(['项目名称', '数量']);

    // Tab from the last cell adds a row, and the typing goes there.
    await report.part('一、').locator('tr').last().locator('td, th').last().click();
    await session.page.keyboard.press('Tab');
    await session.page.keyboard.type('新行');
    await expect.poll(async () => (await tableOf(report, '一、')).length).toBe(4);
    expect((await tableOf(report, '一、'))[3]).toEqual(['新行', '']);

    await report.toolbarButton('在右侧插入列').click();
    await expect.poll(async () => (await tableOf(report, '一、'))[0]).toEqual(['项目名称', '', '数量']);
    await report.part('一、').locator('tr').nth(3).locator('td').first().click();
    await report.toolbarButton('删除行').click();
    await expect.poll(async () => (await tableOf(report, '一、')).length).toBe(3);

    // The same edits from the right-click menu.
    await report.part('一、').locator('tr').first().locator('th').nth(1).click({ button: 'right' });
    await session.page.getByRole('menu', { name: '表格' }).getByRole('menuitem', { name: '删除列' }).click();
    await expect.poll(async () => (await tableOf(report, '一、'))[0]).toEqual(['项目名称', '数量']);

    await report.toolbarButton('设为标题行').click();
    await expect.poll(() => report.part('一、').locator('tr').first().locator('th').count()).toBe(0);
    await report.toolbarButton('设为标题行').click();
    await expect.poll(() => report.part('一、').locator('tr').first().locator('th').count()).toBe(2);

    const cell = report.part('一、').locator('tr').first().locator('th').first();
    const box = (await cell.boundingBox())!;
    await session.page.mouse.move(box.x + box.width - 2, box.y + box.height / 2);
    await session.page.mouse.down();
    await session.page.mouse.move(box.x + box.width + 80, box.y + box.height / 2, { steps: 4 });
    await session.page.mouse.up();
    await expect.poll(async () => Math.round((await cell.boundingBox())!.width)).toBeGreaterThan(box.width + 60);

    await report.waitUntilSaved();
    await session.page.reload();
    await expect.poll(async () => (await tableOf(report, '一、'))[0]).toEqual(['项目名称', '数量']);
    expect(await report.part('一、').locator('col').first().getAttribute('style')).toMatch(/width: \d+px/);
  });
});
