import type ExcelJS from 'exceljs';
import type { BatchReviewEntry } from '../../shared/batch-review/batch-review-entry';
import { BATCH_COLUMNS } from '../../shared/batch-review/batch-review-table';
import { IMPORT_PART_LABELS } from '../../shared/import/import-part-labels';

const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;
const PLACES: Record<string, string> = {
  ...IMPORT_PART_LABELS,
  title: '标题',
  addressee: '主送机关',
  closing: '落款',
  outside: '正文以外',
};

/** A header row in bold, frozen, with a filter: how the office's spreadsheets look. */
function header(sheet: ExcelJS.Worksheet, widths: readonly number[]) {
  const row = sheet.getRow(1);
  row.font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: widths.length } };
  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
}

/** The 汇审 as a workbook: 汇总 (one row a file) and 问题清单 (one row a finding). */
export async function batchReviewXlsx(entries: readonly BatchReviewEntry[]): Promise<Buffer> {
  // Loaded when a workbook is asked for: exceljs takes about 0.4 s to load, which every CLI
  // command and the app's start would otherwise pay.
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  book.creator = '法治年报助手';
  const summary = book.addWorksheet('汇总');
  summary.addRow(BATCH_COLUMNS.map((column) => column.header));
  for (const entry of entries) summary.addRow(BATCH_COLUMNS.map((column) => column.cell(entry)));
  header(
    summary,
    BATCH_COLUMNS.map((column) => (column.header === '主要问题' || column.header.includes('原因') ? 40 : 14)),
  );
  summary.eachRow((row) => (row.alignment = { vertical: 'top', wrapText: true }));

  const findings = book.addWorksheet('问题清单');
  findings.addRow(['文件', '单位', '级别', '检查项', '位置', '问题和修改意见', '原文']);
  for (const entry of entries)
    for (const finding of entry.report?.findings ?? [])
      findings.addRow([
        entry.file,
        entry.report!.organization,
        SEVERITY[finding.severity],
        finding.id,
        PLACES[finding.part] ?? finding.part,
        finding.message,
        finding.excerpt,
      ]);
  header(findings, [24, 20, 8, 24, 16, 60, 40]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
