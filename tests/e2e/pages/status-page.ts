import type { Locator, Page } from 'playwright-core';

type Stage = '初审' | '复审' | '终审' | '保密审查';

/** The path to submission as the clerk sees it: the dashboard on the library, the 审签报送 panel in the report. */
export class StatusPage {
  constructor(readonly page: Page) {}

  dashboard(): Locator {
    return this.page.getByRole('region', { name: '本年度报告' });
  }

  /** Goes to the library and waits for the dashboard to show `expected` as the next action. */
  async dashboardAt(url: string): Promise<void> {
    await this.page.goto(url);
    await this.dashboard().waitFor();
  }

  /** The heading of the report the dashboard shows in full: 2025年度 · 标题. */
  dashboardTitle(): Locator {
    return this.dashboard().locator('.dashboard-header h2');
  }

  completeness(): Locator {
    return this.dashboard().getByLabel('完成情况');
  }

  /** The other reports, listed below the one shown in full. */
  otherReports(): Locator {
    return this.dashboard().getByRole('list', { name: '其他报告' }).getByRole('listitem');
  }

  nextAction(): Locator {
    return this.dashboard().getByLabel('下一步');
  }

  deadlines(): Locator {
    return this.dashboard().locator('.dashboard-deadlines .deadline-badge');
  }

  /** Clicks the dashboard's next action, which opens the report where it is done. */
  async followNextAction(): Promise<void> {
    await this.nextAction().getByRole('button').click();
  }

  panel(): Locator {
    return this.page.getByLabel('审签报送', { exact: true });
  }

  async openPanel(): Promise<void> {
    await this.page.getByRole('tab', { name: '审签报送' }).click();
    await this.panel().waitFor();
  }

  async move(label: string, note?: string): Promise<void> {
    const status = this.panel().locator('h3 .status-label');
    const before = await status.textContent();
    if (note === undefined) {
      await this.panel()
        .getByRole('group', { name: '改变状态' })
        .getByRole('button', { name: label, exact: true })
        .click();
    } else {
      await this.panel()
        .getByRole('button', { name: `${label}…` })
        .click();
      const form = this.panel().getByRole('form', { name: label });
      await form.getByRole('textbox').fill(note);
      await form.getByRole('button', { name: label, exact: true }).click();
    }
    await this.page.waitForFunction(
      ([selector, previous]) => document.querySelector(selector!)?.textContent !== previous,
      ['.status-panel h3 .status-label', before],
    );
  }

  /** Waits until the panel's status label differs from `before`. */
  private async statusChangedFrom(before: string | null): Promise<void> {
    await this.page.waitForFunction(
      ([selector, previous]) => document.querySelector(selector!)?.textContent !== previous,
      ['.status-panel h3 .status-label', before],
    );
  }

  /**
   * 标记为已报送: the form asks for the day (today unless `date` is given) and the way it was sent.
   * Returns the day the form offered before any change.
   */
  async markSubmitted(channel: '纸质' | '电子公文系统' | '邮件' | '其他', date?: string): Promise<string> {
    const before = await this.panel().locator('h3 .status-label').textContent();
    await this.panel().getByRole('button', { name: '标记为已报送…' }).click();
    const form = this.panel().getByRole('form', { name: '标记为已报送' });
    const offered = await form.getByLabel('报送日期').inputValue();
    if (date) await form.getByLabel('报送日期').fill(date);
    await form.getByLabel('报送方式').selectOption({ label: channel });
    await form.getByRole('button', { name: '标记为已报送', exact: true }).click();
    await this.statusChangedFrom(before);
    return offered;
  }

  /** 这是往年已报送的报告: one step to 已报送 or 已公开 on the given day. */
  async recordPastReport(to: '已报送' | '已报送并已公开', date: string): Promise<void> {
    const before = await this.panel().locator('h3 .status-label').textContent();
    await this.panel().getByRole('button', { name: '这是往年已报送的报告…' }).click();
    const form = this.panel().getByRole('form', { name: '这是往年已报送的报告' });
    await form.getByLabel(to, { exact: true }).check();
    await form.getByLabel(to === '已报送' ? '报送日期' : '公开日期').fill(date);
    await form.getByRole('button', { name: to === '已报送' ? '记为已报送' : '记为已公开' }).click();
    await this.statusChangedFrom(before);
  }

  /** Opens the printable 审签记录. */
  async openReviewSheet(): Promise<Locator> {
    await this.panel().getByRole('button', { name: '打印审签记录…' }).click();
    const sheet = this.page.getByRole('dialog', { name: '审签记录' });
    await sheet.waitFor();
    return sheet;
  }

  async recordReview(stage: Stage, reviewer: string, result: '通过' | '退回' = '通过', comment = ''): Promise<void> {
    const form = this.panel().getByRole('form', { name: '记录审核' });
    await form.getByLabel('审核环节').selectOption({ label: stage });
    await form.getByLabel('审核人').fill(reviewer);
    await form.getByLabel(result).check();
    if (comment) await form.getByLabel('审核意见').fill(comment);
    await form.getByRole('button', { name: `记录${stage}` }).click();
    await this.panel().locator(`.review-list li`, { hasText: reviewer }).waitFor();
  }

  recordedReviews(): Locator {
    return this.panel().locator('.review-list li');
  }

  frozenBanner(): Locator {
    return this.page.getByRole('status', { name: '正文已锁定' });
  }
}
