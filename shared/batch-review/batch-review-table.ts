import { PART_LABELS } from '../outline/part-labels';
import { BATCH_PARTS, type BatchPart, type BatchReviewEntry } from './batch-review-entry';

export interface BatchColumn {
  header: string;
  cell: (entry: BatchReviewEntry) => string;
}

const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;

export const presenceText = (part: BatchPart) =>
  part.presence === 'own'
    ? `✔ ${part.chars}字`
    : part.presence === 'inside'
      ? `◐ 写在其他部分 ${part.chars}字`
      : '✘ 缺';

const yesNo = (value: boolean | null, yes: string, no: string) => (value === null ? '—' : value ? yes : no);

/** The three most serious findings, as the table and the 通报 name them. */
export const topFindings = (entry: BatchReviewEntry) =>
  (entry.report?.findings ?? []).slice(0, 3).map((finding) => `${SEVERITY[finding.severity]}：${finding.message}`);

const report = (cell: (report: NonNullable<BatchReviewEntry['report']>) => string) => (entry: BatchReviewEntry) =>
  entry.report ? cell(entry.report) : '';

/** The roll-up's columns, one list for the screen, the CSV, the xlsx and the CLI table. */
export const BATCH_COLUMNS: readonly BatchColumn[] = [
  { header: '文件', cell: (entry) => entry.file },
  { header: '单位', cell: report((r) => r.organization || '（未写明）') },
  { header: '报告年度', cell: report((r) => (r.year ? String(r.year) : '（未写明）')) },
  ...BATCH_PARTS.map((key) => ({ header: PART_LABELS[key], cell: report((r) => presenceText(r.parts[key])) })),
  {
    header: '不足的原因',
    cell: report((r) => ({ with: '有原因', without: '只列问题无原因', absent: '—' })[r.causes]),
  },
  {
    header: '第一责任人写实',
    cell: report((r) => yesNo(r.leadershipConcrete, '有具体行动和数字', '空泛')),
  },
  { header: '安排年度', cell: report((r) => ({ right: '正确', wrong: '年份错误', absent: '—' })[r.plansYear]) },
  { header: '错误', cell: report((r) => String(r.counts.error)) },
  { header: '警告', cell: report((r) => String(r.counts.warning)) },
  { header: '主要问题', cell: (entry) => topFindings(entry).join('\n') },
  { header: '成文日期', cell: report((r) => r.date.text || '（缺）') },
  { header: '3月1日前', cell: report((r) => yesNo(r.date.onTime, '是', '否（逾期）')) },
  { header: '完整', cell: report((r) => (r.complete ? '完整' : '不完整')) },
  { header: '状态', cell: (entry) => (entry.notified ? '已通知修改' : '') },
  { header: '无法读取的原因', cell: (entry) => entry.reason ?? '' },
];

/** A cell as CSV; one opening like a formula (a file named "=…") is kept as text, as spreadsheets would run it. */
function csvCell(raw: string): string {
  const value = /^[=+@\t]/.test(raw) ? `'${raw}` : raw;
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The roll-up as CSV: UTF-8 with a BOM, which WPS and Excel need to read Chinese, and CRLF lines. */
export function batchReviewCsv(entries: readonly BatchReviewEntry[]): string {
  const rows = [
    BATCH_COLUMNS.map((column) => column.header),
    ...entries.map((entry) => BATCH_COLUMNS.map((column) => column.cell(entry))),
  ];
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
