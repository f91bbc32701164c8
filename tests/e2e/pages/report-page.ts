import type { Locator, Page } from 'playwright-core';

/** The opened report, as far as it goes before the editor arrives. */
export class ReportPage {
  constructor(readonly page: Page) {}

  title(): Locator {
    return this.page.locator('.report-screen h1');
  }

  fact(label: string): Locator {
    return this.page.locator('.report-facts dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
  }

  partHeadings(): Promise<string[]> {
    return this.page.locator('ol.parts li > span:first-child').allTextContents();
  }

  async backToLibrary(): Promise<void> {
    await this.page.getByRole('link', { name: '← 报告库' }).click();
  }
}
