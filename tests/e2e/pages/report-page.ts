import type { Locator, Page } from 'playwright-core';

/** The opened report, in what the clerk sees and does. */
export class ReportPage {
  constructor(readonly page: Page) {}

  title(): Locator {
    return this.page.locator('.report-screen h1');
  }

  headerField(label: '报告标题' | '主送机关' | '发文机关署名' | '成文日期'): Locator {
    return this.page.getByRole('form', { name: '报告信息' }).getByLabel(label);
  }

  partHeadings(): Promise<string[]> {
    return this.page.locator('.part-heading').allTextContents();
  }

  /** The editor of a part, found by the start of its heading, e.g. "一、". */
  part(headingStart: string): Locator {
    return this.page.getByRole('textbox', { name: new RegExp(`^${headingStart}`) });
  }

  preface(): Locator {
    return this.page.getByRole('textbox', { name: '开头段落' });
  }

  /** The headings of a part as the page shows them, numbers included. */
  async headingsIn(headingStart: string): Promise<string[]> {
    return this.part(headingStart)
      .locator('.section-heading, .lead-sentence')
      .evaluateAll((elements) =>
        elements.map((element) => `${(element as HTMLElement).dataset.number ?? ''}${element.textContent}`),
      );
  }

  /**
   * Presses caret keys one by one, letting each selectionchange reach the editor before the next
   * key, as it always does at human speed.
   */
  async press(...keys: string[]): Promise<void> {
    for (const key of keys) {
      await this.page.keyboard.press(key);
      await this.page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
    }
  }

  /** Pastes into a part as the clipboard would: plain text, or the HTML that Word or WPS puts there. */
  async paste(headingStart: string, type: 'text/plain' | 'text/html', content: string): Promise<void> {
    await this.part(headingStart).evaluate(
      (element, [type, content]) => {
        const data = new DataTransfer();
        data.setData(type, content);
        element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      [type, content] as const,
    );
  }

  saveStatus(): Locator {
    return this.page.locator('.save-status');
  }

  async waitUntilSaved(): Promise<void> {
    await this.page.locator('.save-status.saved').waitFor();
  }

  toolbarButton(name: string): Locator {
    return this.page.getByRole('toolbar', { name: '编辑工具' }).getByRole('button', { name, exact: true });
  }

  sidebar(): Locator {
    return this.page.getByRole('navigation', { name: '报告提纲' });
  }

  async addSubHeading(partKey: string, text: string): Promise<void> {
    const part = this.sidebar().locator(`[data-part="${partKey}"]`);
    await part.getByRole('button', { name: '＋ 小标题' }).click();
    await part.getByLabel('小标题文字').fill(text);
    await part.getByRole('button', { name: '添加' }).click();
  }

  /** The heading's actions show when the pointer is over it, as for a clerk with a mouse. */
  async moveUp(headingText: string): Promise<void> {
    await this.sidebar().locator('.heading-item', { hasText: headingText }).hover();
    await this.sidebar()
      .getByRole('button', { name: `上移“${headingText}”` })
      .click();
  }

  panelTab(name: '检查' | '写作要点' | '数据指标' | '历史版本'): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}`) });
  }

  checks(): Locator {
    return this.page.getByLabel('检查结果');
  }

  /** The findings of one rule, as listed in the 检查 panel. */
  findings(id: string): Locator {
    return this.checks().locator(`.finding[data-id="${id}"]`);
  }

  async backToLibrary(): Promise<void> {
    await this.page.getByRole('link', { name: '← 报告库' }).click();
  }
}
