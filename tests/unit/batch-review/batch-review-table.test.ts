import { describe, expect, it } from 'vitest';
import type { BatchReviewEntry } from '../../../shared/batch-review/batch-review-entry';
import { batchReviewCsv } from '../../../shared/batch-review/batch-review-table';

const unreadable = (file: string, reason: string): BatchReviewEntry => ({
  id: 1,
  file,
  notified: true,
  readAt: '2025-02-01T08:00:00.000Z',
  reason,
  report: null,
});

describe('batchReviewCsv', () => {
  it('writes UTF-8 with a BOM and CRLF lines, quoting cells with commas, quotes and line breaks', () => {
    const csv = batchReviewCsv([unreadable('报告,终稿.docx', '“报告”加了密码，无法读取。\n请另存为 .docx')]);
    expect(csv.startsWith('\uFEFF文件,单位,报告年度,')).toBe(true);
    const [, row] = csv.split('\r\n');
    expect(row).toMatch(/^"报告,终稿\.docx",/);
    expect(csv).toContain('已通知修改');
    expect(csv).toContain('"“报告”加了密码，无法读取。\n请另存为 .docx"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('keeps a file name that looks like a formula as text', () => {
    const csv = batchReviewCsv([unreadable('=HYPERLINK("http://x").docx', '不支持')]);
    expect(csv.split('\r\n')[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/x""\)\.docx",/);
  });
});
