import type { Locator, Page } from 'playwright-core';
import { LibraryPage } from './library-page';

/** 基于上一年度报告新建, and what the clerk then sees of last year's text and promises. */
export class CarryoverPage {
  constructor(readonly page: Page) {}

  async createNextYearFrom(title: string): Promise<void> {
    await new LibraryPage(this.page).row(title).getByRole('button', { name: '基于此报告新建下一年度' }).click();
  }

  /** Blocks of a part editor still marked 沿用待更新. */
  carriedOver(part: Locator): Locator {
    return part.locator('[data-carryover]');
  }

  yearCheck(): Locator {
    return this.page.getByRole('region', { name: '年份核对' });
  }

  /** One offered year, found by the words around it. */
  yearOffer(words: string): Locator {
    return this.yearCheck().locator('.year-offer', { hasText: words });
  }

  commitments(): Locator {
    return this.page.getByRole('region', { name: '承诺兑现' });
  }

  commitment(plan: string): Locator {
    return this.commitments().locator('.commitment', { hasText: plan });
  }
}
