import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editLikeWps } from '../helpers/wps-edits';
import { openNewReport } from './open-new-report';
import { ExportPage } from './pages/export-page';
import { usePreviewSession } from './use-preview-session';

const session = usePreviewSession();
const PARAGRAPH = '全年召开局党组会议专题研究法治工作4次，印发年度工作要点。';

describe('导入修改稿 in the browser preview', () => {
  it('shows the leader’s tracked changes and comment side by side, and takes them into the report', async () => {
    const report = await openNewReport(session);
    await report.part('一、').click();
    await session.page.keyboard.type(PARAGRAPH);
    await session.page.getByRole('button', { name: '导出', exact: true }).click();
    const exporting = new ExportPage(session.page);
    await exporting.pages().first().waitFor();
    await exporting.exportButton().click();
    await expect.poll(() => exporting.status().textContent()).toMatch(/^已导出/);

    const exported = readFileSync(
      join(session.dataDir, '导出', '《四平市教育局关于2024年度法治政府建设情况的报告》（报送版·讨论稿）.docx'),
    );
    const edited = await editLikeWps(exported, {
      insertInto: PARAGRAPH,
      inserted: '会后逐项督办落实。',
      comment: { on: '一、2024年度推进法治政府建设的主要举措和成效', text: '标题可再精炼' },
      newAfter: `${PARAGRAPH}会后逐项督办落实。`,
      newText: '主要负责人带头讲法治课一次。',
    });

    const page = session.page;
    await page.getByRole('button', { name: '导入修改稿…' }).click();
    await page.locator('.leader-file input[type=file]').setInputFiles({
      name: '领导修改稿.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: edited,
    });
    const changes = page.locator('.leader-change');
    await expect.poll(() => changes.count()).toBe(3);
    expect(await page.locator('.leader-change.changed mark.added').textContent()).toBe('会后逐项督办落实。');
    expect(await page.locator('.leader-comment').textContent()).toContain('标题可再精炼');
    expect(await page.locator('.leader-change.added .leader-side.after').textContent()).toBe(
      '主要负责人带头讲法治课一次。',
    );

    await page.getByRole('button', { name: '全部采纳' }).click();
    await expect.poll(() => page.locator('.leader-edits [role=status]').textContent()).toContain('已采纳 2 处修改');
    await page.getByRole('button', { name: '回到页面预览' }).click();
    await expect
      .poll(async () => (await exporting.lines(1)).join(''))
      .toContain(`${PARAGRAPH}会后逐项督办落实。主要负责人带头讲法治课一次。`);
  });
});
