import ExcelJS from 'exceljs';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasSamples, samplePath } from '../helpers/samples';
import { useTempDirs } from '../helpers/temp-dir';
import { BATCH_FIXTURES, EXPECTED_ROWS } from '../unit/batch-review/batch-fixtures';
import { BatchReviewPage } from './pages/batch-review-page';
import { usePreviewSession } from './use-preview-session';

const session = usePreviewSession();
const tempDir = useTempDirs();

/** The county's folder: our fixtures in every shape, a 30 MB file, and the real samples when present. */
function folderPaths(): string[] {
  const big = join(tempDir(), '15-超大附件.docx');
  writeFileSync(big, Buffer.alloc(30 * 1024 * 1024, 1));
  const samples = hasSamples ? ['000', '001', '002', '003', '004'].map(samplePath) : [];
  return [
    ...readdirSync(BATCH_FIXTURES)
      .sort()
      .map((name) => join(BATCH_FIXTURES, name)),
    big,
    ...samples,
  ];
}

describe('汇审 in the preview', () => {
  it(
    'reads a folder of mixed reports into the expected table, opens one read-only and saves the outputs',
    { timeout: 240_000 },
    async () => {
      const paths = folderPaths();
      const review = new BatchReviewPage(session.page);
      await review.openFromLibrary(session.url);
      await review.startBatch('2025年汇审', '2024');
      await review.pick(paths);
      await review.waitUntilRead(paths.length);

      const rows = await review.rows();
      expect(rows).toHaveLength(paths.length);
      const byFile = new Map(rows.map((row) => [row['文件'], row]));
      for (const [file, expected] of Object.entries(EXPECTED_ROWS)) {
        const row = byFile.get(file)!;
        if ('reason' in expected) expect(row['无法读取的原因'], file).toMatch(expected.reason);
        else expect(row['单位'], file).toBe(expected.organization);
      }
      expect(byFile.get('15-超大附件.docx')!['无法读取的原因']).toMatch(/超过 20 MB/);
      expect(byFile.get('02-某县民政局.txt')).toMatchObject({ 不足和原因: '✘ 缺', 完整: '不完整' });
      expect(byFile.get('03-某县司法局.txt')).toMatchObject({ 不足的原因: '只列问题无原因' });
      expect(byFile.get('04-某县交通运输局.docx')).toMatchObject({ 安排年度: '年份错误' });
      expect(byFile.get('05-某县卫生健康局.doc')).toMatchObject({ '3月1日前': '否（逾期）', 第一责任人写实: '空泛' });
      expect(byFile.get('06-某县住房和城乡建设局.pdf')!['不足和原因']).toMatch(/^◐ 写在其他部分/);
      expect(byFile.get('01-某县教育局.docx')).toMatchObject({ 完整: '完整', 错误: '0' });
      if (hasSamples)
        expect(rows.filter((row) => /^00\d_/.test(row['文件']!)).every((row) => row['报告年度'])).toBe(true);

      await review.sortBy('错误');
      await review.sortBy('错误');
      const sorted = (await review.rows()).map((row) => Number(row['错误'] || -1));
      expect(sorted).toEqual([...sorted].sort((a, b) => b - a));

      await review.onlyIncomplete();
      const incomplete = await review.rows();
      expect(incomplete.length).toBeLessThan(paths.length);
      expect(incomplete.every((row) => row['完整'] !== '完整')).toBe(true);

      await review.row('02-某县民政局.txt').getByRole('button', { name: '标为已通知修改' }).click();
      await review.row('02-某县民政局.txt').getByText('已通知修改', { exact: true }).waitFor();

      const xlsx = await review.save('下载汇总表（Excel）');
      expect(xlsx.startsWith(join(session.dataDir, '导出'))).toBe(true);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(xlsx);
      expect(book.getWorksheet('汇总')!.rowCount).toBe(paths.length + 1);
      expect(book.getWorksheet('问题清单')!.rowCount).toBeGreaterThan(paths.length);
      expect(existsSync(await review.save('生成通报草稿（Word）'))).toBe(true);

      await review.row('04-某县交通运输局.docx').getByRole('button', { name: '查看' }).click();
      const text = session.page.getByRole('article', { name: '报告原文（只读）' });
      await text.waitFor();
      await expect(text.locator('mark.error').first().textContent()).resolves.toBe('2024');
      await session.page
        .getByRole('complementary')
        .getByText(/下一年度安排写的是 2024 年/)
        .waitFor();
    },
  );

  it('stops at 取消 and keeps the rows already read', { timeout: 120_000 }, async () => {
    const paths = folderPaths();
    const review = new BatchReviewPage(session.page);
    await review.openFromLibrary(session.url);
    await review.startBatch('取消测试', '2024');
    await review.pick(paths);
    await review
      .progress()
      .getByText(new RegExp(`正在读取 \\d+ / ${paths.length}`))
      .waitFor();
    await review.progress().getByRole('button', { name: '取消' }).click();
    await review
      .progress()
      .getByText(/已取消：读取了 \d+ \/ \d+ 份/)
      .waitFor();
    const rows = await review.rows().catch(() => []);
    expect(rows.length).toBeLessThan(paths.length);
  });
});
