import { z } from 'zod';

/** Stable identifiers of the mandated parts, plus the preface before them (see annual-report-rules.md). */
export const PART_KEYS = ['preface', 'measures', 'shortcomings', 'leadership', 'plans', 'other'] as const;

export const PartKey = z.enum(PART_KEYS);
export type PartKey = z.infer<typeof PartKey>;

/** Short names of the parts, where the heading is too long: the dashboard, the CLI, the next step. */
export const PART_LABELS: Record<PartKey, string> = {
  preface: '开头',
  measures: '举措和成效',
  shortcomings: '不足和原因',
  leadership: '第一责任人职责',
  plans: '下一年度安排',
  other: '其他',
};
