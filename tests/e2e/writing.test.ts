import { describe, expect, it } from 'vitest';
import { openNewReport } from './open-new-report';
import { LibraryPage } from './pages/library-page';
import { ReportPage } from './pages/report-page';
import { usePreviewSession } from './use-preview-session';

const session = usePreviewSession();

describe('writing a report in the browser preview', () => {
  it('saves Chinese text typed into the measures and shows it again after a reload and a restart', async () => {
    const report = await openNewReport(session);
    await report.part('一、').click();
    await session.page.keyboard.type('全年召开党组会议专题研究法治工作4次。');
    await report.waitUntilSaved();
    expect(await report.saveStatus().textContent()).toMatch(/^已保存 \d{1,2}:\d{2}:\d{2}$/);

    await session.page.reload();
    await expect.poll(() => report.part('一、').textContent()).toBe('全年召开党组会议专题研究法治工作4次。');

    await session.restartPreview();
    await session.page.goto(`${session.url}${new URL(session.page.url()).hash}`);
    await expect.poll(() => report.part('一、').textContent()).toBe('全年召开党组会议专题研究法治工作4次。');
    expect(await report.sidebar().locator('[data-part="measures"] .chars').textContent()).toBe('19 字');
  });

  it('numbers sub-headings from their position and renumbers them when they move', async () => {
    const report = await openNewReport(session);
    await report.addSubHeading('measures', '健全依法行政制度体系');
    await expect.poll(() => report.headingsIn('一、')).toEqual(['（一）健全依法行政制度体系']);

    await report.addSubHeading('measures', '学习贯彻习近平法治思想');
    await expect
      .poll(() => report.headingsIn('一、'))
      .toEqual(['（一）健全依法行政制度体系', '（二）学习贯彻习近平法治思想']);

    await report.moveUp('学习贯彻习近平法治思想');
    await expect
      .poll(() => report.headingsIn('一、'))
      .toEqual(['（一）学习贯彻习近平法治思想', '（二）健全依法行政制度体系']);

    // A heading typed in front of both, made a heading with the toolbar, takes （一）.
    await report.part('一、').locator('.section-heading').first().click();
    await report.press('Home', 'Enter', 'ArrowUp');
    await session.page.keyboard.type('加强党的领导');
    await report.toolbarButton('标题（一）').click();
    await expect
      .poll(() => report.headingsIn('一、'))
      .toEqual(['（一）加强党的领导', '（二）学习贯彻习近平法治思想', '（三）健全依法行政制度体系']);

    await report.waitUntilSaved();
    await session.page.reload();
    await expect.poll(() => report.headingsIn('一、')).toHaveLength(3);
    expect(await report.sidebar().locator('[data-part="measures"] .heading-link').allTextContents()).toEqual([
      '（一）加强党的领导',
      '（二）学习贯彻习近平法治思想',
      '（三）健全依法行政制度体系',
    ]);
  });

  it('cleans pasted Word HTML and turns its typed numbers into headings', async () => {
    const report = await openNewReport(session);
    await report.part('一、').click();
    await report.paste(
      '一、',
      'text/html',
      '<p class=MsoNormal><span style="font-family:黑体;color:red">（三）严格规范执法<o:p></o:p></span></p>' +
        '<p class=MsoNormal><span style="font-family:仿宋_GB2312">2.强化案卷评查。</span><span>全年评查案卷12卷。</span></p>',
    );
    await expect.poll(() => report.headingsIn('一、')).toEqual(['（一）严格规范执法', '1.强化案卷评查。']);
    expect(await report.part('一、').innerHTML()).not.toMatch(/黑体|color|MsoNormal|font-family/);
  });

  it('restores an earlier revision from the history', async () => {
    const report = await openNewReport(session);
    await report.part('四、').click();
    await session.page.keyboard.type('2025年完成规范性文件清理。');
    await report.waitUntilSaved();
    await session.page.keyboard.type('另外删掉的一句。');
    await expect.poll(() => report.part('四、').textContent()).toContain('另外删掉的一句。');
    await report.waitUntilSaved();

    await report.panelTab('历史版本').click();
    const history = session.page.getByLabel('历史版本');
    await history.locator('.revisions li button.link').first().click();
    await expect
      .poll(() => history.locator('.revision-view pre').first().textContent())
      .toBe('2025年完成规范性文件清理。');
    session.page.once('dialog', (dialog) => void dialog.accept());
    await history.getByRole('button', { name: '恢复此版本' }).click();

    await expect.poll(() => report.part('四、').textContent()).toBe('2025年完成规范性文件清理。');
    await session.page.reload();
    await expect.poll(() => report.part('四、').textContent()).toBe('2025年完成规范性文件清理。');
    await report.panelTab('历史版本').click();
    await expect
      .poll(() => session.page.getByLabel('历史版本').locator('.reason').allTextContents())
      .toContain('恢复旧版本之前');
  });

  it('commits IME composition text whole, and autosave waits for the composition to end', async () => {
    const report = await openNewReport(session);
    await report.part('三、').click();
    await session.page.keyboard.type('主要负责人');
    const cdp = await session.page.context().newCDPSession(session.page);
    await cdp.send('Input.imeSetComposition', { text: 'fa', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.imeSetComposition', { text: 'fazhi', selectionStart: 5, selectionEnd: 5 });
    // Longer than the autosave delay: a save now would store half-typed 拼音. None has run, so
    // the report still says it is saving, not 已保存.
    await session.page.waitForTimeout(1600);
    expect(await report.saveStatus().getAttribute('class')).toBe('save-status busy');
    await cdp.send('Input.insertText', { text: '法治' });
    await session.page.keyboard.type('建设');
    await expect.poll(() => report.part('三、').textContent()).toBe('主要负责人法治建设');
    await report.waitUntilSaved();

    await session.page.reload();
    await expect.poll(() => report.part('三、').textContent()).toBe('主要负责人法治建设');
  });

  it('keeps the figures entered in the indicators form', async () => {
    const report = await openNewReport(session);
    await report.panelTab('数据指标').click();
    const officers = session.page.getByLabel('持证行政执法人员（人）');
    await officers.fill('46');
    await officers.blur();
    const rate = session.page.getByLabel('法治副校长配备率（%）');
    await rate.fill('120');
    await rate.blur();
    await session.page.getByText('不能超过 100').waitFor();

    await session.page.reload();
    await report.panelTab('数据指标').click();
    await expect.poll(() => session.page.getByLabel('持证行政执法人员（人）').inputValue()).toBe('46');
  });

  it('finds and replaces across all parts', async () => {
    const report = await openNewReport(session);
    await report.part('一、').click();
    await session.page.keyboard.type('法制副校长进校园授课20场。');
    await report.part('四、').click();
    await session.page.keyboard.type('2025年实现法制副校长全覆盖。');
    await session.page.keyboard.press('Control+h');
    await session.page.getByLabel('查找内容').fill('法制副校长');
    await expect.poll(() => session.page.locator('.find-count').textContent()).toBe('第 1 / 2 处');
    await session.page.getByLabel('替换为').fill('法治副校长');
    await session.page.getByRole('button', { name: '全部替换' }).click();
    await expect.poll(() => session.page.locator('.find-count').textContent()).toBe('未找到');
    expect(await report.part('一、').textContent()).toBe('法治副校长进校园授课20场。');
    expect(await report.part('四、').textContent()).toBe('2025年实现法治副校长全覆盖。');
    await report.waitUntilSaved();
  });

  it('gives the example 成文日期 of the report’s own year in the guidance', async () => {
    const library = new LibraryPage(session.page);
    await library.open(session.url);
    await library.createReport({ organizationName: '四平市教育局', year: 2025 });
    const report = new ReportPage(session.page);
    await report.part('一、').click();
    const guidance = session.page.getByLabel('写作要点');
    await guidance.getByText('多用事实和数字').waitFor();
    const closing = await guidance.locator('.guidance-points').last().textContent();
    expect(closing).toContain('如“2026年1月7日”');
    expect(closing).toContain('成文日期应在2025年度结束之后、2026年3月1日报送截止之前');
  });

  it('shows the guidance of the part being written and keeps the checklist marks', async () => {
    const report = await openNewReport(session);
    await report.part('一、').click();
    const guidance = session.page.getByLabel('写作要点');
    await guidance.getByText('多用事实和数字').waitFor();
    const item = guidance.locator('[data-item="vice_principals"]');
    await item.getByRole('radio', { name: '已写' }).click();
    await guidance.locator('[data-item="emergencies"]').getByRole('radio', { name: '不适用' }).click();
    await expect.poll(() => item.getByRole('radio', { name: '已写' }).getAttribute('aria-checked')).toBe('true');

    await session.page.reload();
    await report.part('一、').click();
    await expect
      .poll(() =>
        session.page
          .getByLabel('写作要点')
          .locator('[data-item="vice_principals"]')
          .getByRole('radio', { name: '已写' })
          .getAttribute('aria-checked'),
      )
      .toBe('true');
    expect(
      await session.page
        .getByLabel('写作要点')
        .locator('[data-item="emergencies"]')
        .getByRole('radio', { name: '不适用' })
        .getAttribute('aria-checked'),
    ).toBe('true');

    await report.part('二、').click();
    await session.page.getByLabel('写作要点').getByText('每一条都要分析原因', { exact: false }).waitFor();
  });

  it('ticks a checklist item 已写（自动） when the text covers it, and lets the clerk override', async () => {
    const report = await openNewReport(session);
    await report.part('一、').click();
    await session.page.keyboard.type('全县中小学法治副校长配备率100%，进校授课86场。');
    const guidance = session.page.getByLabel('写作要点');
    const item = guidance.locator('[data-item="vice_principals"]');
    const auto = item.getByRole('radio', { name: '已写（自动）' });
    await expect.poll(() => auto.getAttribute('aria-checked')).toBe('true');
    expect(await item.locator('.checklist-auto').textContent()).toContain('“法治副校长”');
    const training = guidance.locator('[data-item="off_campus_training"]');
    expect(await training.getByRole('radio', { name: '未写' }).getAttribute('aria-checked')).toBe('true');

    const hintAbout = (label: string) => report.findings('menu-uncovered').filter({ hasText: `“${label}”` });
    await report.panelTab('检查').click();
    await expect.poll(() => hintAbout('校外培训机构监管').count()).toBe(1);
    expect(await hintAbout('法治副校长').count()).toBe(0);

    // The clerk knows better: 未写 wins over the text, and is kept.
    await report.panelTab('写作要点').click();
    await item.getByRole('radio', { name: '未写' }).click();
    await expect.poll(() => item.getByRole('radio', { name: '未写' }).getAttribute('aria-checked')).toBe('true');
    await report.panelTab('检查').click();
    await expect.poll(() => hintAbout('法治副校长').count()).toBe(1);
    await report.waitUntilSaved();
    await session.page.reload();
    await report.part('一、').click();
    await report.panelTab('写作要点').click();
    await expect.poll(() => item.getByRole('radio', { name: '未写' }).getAttribute('aria-checked')).toBe('true');
    expect(await item.getByRole('radio', { name: '已写' }).textContent()).toBe('已写');

    await item.getByRole('button', { name: '改回按正文自动判断' }).click();
    await expect.poll(() => auto.getAttribute('aria-checked')).toBe('true');
    await report.panelTab('检查').click();
    await expect.poll(() => hintAbout('法治副校长').count()).toBe(0);
  });

  it('edits signature and date in the header form and shows them in the closing block', async () => {
    const report = await openNewReport(session);
    await report.headerField('发文机关署名').fill('四平市教育局（盖章）');
    await report.headerField('成文日期').fill('2025-01-07');
    await report.headerField('成文日期').blur();
    await expect.poll(() => session.page.locator('.closing').textContent()).toBe('四平市教育局（盖章）2025年1月7日');
    expect(await report.headerField('成文日期').inputValue()).toBe('2025年1月7日');

    await session.page.reload();
    await expect.poll(() => report.headerField('成文日期').inputValue()).toBe('2025年1月7日');
    expect(await session.page.locator('.closing').textContent()).toBe('四平市教育局（盖章）2025年1月7日');
  });

  it('reads the date as the clerk types it and says in Chinese when it is no real day', async () => {
    const report = await openNewReport(session);
    const date = report.headerField('成文日期');
    for (const typed of ['2025年1月8日', '2025.1.8', '2025/1/8', '2025-1-8']) {
      await date.fill(typed);
      await date.blur();
      await expect.poll(() => date.inputValue(), { message: typed }).toBe('2025年1月8日');
    }
    await expect.poll(() => session.page.locator('.closing').textContent()).toContain('2025年1月8日');

    await date.fill('2025年2月30日');
    await date.blur();
    const problem = session.page.getByRole('form', { name: '报告信息' }).getByRole('alert');
    await expect
      .poll(() => problem.textContent())
      .toContain('“2025年2月30日”不是有效的日期。请写成“2025年1月7日”的形式');
    // The clerk's text stays to be corrected; the saved date is the last good one.
    expect(await date.inputValue()).toBe('2025年2月30日');
    await session.page.reload();
    await expect.poll(() => date.inputValue()).toBe('2025年1月8日');
  });

  it('says clearly when a save fails and keeps the text in the editor', async () => {
    const report = await openNewReport(session);
    await report.part('二、').click();
    await session.page.keyboard.type('部分学校法治副校长作用发挥不够。');
    await report.waitUntilSaved();
    await session.stopPreview();
    await session.page.keyboard.type('主要是由于考核机制不健全。');
    await session.page.locator('.save-status.error').waitFor();
    expect(await report.saveStatus().textContent()).toMatch(/^保存失败：.*文字仍在编辑器中，稍后会自动重试。$/);
    expect(await report.part('二、').textContent()).toBe('部分学校法治副校长作用发挥不够。主要是由于考核机制不健全。');
  });
});
