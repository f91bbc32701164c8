import type { Locator, Page } from 'playwright-core';

export interface NewReportInput {
  organizationName: string;
  year?: number;
  addressee?: string;
  title?: string;
}

/** What a clerk does on the report library, in their words. */
export class LibraryPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('heading', { name: '法治年报助手' }).waitFor();
  }

  get form(): Locator {
    return this.page.getByRole('form', { name: '新建报告' });
  }

  async startNewReport(input: NewReportInput): Promise<void> {
    await this.page.getByRole('button', { name: '＋ 新建报告' }).click();
    await this.form.getByLabel('单位名称').fill(input.organizationName);
    if (input.year !== undefined) await this.form.getByLabel('报告年度').fill(String(input.year));
    if (input.addressee !== undefined) await this.form.getByLabel('主送机关').fill(input.addressee);
    if (input.title !== undefined) await this.form.getByLabel('报告标题').fill(input.title);
  }

  async createReport(input: NewReportInput): Promise<void> {
    await this.startNewReport(input);
    await this.form.getByRole('button', { name: '创建报告' }).click();
  }

  row(title: string): Locator {
    return this.page.locator('table.reports tbody tr').filter({ has: this.page.getByText(title, { exact: true }) });
  }

  /** The titles in the list, as shown, once the list has loaded. */
  async titles(): Promise<string[]> {
    await this.page.locator('table.reports, p.empty, .library-welcome').first().waitFor();
    return this.page.locator('table.reports .report-title').allTextContents();
  }

  async yearOf(title: string): Promise<string> {
    return (await this.row(title).locator('td.year').textContent()) ?? '';
  }

  notice(): Locator {
    return this.page.getByRole('status');
  }

  async openReport(title: string): Promise<void> {
    await this.row(title).getByRole('button', { name: '打开' }).click();
  }

  async rename(title: string, newTitle: string): Promise<void> {
    await this.row(title).getByRole('button', { name: '重命名' }).click();
    await this.page.getByLabel('新标题').fill(newTitle);
    await this.page.getByLabel('新标题').press('Enter');
  }

  async duplicate(title: string): Promise<void> {
    await this.row(title).getByRole('button', { name: '复制' }).click();
  }

  async delete(title: string): Promise<void> {
    await this.row(title).getByRole('button', { name: '删除' }).click();
  }

  async goToTrash(): Promise<void> {
    await this.page.getByRole('link', { name: '回收站' }).click();
  }

  async goToLibrary(): Promise<void> {
    await this.page.getByRole('link', { name: '报告库' }).click();
  }

  async restore(title: string): Promise<void> {
    await this.row(title).getByRole('button', { name: '恢复' }).click();
  }
}
