import type { Locator, Page } from 'playwright-core';

/** The import screen: a paste or a file in, the detected structure to check, then 确认导入. */
export class ImportPage {
  constructor(readonly page: Page) {}

  async open(url: string, reportId?: string): Promise<void> {
    await this.page.goto(`${url}${reportId ? `#/reports/${reportId}/import` : '#/import'}`);
    await this.page.getByRole('region', { name: '选择要导入的报告' }).waitFor();
  }

  async paste(text: string): Promise<void> {
    await this.page.getByLabel('或粘贴整篇报告').fill(text);
    await this.page.getByRole('button', { name: '识别粘贴的文字' }).click();
    await this.structure().waitFor();
  }

  structure(): Locator {
    return this.page.getByRole('region', { name: '识别结果' });
  }

  /** The places the detected parts landed, in order, e.g. ['开头', '举措和成效', …]. */
  async places(): Promise<(string | null)[]> {
    return this.structure()
      .locator('.import-part')
      .evaluateAll((parts) => parts.map((part) => part.getAttribute('data-part')));
  }

  part(key: string): Locator {
    return this.structure().locator(`.import-part[data-part="${key}"]`);
  }

  headerField(label: '报告标题' | '单位名称' | '报告年度' | '主送机关' | '发文机关署名' | '成文日期'): Locator {
    return this.page.getByRole('group', { name: '报告信息' }).getByLabel(label);
  }

  async confirm(): Promise<void> {
    await this.page.getByRole('button', { name: '确认导入' }).click();
  }
}
