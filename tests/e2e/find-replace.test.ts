import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Bridge } from '../../shared/ipc/contract';
import type { Report } from '../../shared/report/report';
import { openNewReport } from './open-new-report';
import { usePreviewSession } from './use-preview-session';

const session = usePreviewSession({ width: 1366, height: 768 });

/** The report as the service stores it, read through the page's own bridge. */
function storedReport(page: Page): Promise<Report> {
  return page.evaluate(async () => {
    const id = decodeURIComponent(/#\/reports\/([^/?]+)/.exec(location.hash)![1]!);
    const result = await (window as unknown as { api: Bridge }).api.invoke('reports:get', { id });
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  });
}

const plainTextOf = async (page: Page, key: string) =>
  (await storedReport(page)).parts.find((part) => part.key === key)?.plainText;

/** Where the current find match is on screen, and the text it covers. */
const currentMatch = (page: Page) =>
  page.evaluate(() => {
    const range = [...(CSS.highlights.get('find-current') ?? [])][0] as Range | undefined;
    if (!range) return null;
    const { top, bottom } = range.getBoundingClientRect();
    const tools = document.querySelector('.document-tools')?.getBoundingClientRect().bottom ?? 0;
    return { text: range.toString(), visible: top >= tools && bottom <= window.innerHeight };
  });

describe('查找替换 across the report, in the browser preview', () => {
  it('keeps the find bar in sight however far the report is scrolled, and goes to each match', async () => {
    const report = await openNewReport(session);
    await report.part('一、').click();
    await session.page.keyboard.type('全年举办法治讲座12场。');
    await report.part('四、').click();
    for (let line = 1; line <= 12; line += 1) {
      await session.page.keyboard.type(`第${line}项工作安排。`);
      await session.page.keyboard.press('Enter');
    }
    await session.page.keyboard.type('明年举办法治讲座15场。');
    const column = session.page.locator('main.document');
    await column.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    expect(await column.evaluate((element) => element.scrollTop)).toBeGreaterThan(300);
    const lastLine = report.part('四、').locator('.editor-paragraph').last();
    const lastLineTop = () => lastLine.evaluate((element) => Math.round(element.getBoundingClientRect().top));
    const before = await lastLineTop();
    const bar = session.page.getByRole('search', { name: '查找和替换' });
    const barInSight = () =>
      bar.evaluate((element) => {
        const { top, bottom } = element.getBoundingClientRect();
        return top >= 0 && bottom <= window.innerHeight;
      });

    // Opening it keeps the clerk's place in the report.
    await session.page.keyboard.press('Control+f');
    expect(await barInSight()).toBe(true);
    expect(await lastLineTop()).toBe(before);

    await session.page.getByLabel('查找内容').fill('法治讲座');
    await expect.poll(() => session.page.locator('.find-count').textContent()).toBe('第 1 / 2 处');
    await expect.poll(() => currentMatch(session.page)).toEqual({ text: '法治讲座', visible: true });
    expect(await barInSight()).toBe(true);

    await session.page.keyboard.press('Enter');
    await expect.poll(() => session.page.locator('.find-count').textContent()).toBe('第 2 / 2 处');
    await expect.poll(() => currentMatch(session.page)).toEqual({ text: '法治讲座', visible: true });
    expect(await barInSight()).toBe(true);

    // Closing the bar leaves the match selected in its part, ready to be typed over.
    await session.page.keyboard.press('Escape');
    await expect.poll(() => session.page.evaluate(() => window.getSelection()?.toString())).toBe('法治讲座');
    await session.page.keyboard.type('普法讲座');
    await expect
      .poll(() => report.part('四、').locator('.editor-paragraph').last().textContent())
      .toBe('明年举办普法讲座15场。');
  });

  it('undoes 全部替换 in every part with one Ctrl+Z, even right after the report is opened', async () => {
    const report = await openNewReport(session);
    await report.part('一、').click();
    await session.page.keyboard.type('法制副校长进校园授课20场。');
    await report.part('四、').click();
    await session.page.keyboard.type('2025年实现法制副校长全覆盖。');
    await session.page.keyboard.press('Control+s');
    await expect.poll(() => plainTextOf(session.page, 'plans')).toBe('2025年实现法制副校长全覆盖。');

    await session.page.reload();
    await expect.poll(() => report.part('四、').textContent()).toBe('2025年实现法制副校长全覆盖。');
    await session.page.keyboard.press('Control+h');
    await session.page.getByLabel('查找内容').fill('法制副校长');
    await session.page.getByLabel('替换为').fill('法治副校长');
    await session.page.getByRole('button', { name: '全部替换' }).click();
    await session.page.keyboard.press('Control+z');
    expect(await report.part('一、').textContent()).toBe('法制副校长进校园授课20场。');
    expect(await report.part('四、').textContent()).toBe('2025年实现法制副校长全覆盖。');

    // Again, with the focus in one of the parts it changed: both parts go back, not just that one.
    await session.page.getByRole('button', { name: '全部替换' }).click();
    await report.part('四、').click();
    await session.page.keyboard.press('Control+z');
    expect(await report.part('一、').textContent()).toBe('法制副校长进校园授课20场。');
    expect(await report.part('四、').textContent()).toBe('2025年实现法制副校长全覆盖。');
    await expect.poll(() => plainTextOf(session.page, 'measures')).toBe('法制副校长进校园授课20场。');

    // Once something else is written, Ctrl+Z undoes that writing as usual, and only it.
    await session.page.getByRole('button', { name: '全部替换' }).click();
    await report.part('四、').click();
    await session.page.keyboard.press('End');
    await session.page.keyboard.type('新');
    await session.page.keyboard.press('Control+z');
    expect(await report.part('四、').textContent()).toBe('2025年实现法治副校长全覆盖。');
    expect(await report.part('一、').textContent()).toBe('法治副校长进校园授课20场。');
  });

  it('replaces in the title, the signature and the headings too, saved once and undone with them', async () => {
    const report = await openNewReport(session);
    const title = '四平市教育局关于2024年度法治政府建设情况的报告';
    expect(await report.headerField('报告标题').inputValue()).toBe(title);
    await report.part('一、').click();
    await session.page.keyboard.type('（一）四平市教育局加强组织领导');
    await session.page.keyboard.press('Enter');
    await session.page.keyboard.type('全年召开会议4次。');
    await expect.poll(() => report.headingsIn('一、')).toEqual(['（一）四平市教育局加强组织领导']);
    await report.headerField('发文机关署名').fill('四平市教育局');

    const headerSaves: string[] = [];
    session.page.on('request', (request) => {
      if (request.postData()?.includes('"reports:update-header"')) headerSaves.push(request.postData()!);
    });
    // Straight from the signature field: its own save and the replacement's go in that order.
    await session.page.keyboard.press('Control+h');
    await session.page.getByLabel('查找内容').fill('四平市教育局');
    await expect.poll(() => session.page.locator('.find-count').textContent()).toBe('第 1 / 3 处');
    await session.page.getByLabel('替换为').fill('四平市教育体育局');
    await session.page.getByRole('button', { name: '全部替换' }).click();

    const replacedTitle = '四平市教育体育局关于2024年度法治政府建设情况的报告';
    expect(await report.headerField('报告标题').inputValue()).toBe(replacedTitle);
    expect(await report.headerField('发文机关署名').inputValue()).toBe('四平市教育体育局');
    expect(await session.page.locator('.page-title').textContent()).toBe(replacedTitle);
    expect(await report.headingsIn('一、')).toEqual(['（一）四平市教育体育局加强组织领导']);
    await expect
      .poll(async () => {
        const stored = await storedReport(session.page);
        return [stored.title, stored.signature];
      })
      .toEqual([replacedTitle, '四平市教育体育局']);
    expect(headerSaves).toHaveLength(1);
    await expect.poll(() => session.page.locator('.find-count').textContent()).toBe('未找到');

    await session.page.keyboard.press('Control+z');
    expect(await report.headerField('报告标题').inputValue()).toBe(title);
    expect(await report.headerField('发文机关署名').inputValue()).toBe('四平市教育局');
    expect(await report.headingsIn('一、')).toEqual(['（一）四平市教育局加强组织领导']);
    await expect
      .poll(async () => {
        const stored = await storedReport(session.page);
        return [stored.title, stored.signature];
      })
      .toEqual([title, '四平市教育局']);
  });

  it('finds and replaces one match in the addressee line', async () => {
    const report = await openNewReport(session);
    await report.headerField('主送机关').fill('市委、市政府');
    await session.page.keyboard.press('Control+h');
    await session.page.getByLabel('查找内容').fill('市政府');
    await expect.poll(() => session.page.locator('.find-count').textContent()).toBe('第 1 / 1 处');
    await expect.poll(() => currentMatch(session.page)).toEqual({ text: '市政府', visible: true });
    await session.page.getByLabel('替换为').fill('市人民政府');
    await session.page.getByRole('button', { name: '替换', exact: true }).click();
    expect(await report.headerField('主送机关').inputValue()).toBe('市委、市人民政府');
    expect(await session.page.locator('.page .addressee').textContent()).toBe('市委、市人民政府：');
    await expect.poll(async () => (await storedReport(session.page)).addressee).toBe('市委、市人民政府');
  });

  it('refuses a replacement that would leave the title empty, saying why', async () => {
    const report = await openNewReport(session);
    const title = await report.headerField('报告标题').inputValue();
    await session.page.keyboard.press('Control+h');
    await session.page.getByLabel('查找内容').fill(title);
    await expect.poll(() => session.page.locator('.find-count').textContent()).toBe('第 1 / 1 处');
    await session.page.getByRole('button', { name: '全部替换' }).click();
    await session.page.getByRole('alert').filter({ hasText: '替换后请填写报告标题' }).waitFor();
    expect(await report.headerField('报告标题').inputValue()).toBe(title);
  });
});
