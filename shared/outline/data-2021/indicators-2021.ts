import type { IndicatorDefinition } from '../outline';

/** The figures an education bureau retypes every year (annual-report-rules.md, "Indicators"). */
export const INDICATORS_2021: readonly IndicatorDefinition[] = [
  { key: 'certified_officers', label: '持证行政执法人员', unit: '人', kind: 'count' },
  { key: 'penalty_cases', label: '行政处罚案件', unit: '件', kind: 'count' },
  { key: 'random_inspections', label: '“双随机、一公开”抽查', unit: '次', kind: 'count' },
  { key: 'training_inspections', label: '校外培训机构检查', unit: '次', kind: 'count' },
  { key: 'reconsideration_received', label: '行政复议案件（收到）', unit: '件', kind: 'count' },
  { key: 'reconsideration_decided', label: '行政复议案件（办结）', unit: '件', kind: 'count' },
  { key: 'litigation_cases', label: '行政诉讼案件', unit: '件', kind: 'count' },
  { key: 'litigation_lost', label: '行政诉讼败诉', unit: '件', kind: 'count' },
  { key: 'normative_docs_issued', label: '制发规范性文件', unit: '件', kind: 'count' },
  { key: 'legality_reviews', label: '合法性审查', unit: '件', kind: 'count' },
  { key: 'normative_docs_cleaned', label: '清理规范性文件', unit: '件', kind: 'count' },
  { key: 'major_decisions', label: '重大行政决策', unit: '项', kind: 'count' },
  { key: 'legal_advisers', label: '法律顾问', unit: '名', kind: 'count' },
  { key: 'study_sessions', label: '党组（党委）理论学习中心组学法', unit: '次', kind: 'count' },
  { key: 'vice_principal_rate', label: '法治副校长配备率', unit: '%', kind: 'percent' },
  { key: 'vice_principal_lectures', label: '法治副校长进校园授课', unit: '场', kind: 'count' },
  { key: 'law_education_activities', label: '普法宣传活动', unit: '场', kind: 'count' },
  { key: 'teacher_licences', label: '教师资格认定', unit: '人', kind: 'count' },
  { key: 'petitions_handled', label: '信访事项办理', unit: '件', kind: 'count' },
  { key: 'hotline_handled', label: '12345热线工单办理', unit: '件', kind: 'count' },
  { key: 'disclosures', label: '主动公开政府信息', unit: '条', kind: 'count' },
];
