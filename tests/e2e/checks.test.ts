import { describe, expect, it } from 'vitest';
import { openNewReport } from './open-new-report';
import { usePreviewSession } from './use-preview-session';

const session = usePreviewSession();

/** A new report, opened, with the 检查 panel showing. */
async function openWithChecks() {
  const report = await openNewReport(session);
  await report.panelTab('检查').click();
  return report;
}

describe('checks while writing, in the browser preview', () => {
  it('shows each empty required part as one calm 未写 hint until the clerk starts writing it', async () => {
    const report = await openWithChecks();
    await expect.poll(() => report.findings('part-unwritten').count()).toBe(4);
    // On an empty part nothing but its 未写: no missing-part error, no checklist hints, no figures.
    for (const part of ['measures', 'shortcomings', 'leadership', 'plans']) {
      const group = report.checks().locator(`.check-group[data-place="${part}"]`);
      expect(await group.locator('.finding').count(), part).toBe(1);
      expect(await group.locator('.finding.info .finding-message').textContent(), part).toMatch(/^提示未写：/);
    }
    expect(await report.findings('part-missing').count()).toBe(0);
    expect(await report.findings('menu-uncovered').count()).toBe(0);
    expect(await report.findings('indicator-missing').count()).toBe(0);
    expect(await report.sidebar().locator('.findings-badge').count()).toBe(0);

    await report.part('四、').click();
    await session.page.keyboard.type('2025年将继续加强法治宣传。');
    await expect.poll(() => report.findings('part-unwritten').count()).toBe(3);
    await report.findings('plans-too-few').waitFor();
    expect(await report.checks().locator('.check-group[data-place="plans"] [data-id="part-unwritten"]').count()).toBe(
      0,
    );
  });

  it('still asks before submission for every required part that is not written', async () => {
    const report = await openWithChecks();
    await report.part('二、').click();
    await session.page.keyboard.type('部分学校法治副校长作用发挥不够，主要是考核机制不健全。');
    await expect.poll(() => report.findings('part-unwritten').count()).toBe(3);

    await session.page.getByRole('button', { name: '提交前检查' }).click();
    const dialog = session.page.getByRole('dialog', { name: '提交前检查' });
    const unwritten = dialog.locator('.blocking .finding[data-id="part-unwritten"]');
    await expect.poll(() => unwritten.count()).toBe(3);
    expect(await unwritten.first().textContent()).toContain('未写：');
    // Three unwritten parts and the missing date: the same count the dashboard gives.
    expect(await dialog.getByRole('status').textContent()).toMatch(/^还有 4 个错误需要修改/);
    await dialog.getByRole('button', { name: '关闭' }).click();
    await report.waitUntilSaved();
    await report.backToLibrary();
    await expect.poll(() => session.page.getByLabel('完成情况').textContent()).toMatch(/未写 3 · 错误 4 · 警告/);
  });

  it('groups the findings as the document reads: title, 主送机关, the parts in order, then 落款', async () => {
    const report = await openWithChecks();
    await report.headerField('报告标题').fill('四平市教育局关于2023年度法治政府建设情况的报告');
    await report.headerField('报告标题').blur();
    await expect
      .poll(() =>
        session.page.locator('.check-group').evaluateAll((groups) => groups.map((g) => g.getAttribute('data-place'))),
      )
      .toEqual(['title', 'measures', 'shortcomings', 'leadership', 'plans', 'closing']);
  });

  it('shows a planted defect, jumps to it, and fixes it in one undoable click', async () => {
    const report = await openWithChecks();
    await report.part('一、').click();
    await session.page.keyboard.type('全年召开会议4次,覆盖全体干部。');
    const finding = report.findings('halfwidth-punctuation');
    await finding.waitFor();
    expect(await finding.locator('.finding-excerpt').textContent()).toContain('4次,覆盖');

    await finding.locator('.finding-message').click();
    await expect.poll(() => session.page.evaluate(() => CSS.highlights.get('check-current')?.size ?? 0)).toBe(1);

    await finding.getByRole('button', { name: '改为全角标点' }).click();
    await expect.poll(() => report.part('一、').textContent()).toBe('全年召开会议4次，覆盖全体干部。');
    await expect.poll(() => report.findings('halfwidth-punctuation').count()).toBe(0);

    await report.part('一、').click();
    await session.page.keyboard.press('Control+z');
    await expect.poll(() => report.part('一、').textContent()).toBe('全年召开会议4次,覆盖全体干部。');
  });

  it('fixes all findings of a kind at once, and flags wrong terms and junk', async () => {
    const report = await openWithChecks();
    await report.part('一、').click();
    await session.page.keyboard.type('法制副校长进校园20场,');
    await session.page.keyboard.press('Enter');
    await session.page.keyboard.type('开展活动8次;成效明显。。');
    await report.part('四、').click();
    await session.page.keyboard.type('2024年完成清理。');
    await report.findings('repeated-punctuation').waitFor();
    await expect.poll(() => report.findings('term-form').count()).toBe(1);
    await expect.poll(() => report.findings('plans-wrong-year').count()).toBe(1);

    await report
      .findings('halfwidth-punctuation')
      .first()
      .getByRole('button', { name: /全部修正此类/ })
      .click();
    await expect.poll(() => report.part('一、').textContent()).toBe('法制副校长进校园20场，开展活动8次；成效明显。。');
    await report.findings('term-form').getByRole('button', { name: '改为“法治副校长”' }).click();
    await report.findings('repeated-punctuation').getByRole('button', { name: '改为“。”' }).click();
    await expect.poll(() => report.part('一、').textContent()).toBe('法治副校长进校园20场，开展活动8次；成效明显。');
    await report.waitUntilSaved();
  });

  it('asks before submission that every error be fixed or confirmed with a reason, and records the confirmation', async () => {
    const report = await openWithChecks();
    await session.page.getByRole('button', { name: '提交前检查' }).click();
    const dialog = session.page.getByRole('dialog', { name: '提交前检查' });
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/^还有 \d+ 个错误需要修改/);

    const dateMissing = dialog.locator('.blocking .finding[data-id="date-missing"]');
    await dateMissing.getByRole('button', { name: '确认无误…' }).click();
    await dateMissing.getByLabel('为什么不需要修改').fill('成文日期由办公室在审签后统一填写');
    await dateMissing.getByRole('button', { name: '记录确认' }).click();
    await dialog.locator('.acknowledged').getByText('理由：成文日期由办公室在审签后统一填写').waitFor();
    expect(await dialog.locator('.blocking .finding[data-id="date-missing"]').count()).toBe(0);

    await session.page.reload();
    await report.part('一、').waitFor();
    await session.page.getByRole('button', { name: '提交前检查' }).click();
    await session.page
      .getByRole('dialog', { name: '提交前检查' })
      .locator('.acknowledged')
      .getByText('成文日期由办公室在审签后统一填写', { exact: false })
      .waitFor();
  });

  it('takes the figures of the indicators panel into the checks', async () => {
    const report = await openWithChecks();
    await report.part('一、').click();
    await session.page.keyboard.type('全年开展普法活动12场。');
    await expect.poll(() => report.findings('indicator-missing').count()).toBe(8);
    await report.panelTab('数据指标').click();
    const officers = session.page.getByLabel('持证行政执法人员（人）');
    await officers.fill('18');
    await officers.blur();
    await report.part('一、').click();
    await session.page.keyboard.type('全年持证执法人员15名。');
    await report.panelTab('检查').click();
    await expect.poll(() => report.findings('indicator-missing').count(), { timeout: 10_000 }).toBe(7);
    await expect.poll(() => report.findings('indicator-mismatch').count(), { timeout: 10_000 }).toBe(1);
  });
});
