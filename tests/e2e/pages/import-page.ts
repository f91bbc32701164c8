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

  /** Picks a report file in the file chooser, as a clerk does in the system dialog. */
  async chooseFile(file: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: /^选择文件/ }).click();
    await (await chooser).setFiles(file);
    await this.structure().waitFor();
  }

  /** 原文件中有隐藏文字: the hidden pieces the review lists, when the file has any. */
  hiddenText(): Locator {
    return this.page.getByRole('region', { name: '原文件中有隐藏文字' });
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

  /** One block of the detected structure, found by its text. */
  block(text: string): Locator {
    return this.structure().locator('.import-block', { hasText: text });
  }

  /** Ticks the blocks holding these texts, then moves them all to one part with 移过去. */
  async moveSelected(texts: string[], to: string): Promise<void> {
    for (const text of texts) await this.block(text).getByLabel('选中此段').check();
    const selection = this.page.getByRole('group', { name: '选中的段落' });
    await selection.getByLabel('选中段落移到').selectOption(to);
    await selection.getByRole('button', { name: '移过去' }).click();
  }

  /** Splits a block where the clerk puts the cursor: after `offset` characters of its text. */
  async splitAt(text: string, offset: number): Promise<void> {
    const block = this.block(text);
    await block.getByRole('button', { name: '拆开' }).click();
    const area = block.getByLabel('点在要拆开的位置');
    await area.click();
    await area.evaluate((element, at) => (element as HTMLTextAreaElement).setSelectionRange(at, at), offset);
    await block.getByRole('button', { name: '在光标处拆开' }).click();
  }

  async joinWithNext(text: string): Promise<void> {
    await this.block(text).getByRole('button', { name: '与下段合并' }).click();
  }

  /** Makes a line a heading (设为标题) and gives it a level: 1 starts a part, 2–4 are （一）/ 1. /（1）. */
  async makeHeading(text: string, level: 1 | 2 | 3 | 4): Promise<void> {
    const block = this.block(text);
    if ((await block.getAttribute('class'))?.includes('paragraph'))
      await block.getByRole('button', { name: '设为标题' }).click();
    await this.block(text).getByLabel('标题级别').selectOption(String(level));
  }

  /** 这是往年已报送的报告, offered above 确认导入 once the report's submission deadline has passed. */
  pastFields(): Locator {
    return this.page.getByRole('group', { name: '这是往年已报送的报告' });
  }

  async confirm(): Promise<void> {
    await this.page.getByRole('button', { name: '确认导入' }).click();
  }
}
