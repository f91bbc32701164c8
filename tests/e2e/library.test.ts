import { describe, expect, it } from 'vitest';
import { ImportPage } from './pages/import-page';
import { LibraryPage } from './pages/library-page';
import { ReportPage } from './pages/report-page';
import { StatusPage } from './pages/status-page';
import { libraryWithReport, SIPING_TITLE } from './library-with-report';
import { usePreviewSession } from './use-preview-session';

const TITLE = SIPING_TITLE;
const session = usePreviewSession();

describe('report library in the browser preview', () => {
  it('creates a report through the form and finds it again after a reload and a server restart', async () => {
    const library = new LibraryPage(session.page);
    await library.open(session.url);
    await library.createReport({ organizationName: '四平市教育局', year: 2024, addressee: '市委、市政府' });

    const report = new ReportPage(session.page);
    await expect.poll(() => report.title().textContent()).toBe(TITLE);
    expect(await report.headerField('主送机关').inputValue()).toBe('市委、市政府');
    expect(await report.partHeadings()).toContain('四、2025年推进法治政府建设的主要安排');

    await session.page.reload();
    await expect.poll(() => report.title().textContent()).toBe(TITLE);

    await report.backToLibrary();
    expect(await library.titles()).toEqual([TITLE]);
    expect(await library.yearOf(TITLE)).toBe('2024年度');

    await session.restartPreview();
    await library.open(session.url);
    expect(await library.titles()).toEqual([TITLE]);
    await library.openReport(TITLE);
    await expect.poll(() => report.title().textContent()).toBe(TITLE);
    expect(await report.partHeadings()).toContain('一、2024年度推进法治政府建设的主要举措和成效');
  });

  it('welcomes an empty library with the job in a line and the three ways to start', async () => {
    const library = new LibraryPage(session.page);
    await library.open(session.url);
    const welcome = session.page.getByRole('region', { name: '开始撰写' });
    const line = await welcome.locator('.job-line').textContent();
    for (const words of [
      '五项内容',
      '举措和成效',
      '不足和原因',
      '第一责任人职责',
      '下一年度安排',
      '3月1日前报送',
      '4月1日前向社会公开',
    ])
      expect(line).toContain(words);
    await welcome.getByRole('button', { name: '＋ 新建报告' }).waitFor();
    await welcome.getByRole('link', { name: '导入已有报告…' }).waitFor();

    // 基于去年报告新建: last year's report comes in from its file, this year's is written on it.
    await session.page.clock.setFixedTime(new Date(2026, 0, 10));
    await welcome.getByRole('link', { name: '基于去年报告新建…' }).click();
    const importing = new ImportPage(session.page);
    await importing.paste(
      [
        '某县教育局关于2024年度法治政府建设情况的报告',
        '县委、县政府：',
        '一、2024年度推进法治政府建设的主要举措和成效',
        '全年专题研究法治工作四次。',
        '某县教育局',
        '2025年1月7日',
      ].join('\n'),
    );
    await importing.confirm();
    const report = new ReportPage(session.page);
    await expect.poll(() => report.title().textContent()).toBe('某县教育局关于2025年度法治政府建设情况的报告');
    expect(await report.part('一、').textContent()).toContain('全年专题研究法治工作四次。');

    await report.backToLibrary();
    await expect
      .poll(() => library.titles())
      .toEqual(
        expect.arrayContaining([
          '某县教育局关于2025年度法治政府建设情况的报告',
          '某县教育局关于2024年度法治政府建设情况的报告',
        ]),
      );
    // With reports the job stays as one short line and the welcome gives way to the list.
    expect(await session.page.locator('.library .job-line').textContent()).toContain('3月1日前报送');
    expect(await session.page.getByRole('region', { name: '开始撰写' }).count()).toBe(0);
  });

  it('shows the library without loading the report editor, and loads it when a report is opened', async () => {
    const library = await libraryWithReport(session);
    const scripts: string[] = [];
    session.page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await library.open(session.url);
    expect(await library.titles()).toEqual([SIPING_TITLE]);
    expect(scripts.some((path) => path.includes('/assets/index-'))).toBe(true);
    expect(scripts.filter((path) => path.includes('ReportScreen'))).toEqual([]);

    await library.openReport(SIPING_TITLE);
    const report = new ReportPage(session.page);
    await expect.poll(() => report.title().textContent()).toBe(SIPING_TITLE);
    expect(scripts.some((path) => path.includes('ReportScreen'))).toBe(true);
  });

  it('suggests the title from organization and year until the clerk writes their own', async () => {
    const library = new LibraryPage(session.page);
    await library.open(session.url);
    await library.startNewReport({ organizationName: '某某县教育体育局', year: 2025 });
    const title = library.form.getByLabel('报告标题');
    expect(await title.inputValue()).toBe('某某县教育体育局关于2025年度法治政府建设情况的报告');
    expect(await library.form.getByLabel('主送机关').inputValue()).toBe('县委、县政府');

    await title.fill('某某县教育体育局2025年度法治政府建设工作报告');
    await library.form.getByLabel('报告年度').fill('2024');
    expect(await title.inputValue()).toBe('某某县教育体育局2025年度法治政府建设工作报告');
  });

  it('proposes last year in the writing season and this year from September on', async () => {
    const library = new LibraryPage(session.page);
    for (const [today, year] of [
      [new Date(2027, 1, 10), '2026'],
      [new Date(2026, 11, 2), '2026'],
      [new Date(2026, 6, 15), '2025'],
    ] as const) {
      await session.page.clock.setFixedTime(today);
      await library.open(session.url);
      await library.startNewReport({ organizationName: '' });
      expect(await library.form.getByLabel('报告年度').inputValue(), today.toDateString()).toBe(year);
    }
  });

  it('says in Chinese what is missing', async () => {
    const library = new LibraryPage(session.page);
    await library.open(session.url);
    await library.startNewReport({ organizationName: '' });
    await library.form.getByRole('button', { name: '创建报告' }).click();
    await library.form.getByText('请填写单位名称').first().waitFor();
    expect(await library.titles()).toEqual([]);
  });

  it('moves a report to the trash and restores it', async () => {
    const library = await libraryWithReport(session);

    await library.delete(TITLE);
    await expect.poll(() => library.notice().textContent()).toContain('移到回收站');
    await expect.poll(() => library.titles()).toEqual([]);

    await library.goToTrash();
    await expect.poll(() => library.titles()).toEqual([TITLE]);
    await library.restore(TITLE);
    await expect.poll(() => library.titles()).toEqual([]);

    await library.goToLibrary();
    await expect.poll(() => library.titles()).toEqual([TITLE]);
  });

  it('deletes a report in the trash for good after asking, and it stays gone after a restart', async () => {
    const library = await libraryWithReport(session);
    await library.delete(TITLE);
    await library.goToTrash();
    await expect.poll(() => library.titles()).toEqual([TITLE]);
    // The notice about the list stayed with the list.
    expect(await library.notice().count()).toBe(0);

    await library.row(TITLE).getByRole('button', { name: '永久删除…' }).click();
    const question = session.page.getByRole('alertdialog', { name: '永久删除报告' });
    expect(await question.textContent()).toContain('无法恢复');
    await question.getByRole('button', { name: '取消' }).click();
    expect(await library.titles()).toEqual([TITLE]);

    await library.row(TITLE).getByRole('button', { name: '永久删除…' }).click();
    await question.getByRole('button', { name: '永久删除', exact: true }).click();
    await expect.poll(() => library.notice().textContent()).toContain(`已永久删除《${TITLE}》`);
    await expect.poll(() => library.titles()).toEqual([]);

    await session.restartPreview();
    await library.open(session.url);
    await library.goToTrash();
    expect(await library.titles()).toEqual([]);
    await library.goToLibrary();
    expect(await library.titles()).toEqual([]);
  });

  it('asks before deleting a report already sent', async () => {
    const library = await libraryWithReport(session);
    await library.openReport(TITLE);
    const status = new StatusPage(session.page);
    await status.openPanel();
    await status.recordPastReport('已报送', '2025-02-26');
    await new ReportPage(session.page).backToLibrary();

    await library.delete(TITLE);
    const question = session.page.getByRole('alertdialog', { name: '删除报告' });
    expect(await question.textContent()).toContain('已报送，是本单位报送的存档。确定要删除吗？');
    await question.getByRole('button', { name: '取消' }).click();
    expect(await library.titles()).toEqual([TITLE]);

    await library.delete(TITLE);
    await question.getByRole('button', { name: '删除', exact: true }).click();
    await expect.poll(() => library.notice().textContent()).toContain('移到回收站');
    await expect.poll(() => library.titles()).toEqual([]);
  });

  it('undoes a deletion from the notice', async () => {
    const library = await libraryWithReport(session);
    await library.delete(TITLE);
    await library.notice().getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => library.titles()).toEqual([TITLE]);
  });

  it('renames and duplicates a report', async () => {
    const library = await libraryWithReport(session);

    await library.rename(TITLE, `${TITLE}（征求意见稿）`);
    await expect.poll(() => library.titles()).toEqual([`${TITLE}（征求意见稿）`]);

    await library.duplicate(`${TITLE}（征求意见稿）`);
    await expect.poll(() => library.titles()).toEqual([`${TITLE}（征求意见稿）（副本）`, `${TITLE}（征求意见稿）`]);

    await session.page.reload();
    await expect.poll(() => library.titles()).toHaveLength(2);
  });
});
