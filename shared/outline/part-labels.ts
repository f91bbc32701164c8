import type { PartKey } from './part-key';

// Apart from part-key.ts, which builds a zod schema: the CLI prints these labels without loading zod.
/** Short names of the parts, where the heading is too long: the dashboard, the CLI, the next step. */
export const PART_LABELS: Record<PartKey, string> = {
  preface: '开头',
  measures: '举措和成效',
  shortcomings: '不足和原因',
  leadership: '第一责任人职责',
  plans: '下一年度安排',
  other: '其他',
};
