import { closeSync, existsSync, openSync, readdirSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseFile } from '../../electron/store/resolve-data-dir';
import { REPORT_PACKAGE_REVISIONS_KEPT } from '../../shared/report/report-package-limits';
import { partJson } from '../helpers/part-json';
import { useTempDirs } from '../helpers/temp-dir';
import { openTestServices, SIPING_2024 } from '../helpers/test-services';
import { DataMenu } from './pages/data-menu';
import { LibraryPage } from './pages/library-page';
import { RecoveryPage } from './pages/recovery-page';
import { ReportPage } from './pages/report-page';
import { StatusPage } from './pages/status-page';
import { startPreview } from './preview-harness';
import { libraryWithReport, SIPING_TITLE } from './library-with-report';
import { usePreviewSession } from './use-preview-session';

const TITLE = SIPING_TITLE;
const session = usePreviewSession();
const tempDir = useTempDirs();
const extraPreviews: Array<{ stop(): Promise<void> }> = [];
afterEach(async () => {
  for (const preview of extraPreviews.splice(0)) await preview.stop();
});

/** What a power cut or a failing disk might do: garbage over the header and over pages in the middle. */
function damage(file: string): void {
  const fd = openSync(file, 'r+');
  const middle = Math.floor(statSync(file).size / 2 / 4096) * 4096;
  writeSync(fd, Buffer.alloc(2 * 4096, 0x5a), 0, 2 * 4096, middle);
  writeSync(fd, Buffer.alloc(100, 0x5a), 0, 100, 0);
  closeSync(fd);
}

describe('backups and recovery in the browser preview', () => {
  it('shows the recovery screen for a damaged database and brings the report back from the last backup', async () => {
    await libraryWithReport(session);
    // Stopping the preview takes the quit backup (the report is new since the start-up one).
    await session.restartPreview(() => damage(databaseFile(session.dataDir)));

    const recovery = new RecoveryPage(session.page);
    await recovery.open(session.url);
    expect(await recovery.reason().textContent()).toMatch(/无法正常读取.*可以从下面列出的备份中恢复/);
    const backups = await recovery.backups();
    expect(backups.length).toBeGreaterThanOrEqual(1);
    expect(backups[0]).toEqual([expect.stringContaining('最新可用'), expect.stringMatching(/KB$/), '可用']);

    await recovery.recoverFromNewest();
    await recovery.openLibrary();
    const library = new LibraryPage(session.page);
    await expect.poll(() => library.titles()).toEqual([TITLE]);
    await library.openReport(TITLE);
    await expect.poll(() => new ReportPage(session.page).title().textContent()).toBe(TITLE);
    // The damaged file is kept beside the new one, never deleted.
    expect(
      readdirSync(session.dataDir).some((name) => /^fazhi-nianbao\.sqlite3\.damaged-\d{8}-\d{6}$/.test(name)),
    ).toBe(true);
  });

  it('backs up to a file and restores from it after a warning, keeping the current data aside', async () => {
    const library = await libraryWithReport(session);
    const data = new DataMenu(session.page);
    await data.backupTo();
    await expect.poll(() => data.message().textContent()).toMatch(/^已备份到“.*导出.*\.sqlite3”/);
    const [copy] = readdirSync(join(session.dataDir, '导出'));

    await library.createReport({ organizationName: '梨树县教育局', year: 2024 });
    await new ReportPage(session.page).backToLibrary();
    await expect.poll(() => library.titles()).toHaveLength(2);

    // One notice at a time: the duplicate's replaces the backup's.
    await library.duplicate(TITLE);
    await expect.poll(() => data.message().allTextContents()).toEqual([expect.stringContaining('已复制')]);

    const warning = await data.restoreFrom(join(session.dataDir, '导出', copy!));
    expect(warning).toContain('当前数据会先另存一份');
    await expect.poll(() => library.titles()).toEqual([TITLE]);
    expect(readdirSync(session.dataDir).some((name) => name.includes('.before-restore-'))).toBe(true);
    // The window reloaded on the restored data and says so; nothing from before lingers.
    await expect
      .poll(() => data.message().allTextContents())
      .toEqual([expect.stringContaining(`已从备份“${copy}”恢复`)]);
    await session.page.reload();
    await library.titles();
    expect(await data.message().count()).toBe(0);
  });
});

