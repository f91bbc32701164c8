import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leaderEditedDocx } from '../helpers/leader-edited-docx';
import { openNewReport } from './open-new-report';
import { ExportPage } from './pages/export-page';
import { LibraryPage } from './pages/library-page';
import { ReportPage } from './pages/report-page';
import { LeaderEditsPage } from './pages/leader-edits-page';
import { usePreviewSession } from './use-preview-session';

const session = usePreviewSession();

const FIRST = '全年召开局党组会议专题研究法治工作4次。';
const SECOND = '全年开展普法活动20场。另有两场线上讲座。';
const MEASURES = '一、2024年度推进法治政府建设的主要举措和成效';
const SHORTCOMINGS = '二、2024年度推进法治政府建设存在的不足和原因';

/** A report with two paragraphs of measures, exported as 报送版; the path of its DOCX. */
async function exportedReport() {
  const report = await openNewReport(session);
  await report.part('一、').click();
  await session.page.keyboard.type(FIRST);
  await session.page.keyboard.press('Enter');
  await session.page.keyboard.type(SECOND);
  await report.waitUntilSaved();
  await session.page.getByRole('button', { name: '导出', exact: true }).click();
  const exporting = new ExportPage(session.page);
  await exporting.exportButton().click();
  await expect.poll(() => exporting.status().textContent()).toMatch(/^已导出/);
  await session.page.keyboard.press('Escape');
  const folder = join(session.dataDir, '导出');
  return {
    report,
    path: join(
      folder,
      readdirSync(folder).find((name) => name.endsWith('.docx'))!,
    ),
  };
}

describe('导入修改稿 in the browser preview', () => {
  it('shows the leader’s tracked changes and comment side by side and takes them into the report', async () => {
    const { report, path: exported } = await exportedReport();
    const edited = join(session.dataDir, '领导修改稿.docx');
    writeFileSync(
      edited,
      await leaderEditedDocx(readFileSync(exported), {
        insert: [{ in: FIRST, text: '会议纪要均按时印发。' }],
        delete: [{ in: SECOND, text: '另有两场线上讲座。' }],
        comment: [{ on: MEASURES, text: '请补充本年度的亮点工作。' }],
        add: [{ after: SHORTCOMINGS, text: '基层执法人员法治培训还不够。' }],
      }),
    );

    await session.page.getByRole('link', { name: '导入修改稿' }).click();
    const leaderEdits = new LeaderEditsPage(session.page);
    await leaderEdits.pick(edited);
    expect(await leaderEdits.summary().textContent()).toBe('共 3 处修改，已选 3 处；批注 1 条');
    expect(await leaderEdits.sentences('added')).toEqual(['会议纪要均按时印发。', '基层执法人员法治培训还不够。']);
    expect(await leaderEdits.sentences('removed')).toEqual(['另有两场线上讲座。']);
    expect(await leaderEdits.row(MEASURES).textContent()).toContain('请补充本年度的亮点工作。');
    expect(await leaderEdits.row('会议纪要均按时印发。').textContent()).toContain('修订：王局长');
    expect(await leaderEdits.row('基层执法人员法治培训还不够。').textContent()).toContain('直接改动');

    await leaderEdits.button('全部不采纳').click();
    expect(await leaderEdits.summary().textContent()).toBe('共 3 处修改，已选 0 处；批注 1 条');
    expect(await leaderEdits.button('采纳所选修改').isDisabled()).toBe(true);
    await leaderEdits.row('会议纪要均按时印发。').getByLabel('采纳').check();
    expect(await leaderEdits.summary().textContent()).toBe('共 3 处修改，已选 1 处；批注 1 条');
    await leaderEdits.button('全部采纳').click();
    await leaderEdits.button('采纳所选修改').click();

    const history = session.page.getByLabel('历史版本');
    await expect.poll(() => history.textContent()).toMatch(/领导修改稿（\d{4}年\d{1,2}月\d{1,2}日）/);
    expect(await history.textContent()).toContain('导入领导修改稿之前');
    expect(await report.part('一、').textContent()).toBe(`${FIRST}会议纪要均按时印发。全年开展普法活动20场。`);
    expect(await report.part('二、').textContent()).toBe('基层执法人员法治培训还不够。');
  });

  it('lists the file’s hidden text, and shows a paragraph set hidden as a deletion 在修改稿中被设为隐藏', async () => {
    const { report, path: exported } = await exportedReport();
    const edited = join(session.dataDir, '有隐藏文字的修改稿.docx');
    writeFileSync(
      edited,
      await leaderEditedDocx(readFileSync(exported), {
        hide: [{ in: FIRST, text: FIRST, via: 'run' }],
        note: [{ after: SECOND, text: '此处数字请办公室再核。' }],
      }),
    );
    await session.page.getByRole('link', { name: '导入修改稿' }).click();
    const leaderEdits = new LeaderEditsPage(session.page);
    await leaderEdits.pick(edited);
    expect(await leaderEdits.hiddenText().getByRole('heading').textContent()).toBe('原文件中有隐藏文字（2 处）');
    expect(await leaderEdits.hiddenText().locator('q').allTextContents()).toEqual([FIRST, '此处数字请办公室再核。']);
    expect(await leaderEdits.summary().textContent()).toBe('共 1 处修改，已选 1 处');
    const hidden = await leaderEdits.row(FIRST).textContent();
    expect(hidden).toContain('删除段落');
    expect(hidden).toContain('在修改稿中被设为隐藏');
    await leaderEdits.button('采纳所选修改').click();
    await expect.poll(() => session.page.getByLabel('历史版本').textContent()).toContain('领导修改稿');
    expect(await report.part('一、').textContent()).toBe(SECOND);
  });

  it('warns before taking another organization’s file, and takes it only once the clerk confirms', async () => {
    const { path: exported } = await exportedReport();
    await new ReportPage(session.page).backToLibrary();
    const library = new LibraryPage(session.page);
    await library.createReport({ organizationName: '四平市民政局', year: 2024 });
    await new ReportPage(session.page).part('一、').waitFor();
    await session.page.getByRole('link', { name: '导入修改稿' }).click();
    const leaderEdits = new LeaderEditsPage(session.page);
    await leaderEdits.pick(exported);
    const warning = leaderEdits.comparison().locator('.leader-edits-warning');
    expect(await warning.textContent()).toContain('单位是“四平市教育局”，本报告是“四平市民政局”');
    expect(await leaderEdits.button('采纳所选修改').isDisabled()).toBe(true);
    await warning.getByLabel('我已核对，这是本报告的修改稿').check();
    await leaderEdits.button('采纳所选修改').click();
    await expect.poll(() => session.page.getByLabel('历史版本').textContent()).toContain('领导修改稿');
  });

  it('warns in Chinese when the file is not a Word document', async () => {
    const report = await openNewReport(session);
    await report.part('一、').waitFor();
    const wrong = join(session.dataDir, '修改稿.docx');
    writeFileSync(wrong, '这不是文档');
    await session.page.getByRole('link', { name: '导入修改稿' }).click();
    const chooser = session.page.waitForEvent('filechooser');
    await session.page.getByRole('button', { name: /选择修改稿/ }).click();
    await (await chooser).setFiles(wrong);
    await expect.poll(() => session.page.getByRole('alert').textContent()).toContain('不是有效的 Word 文档');
  });
});
