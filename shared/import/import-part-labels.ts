import type { ImportPartKey } from './import-draft';

/** Short names of the places an import puts content, for the review screen and the CLI. */
export const IMPORT_PART_LABELS: Record<ImportPartKey, string> = {
  preface: '开头',
  measures: '举措和成效',
  shortcomings: '不足和原因',
  leadership: '第一责任人职责',
  plans: '下一年度安排',
  other: '其他',
  unassigned: '未归类',
};
