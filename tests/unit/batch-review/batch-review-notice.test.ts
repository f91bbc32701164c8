import { describe, expect, it } from 'vitest';
import type { BatchReviewEntry } from '../../../shared/batch-review/batch-review-entry';
import { batchReviewNotice } from '../../../shared/batch-review/batch-review-notice';
import { summarizeReport } from '../../../shared/batch-review/summarize-report';
import { runChecks } from '../../../shared/checks/run-checks';
import { readReportText } from '../../../shared/reading/read-report-text';
import { batchReportLines, type BatchReportShape } from '../../helpers/batch-report-lines';

let ids = 0;
function entry(file: string, shape?: BatchReportShape, reason?: string): BatchReviewEntry {
  const doc = shape && readReportText(batchReportLines(shape).join('\n'));
  return {
    id: ++ids,
    file,
    notified: false,
    readAt: '2025-02-01T08:00:00.000Z',
    reason: reason ?? null,
    report: doc ? summarizeReport(doc, runChecks(doc)) : null,
  };
}

const paragraphs = (entries: BatchReviewEntry[]) =>
  batchReviewNotice(entries, { year: 2024, today: '2025-03-05', county: '某县' }).blocks.map((block) =>
    block.kind === 'table' ? '' : block.text,
  );

describe('batchReviewNotice', () => {
  it('counts the batch and names what each department must fix, unreadable files last', () => {
    const entries = [
      entry('教育局.docx', { organization: '某县教育局' }),
      entry('民政局.txt', { organization: '某县民政局', omit: ['shortcomings'] }),
      entry('卫健局.doc', { organization: '某县卫生健康局', date: '2025年3月20日', noCauses: true }),
      entry('重复.txt', undefined, '与“民政局.txt”内容相同，可能重复报送或报错了文件。'),
    ];
    const notice = batchReviewNotice(entries, { year: 2024, today: '2025-03-05', county: '某县' });
    expect(notice.title).toBe('关于某县2024年度法治政府建设年度报告报送情况的通报');
    expect(notice.date).toBe('2025年3月5日');
    const text = paragraphs(entries);
    expect(text).toContain(
      '共收到4份报告，其中符合要求的1份，需要修改完善的2份，未能打开审读的1份；成文日期晚于报送期限的1份。',
    );
    expect(text).toContain('（一）某县民政局');
    expect(text).toContain('缺少“不足和原因”部分。');
    expect(text).toContain('存在的不足只列问题，未分析原因。成文日期2025年3月20日晚于报送期限。');
    expect(text).toContain('（三）未能打开审读的文件');
    expect(text.join('\n')).toContain('“重复.txt”与“民政局.txt”内容相同');
    expect(text.join('\n')).not.toContain('某县教育局');
  });

  it('says so when every report is in order', () => {
    expect(paragraphs([entry('教育局.docx', { organization: '某县教育局' })])).toContain(
      '各单位报告内容完整，未发现需要修改的问题。',
    );
  });
});
