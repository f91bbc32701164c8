import { z } from 'zod';
import { PartKey } from '../outline/part-key';

export const IndicatorValue = z.object({
  key: z.string().min(1).max(64),
  /** null while not filled in (or when not applicable). */
  value: z
    .number()
    .finite()
    .min(0, { message: '数据指标不能为负数' })
    .max(1e9, { message: '数据指标数值过大' })
    .nullable(),
  notApplicable: z.boolean(),
});
export type IndicatorValue = z.infer<typeof IndicatorValue>;

/** A report's figures, with the same organization's figures for the year before (同比) when there is such a report. */
export const ReportIndicators = z.object({
  values: z.array(IndicatorValue),
  previous: z.object({ year: z.number(), values: z.array(IndicatorValue) }).nullable(),
});
export type ReportIndicators = z.infer<typeof ReportIndicators>;

/** Everything a revision keeps of a report, enough to show it and to bring it back. */
export const ReportSnapshot = z.object({
  title: z.string(),
  addressee: z.string(),
  signature: z.string(),
  issuedOn: z.iso.date().nullable(),
  parts: z.array(
    z.object({ key: PartKey, heading: z.string(), contentJson: z.string().nullable(), plainText: z.string() }),
  ),
  indicators: z.array(IndicatorValue),
});
export type ReportSnapshot = z.infer<typeof ReportSnapshot>;

export const REVISION_REASONS = [
  'autosave',
  'before-restore',
  'before-import',
  'export',
  'before-leader-edits',
  'leader-edits',
] as const;
export const RevisionReason = z.enum(REVISION_REASONS);
export type RevisionReason = z.infer<typeof RevisionReason>;

export const REVISION_REASON_LABELS: Record<RevisionReason, string> = {
  autosave: '编辑过程中自动保存',
  'before-restore': '恢复旧版本之前',
  'before-import': '导入之前',
  export: '导出时',
  'before-leader-edits': '导入领导修改稿之前',
  'leader-edits': '领导修改稿',
};

/** A revision as the history names it: the leader's edits with the day they came in, 领导修改稿（2026年1月7日）. */
export function revisionLabel(reason: RevisionReason, createdAt: string): string {
  if (reason !== 'leader-edits') return REVISION_REASON_LABELS[reason];
  const at = new Date(createdAt);
  return `${REVISION_REASON_LABELS[reason]}（${at.getFullYear()}年${at.getMonth() + 1}月${at.getDate()}日）`;
}
