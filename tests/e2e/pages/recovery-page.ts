import type { Locator, Page } from 'playwright-core';

/** The screen shown instead of the library when the database cannot be read, in the clerk's terms. */
export class RecoveryPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.heading().waitFor();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { name: '数据需要恢复' });
  }

  /** What happened, as the screen explains it. */
  reason(): Locator {
    return this.page.locator('.recovery-reason');
  }

  /** The backups on offer, newest first: time, size, state. */
  async backups(): Promise<string[][]> {
    return this.page
      .getByRole('table', { name: '自动备份' })
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [...row.querySelectorAll('td')].slice(0, 3).map((cell) => cell.textContent ?? '')),
      );
  }

  /** Recovers from the backup marked 最新可用, and goes on to the library. */
  async recoverFromNewest(): Promise<void> {
    await this.page.getByRole('button', { name: '从此备份恢复' }).first().click();
    await this.page.getByRole('heading', { name: '已恢复' }).waitFor();
  }

  async openLibrary(): Promise<void> {
    await this.page.getByRole('button', { name: '打开报告库' }).click();
  }
}
