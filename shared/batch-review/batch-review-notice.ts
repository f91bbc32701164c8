import type { DraftBlock } from '../report/part-content';
import type { ExportDocument } from '../export/export-document';
import { PART_LABELS } from '../outline/part-labels';
import { DEADLINE_DEFAULTS } from '../status/deadline-defaults';
import { formatHeadingNumber } from '../report/heading-numbers';
import { formatIssueDate } from '../report/format-issue-date';
import { BATCH_PARTS, type BatchReport, type BatchReviewEntry } from './batch-review-entry';

export interface NoticeOptions {
  /** The report year of the batch; when absent, the year most reports give. */
  year: number | null;
  /** Today, as YYYY-MM-DD: the draft's 成文日期. */
  today: string;
  county?: string;
  office?: string;
}

/** What one department must fix, in the words the 通报 uses; nothing for a report that needs no change. */
export function noticeItems(report: BatchReport): string[] {
  const items: string[] = [];
  const missing = BATCH_PARTS.filter((key) => key !== 'other' && report.parts[key].presence === 'absent');
  const inside = BATCH_PARTS.filter((key) => key !== 'other' && report.parts[key].presence === 'inside');
  if (missing.length) items.push(`缺少“${missing.map((key) => PART_LABELS[key]).join('”“')}”部分。`);
  if (inside.length) items.push(`“${inside.map((key) => PART_LABELS[key]).join('”“')}”未单列，混在其他部分中。`);
  if (report.causes === 'without') items.push('存在的不足只列问题，未分析原因。');
  if (report.leadershipConcrete === false) items.push('党政主要负责人履职情况写得空泛，缺少具体行动和数字。');
  if (report.plansYear === 'wrong') items.push('下一年度安排的年份写错。');
  if (report.date.onTime === false) items.push(`成文日期${report.date.text}晚于报送期限。`);
  if (!report.date.text) items.push('缺少成文日期。');
  const named = new Set([
    'part-missing',
    'shortcomings-no-causes',
    'leadership-vague',
    'plans-wrong-year',
    'date-missing',
  ]);
  const others = report.findings.filter((finding) => finding.severity === 'error' && !named.has(finding.id));
  for (const finding of others.slice(0, 3)) items.push(finding.message);
  return items;
}

const mostCommonYear = (entries: readonly BatchReviewEntry[]) => {
  const years = entries.map((entry) => entry.report?.year).filter((year): year is number => !!year);
  return years.sort((a, b) => years.filter((y) => y === b).length - years.filter((y) => y === a).length)[0] ?? null;
};

/**
 * A draft 通报 on the batch, laid out as a report so the one GB/T 9704 exporter writes it: an
 * overview with counts, then what each department must fix. The office edits it in WPS.
 */
export function batchReviewNotice(entries: readonly BatchReviewEntry[], options: NoticeOptions): ExportDocument {
  const year = options.year ?? mostCommonYear(entries);
  const yearText = year ? `${year}` : '××××';
  const county = options.county ?? '××县';
  const read = entries.filter((entry) => entry.report);
  const toFix = read.filter((entry) => noticeItems(entry.report!).length > 0);
  const unread = entries.filter((entry) => !entry.report);
  const late = read.filter((entry) => entry.report!.date.onTime === false);
  const [month, day] = DEADLINE_DEFAULTS.submitBy.split('-').map(Number);

  const blocks: DraftBlock[] = [
    {
      kind: 'paragraph',
      lead: null,
      text: `按照法治政府建设年度报告制度的要求，各部门应于${year ? year + 1 : '次'}年${month}月${day}日前报送${yearText}年度法治政府建设情况报告。现将报送情况通报如下：`,
    },
    { kind: 'heading', level: 1, text: `${formatHeadingNumber(1, 1)}总体情况` },
    {
      kind: 'paragraph',
      lead: null,
      text:
        `共收到${entries.length}份报告，其中符合要求的${read.length - toFix.length}份，需要修改完善的${toFix.length}份` +
        `${unread.length ? `，未能打开审读的${unread.length}份` : ''}；成文日期晚于报送期限的${late.length}份。`,
    },
    { kind: 'heading', level: 1, text: `${formatHeadingNumber(1, 2)}需要修改完善的单位` },
  ];
  if (!toFix.length && !unread.length)
    blocks.push({ kind: 'paragraph', lead: null, text: '各单位报告内容完整，未发现需要修改的问题。' });
  toFix.forEach((entry, index) => {
    blocks.push({
      kind: 'heading',
      level: 2,
      text: `${formatHeadingNumber(2, index + 1)}${entry.report!.organization || `文件“${entry.file}”`}`,
    });
    blocks.push({ kind: 'paragraph', lead: null, text: noticeItems(entry.report!).join('') });
  });
  if (unread.length) {
    // The reason's first sentence says what the file is; the rest is advice to whoever opens it.
    const files = unread
      .map((entry) => {
        const what = (entry.reason ?? '').split('。')[0]!;
        return what.includes(entry.file) ? what : `“${entry.file}”${what}`;
      })
      .join('；');
    blocks.push(
      { kind: 'heading', level: 2, text: `${formatHeadingNumber(2, toFix.length + 1)}未能打开审读的文件` },
      { kind: 'paragraph', lead: null, text: `${files}。请报送单位重新报送可以打开的 .docx 文件。` },
    );
  }
  blocks.push(
    { kind: 'heading', level: 1, text: `${formatHeadingNumber(1, 3)}有关要求` },
    {
      kind: 'paragraph',
      lead: null,
      text: '请上述单位对照通报的问题认真修改完善，经本单位主要负责人审定后重新报送，并按规定向社会公开。',
    },
  );
  return {
    title: `关于${county}${yearText}年度法治政府建设年度报告报送情况的通报`,
    addressee: '县直各部门',
    blocks,
    signature: options.office ?? `${county}全面依法治县委员会办公室`,
    date: formatIssueDate(options.today),
  };
}
