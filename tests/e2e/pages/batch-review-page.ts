import type { Locator, Page } from 'playwright-core';

/** The 汇审 screen: a batch made, files picked, the table read, a row opened, outputs saved. */
export class BatchReviewPage {
  constructor(readonly page: Page) {}

  /** From the library, as the office gets there. */
  async openFromLibrary(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('link', { name: '汇审多份报告…' }).click();
    await this.page.getByRole('button', { name: '开始新的汇审' }).waitFor();
  }

  async startBatch(title: string, year: string): Promise<void> {
    await this.page.getByLabel('汇审名称').fill(title);
    await this.page.getByLabel('报告年度').fill(year);
    await this.page.getByRole('button', { name: '开始新的汇审' }).click();
    await this.page.getByRole('button', { name: '选择各单位的报告（可多选）…' }).waitFor();
  }

  /** Picks the files in the chooser, as the clerk selects a whole folder's worth. */
  async pick(paths: string[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: '选择各单位的报告（可多选）…' }).click();
    await (await chooser).setFiles(paths);
  }

  progress(): Locator {
    return this.page.locator('.batch-progress');
  }

  async waitUntilRead(count: number): Promise<void> {
    await this.progress().getByText(`已读取 ${count} 份`).waitFor({ timeout: 120_000 });
  }

  table(): Locator {
    return this.page.getByRole('table', { name: '各单位报告汇总' });
  }

  /** The table's rows as header → cell text. */
  async rows(): Promise<Record<string, string>[]> {
    return this.table().evaluate((table) => {
      const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
      return [...table.querySelectorAll('tbody tr')].map((tr) =>
        Object.fromEntries([...tr.querySelectorAll('td')].map((td, index) => [headers[index], td.textContent ?? ''])),
      );
    });
  }

  row(file: string): Locator {
    return this.table()
      .locator('tbody tr')
      .filter({ has: this.page.locator('td[data-column="文件"]').getByText(file, { exact: true }) });
  }

  async sortBy(header: string): Promise<void> {
    await this.table().getByRole('button', { name: header, exact: true }).click();
  }

  async onlyIncomplete(): Promise<void> {
    await this.page.getByLabel(/只看不完整的/).check();
  }

  async save(label: '下载汇总表（Excel）' | '下载 CSV' | '生成通报草稿（Word）'): Promise<string> {
    await this.page.getByRole('button', { name: label }).click();
    const saved = await this.page.getByText(/^已保存：/).textContent();
    return saved!.replace(/^已保存：/, '');
  }
}
