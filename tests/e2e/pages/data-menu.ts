import type { Locator, Page } from 'playwright-core';

/** The library's 数据 row and the per-report 导出报告包, as a clerk uses them. */
export class DataMenu {
  constructor(readonly page: Page) {}

  get row(): Locator {
    return this.page.getByRole('region', { name: '数据' });
  }

  /** The message the last action left, shown in the library's one notice. */
  message(): Locator {
    return this.page.locator('.library .notice');
  }

  async exportPackage(title: string): Promise<void> {
    const row = this.page
      .locator('table.reports tbody tr')
      .filter({ has: this.page.getByText(title, { exact: true }) });
    await row.getByRole('button', { name: '导出报告包' }).click();
  }

  async backupTo(): Promise<void> {
    await this.row.getByRole('button', { name: '备份到…' }).click();
  }

  /** Picks `file` in the file chooser that `button` opens, as a clerk does in the system dialog. */
  private async choose(button: Locator, file: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await button.click();
    await (await chooser).setFiles(file);
  }

  async importPackage(file: string): Promise<void> {
    await this.choose(this.row.getByRole('button', { name: '导入报告包…' }), file);
  }

  overwriteQuestion(): Locator {
    return this.page.getByRole('dialog', { name: '覆盖报告' });
  }

  async answerOverwrite(answer: '覆盖' | '取消'): Promise<void> {
    await this.overwriteQuestion().getByRole('button', { name: answer, exact: true }).click();
  }

  /** 从备份恢复…: reads the warning, then picks the file; the window reloads on the restored data. */
  async restoreFrom(file: string): Promise<string> {
    await this.row.getByRole('button', { name: '从备份恢复…' }).click();
    const dialog = this.page.getByRole('dialog', { name: '从备份恢复' });
    const warning = (await dialog.textContent()) ?? '';
    await this.choose(dialog.getByRole('button', { name: '选择备份文件…' }), file);
    return warning;
  }
}