describe('report packages in the browser preview', () => {
  it('exports a package, imports it elsewhere, and asks before overwriting (keeping a revision)', async () => {
    await libraryWithReport(session);
    const data = new DataMenu(session.page);
    await data.exportPackage(TITLE);
    const file = join(session.dataDir, '导出', `${TITLE}.fznb`);
    await expect.poll(() => new LibraryPage(session.page).notice().textContent()).toContain('导出为报告包');
    expect(existsSync(file)).toBe(true);

    // Another computer: a fresh preview on its own data folder.
    const other = await startPreview(tempDir());
    extraPreviews.push(other);
    const library = new LibraryPage(session.page);
    await library.open(other.url);
    await data.importPackage(file);
    await expect.poll(() => data.message().textContent()).toContain(`已导入《${TITLE}》`);
    await expect.poll(() => library.titles()).toEqual([TITLE]);

    await data.importPackage(file);
    expect(await data.overwriteQuestion().textContent()).toContain('会作为一个历史版本留在这份报告中');
    await data.answerOverwrite('覆盖');
    await expect.poll(() => data.message().textContent()).toContain('覆盖前的内容保存在这份报告的“历史版本”中');

    await library.openReport(TITLE);
    const report = new ReportPage(session.page);
    await report.panelTab('历史版本').click();
    await expect.poll(() => session.page.locator('.revisions .reason').allTextContents()).toContain('导入之前');
  });

  it('shows the sign-offs and moves a package brings as 来自报告包, and waits for this office’s own 初审', async () => {
    // Written on the sending office's computer: sent for review, 初审 and 终审 recorded there.
    const sender = openTestServices(tempDir());
    const sent = sender.services.reports.create(SIPING_2024);
    sender.services.statuses.move(sent.id, 'circulate', '');
    sender.services.statuses.move(sent.id, 'send', '');
    for (const [stage, reviewer] of [
      ['first', '外单位李四'],
      ['final', '外单位王五'],
    ] as const)
      sender.services.reviews.record(sent.id, {
        stage,
        reviewer,
        reviewedOn: '2025-02-10',
        result: 'passed',
        comment: '',
      });
    const exported = sender.services.reportPackages.exportPackage(sent.id);
    sender.close();
    if (!exported.ok) throw new Error(exported.error.message);
    const file = join(tempDir(), exported.value.fileName);
    writeFileSync(file, exported.value.bytes);

    const library = new LibraryPage(session.page);
    await library.open(session.url);
    const data = new DataMenu(session.page);
    await data.importPackage(file);
    await expect.poll(() => data.message().textContent()).toContain(`已导入《${TITLE}》`);
    await library.openReport(TITLE);
    const status = new StatusPage(session.page);
    await status.openPanel();

    await expect
      .poll(() => status.recordedReviews().allTextContents())
      .toEqual([
        expect.stringMatching(/初审 外单位李四.*来自报告包/),
        expect.stringMatching(/终审 外单位王五.*来自报告包/),
      ]);
    expect(await status.panel().textContent()).toContain('不算本单位的审签');
    // The form waits for this office's 初审, not for 复审 after the package's records.
    const form = status.panel().getByRole('form', { name: '记录审核' });
    expect(await form.getByLabel('审核环节').inputValue()).toBe('first');

    const sheet = await status.openReviewSheet();
    expect(await sheet.locator('tbody tr').allTextContents()).toEqual([
      expect.stringMatching(/^初审来自报告包外单位李四/),
      expect.stringMatching(/^终审来自报告包外单位王五/),
    ]);
    expect(await sheet.locator('.status-history li').allTextContents()).toEqual([
      expect.stringMatching(/形成讨论稿.*来自报告包$/),
      expect.stringMatching(/送审签.*来自报告包$/),
    ]);
  });

  it('imports a package with a long history in a worker, keeping the newest versions and saying so', async () => {
    const sender = openTestServices(tempDir());
    const sent = sender.services.reports.create(SIPING_2024);
    sender.services.parts.save(sent.id, 'measures', partJson('全年组织干部集中学习法律法规12次。'));
    const exported = sender.services.reportPackages.exportPackage(sent.id);
    sender.close();
    if (!exported.ok) throw new Error(exported.error.message);
    const pkg = JSON.parse(gunzipSync(exported.value.bytes).toString('utf8'));
    const [revision] = pkg.revisions;
    pkg.revisions = Array.from({ length: REPORT_PACKAGE_REVISIONS_KEPT + 300 }, (_, index) => ({
      ...revision,
      createdAt: new Date(Date.parse('2024-03-01T00:00:00Z') + index * 300_000).toISOString(),
    }));
    const file = join(tempDir(), exported.value.fileName);
    writeFileSync(file, gzipSync(JSON.stringify(pkg)));

    const library = new LibraryPage(session.page);
    await library.open(session.url);
    const data = new DataMenu(session.page);
    await data.importPackage(file);
    await expect
      .poll(() => data.message().textContent())
      .toContain(`只导入了最近的 ${REPORT_PACKAGE_REVISIONS_KEPT} 个，较早的 300 个没有导入`);
    await library.openReport(TITLE);
    await new ReportPage(session.page).panelTab('历史版本').click();
    await expect.poll(() => session.page.locator('.revisions .reason').count()).toBe(REPORT_PACKAGE_REVISIONS_KEPT);
  });
});
