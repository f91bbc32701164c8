import type { Locator, Page } from 'playwright-core';

/** The export screen: the pages as they will print, and the choices beside them. */
export class ExportPage {
  constructor(readonly page: Page) {}

  screen(): Locator {
    return this.page.getByRole('dialog', { name: '导出' });
  }

  pages(): Locator {
    return this.screen().locator('.page');
  }

  /** The text lines of one page, as laid out (blank lines left out). */
  async lines(pageNumber: number): Promise<string[]> {
    const texts = await this.pages()
      .nth(pageNumber - 1)
      .locator('.page-line')
      .allTextContents();
    return texts.filter((text) => text.trim() !== '');
  }

  /** The font families the page has loaded once all fonts in use are ready. */
  async loadedFonts(): Promise<string[]> {
    return this.page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts]
        .filter((font) => font.status === 'loaded')
        .map((font) => font.family.replace(/"/g, ''));
    });
  }

  pageNumber(pageNumber: number): Locator {
    return this.pages()
      .nth(pageNumber - 1)
      .locator('.page-number');
  }

  async choose(
    label: '报送版' | '公开版' | '标准公文字体' | '系统自带字体' | '三级标题加粗' | '加盖印章版式',
  ): Promise<void> {
    await this.screen().getByLabel(label).check();
  }

  exportButton(): Locator {
    return this.screen().getByRole('button', { name: /^导出.*DOCX$/ });
  }

  status(): Locator {
    return this.screen().locator('.export-done, .form-error');
  }

  privacyReview(): Locator {
    return this.screen().getByRole('region', { name: '保密审查' });
  }

  /** Confirms a flagged detail as fit to publish, with the reason the review records. */
  async confirmPublishable(reason: string): Promise<void> {
    const review = this.privacyReview();
    await review.getByRole('button', { name: '确认可以公开…' }).first().click();
    await review.getByLabel('为什么可以公开').fill(reason);
    await review.getByRole('button', { name: '记录确认' }).click();
  }
}
