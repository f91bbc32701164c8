import type { Locator, Page } from 'playwright-core';

/** 导入修改稿: the leader's DOCX picked, the changes side by side, then the chosen ones taken. */
export class LeaderEditsPage {
  constructor(readonly page: Page) {}

  async pick(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: /选择修改稿/ }).click();
    await (await chooser).setFiles(path);
    await this.comparison().waitFor();
  }

  comparison(): Locator {
    return this.page.getByRole('region', { name: '修改对照' });
  }

  /** 原文件中有隐藏文字: the hidden pieces of the file, when it has any. */
  hiddenText(): Locator {
    return this.comparison().getByRole('region', { name: '原文件中有隐藏文字' });
  }

  summary(): Locator {
    return this.comparison().locator('.leader-edits-summary');
  }

  /** The row whose report or leader's side holds `text`. */
  row(text: string): Locator {
    return this.comparison().locator('tbody tr', { hasText: text });
  }

  /** The highlighted sentences, in order: the leader's (`added`) or the report's that go (`removed`). */
  async sentences(side: 'added' | 'removed'): Promise<string[]> {
    return this.comparison().locator(`mark.${side}`).allTextContents();
  }

  button(name: '全部采纳' | '全部不采纳' | '采纳所选修改'): Locator {
    return this.comparison().getByRole('button', { name, exact: true });
  }
}
