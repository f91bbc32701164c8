import type { MenuItem } from '../outline';

/**
 * What each part is expected to cover, for an education bureau. Wording is ours; the items follow
 * the 2021–2025 outline's systems and what evaluations say education reports leave out.
 */
export const MEASURES_MENU: readonly MenuItem[] = [
  {
    key: 'xi_thought',
    label: '学习贯彻习近平法治思想',
    guidance: '写明学习的形式、场次和覆盖面，以及如何转化为具体工作，避免只写“深入学习”。',
    indicators: ['study_sessions'],
    keywords: [['学习贯彻习近平法治思想'], ['学习习近平法治思想'], ['学习宣传习近平法治思想']],
  },
  {
    key: 'party_leadership',
    label: '党的领导和推进机制',
    guidance: '党组研究法治工作的会议、领导小组、年度工作要点和考核办法，写出次数和文件名称。',
    indicators: [],
    keywords: [
      ['党组会', '研究', '法治'],
      ['领导小组', '法治'],
    ],
  },
  {
    key: 'functions',
    label: '依法全面履行职能',
    guidance: '权责清单的调整、“放管服”改革和政务服务事项办理情况。',
    indicators: [],
    keywords: [['权责清单'], ['放管服']],
  },
  {
    key: 'normative_documents',
    label: '规范性文件管理',
    guidance: '制发、合法性审查、备案和清理的件数，清理后废止或修改了哪些。',
    indicators: ['normative_docs_issued', 'legality_reviews', 'normative_docs_cleaned'],
    keywords: [
      ['规范性文件', '合法性审查'],
      ['规范性文件', '备案'],
      ['规范性文件', '清理'],
    ],
  },
  {
    key: 'major_decisions',
    label: '重大行政决策和法律顾问',
    guidance: '重大行政决策的项目和程序（公众参与、专家论证、合法性审查、集体讨论），法律顾问参与的情况。',
    indicators: ['major_decisions', 'legal_advisers'],
    keywords: [['重大行政决策']],
  },
  {
    key: 'enforcement',
    label: '行政执法',
    guidance: '持证执法人员数，行政执法“三项制度”的落实，行政处罚案件和“双随机、一公开”抽查。',
    indicators: ['certified_officers', 'penalty_cases', 'random_inspections'],
    keywords: [['执法', '三项制度'], ['执法证'], ['持证', '执法'], ['行政处罚', '案件']],
  },
  {
    key: 'off_campus_training',
    label: '校外培训机构监管',
    guidance: '检查次数、发现的问题、查处和整改情况。',
    indicators: ['training_inspections'],
    keywords: [
      ['校外培训', '检查'],
      ['校外培训', '监管'],
      ['校外培训', '查处'],
      ['校外培训', '整治'],
    ],
  },
  {
    key: 'licensing',
    label: '行政许可',
    guidance: '教师资格认定、民办学校审批等事项的办理数量和时限。',
    indicators: ['teacher_licences'],
    keywords: [['教师资格认定'], ['行政许可', '办理'], ['民办学校', '审批']],
  },
  {
    key: 'disputes',
    label: '复议、诉讼和矛盾化解',
    guidance: '行政复议、行政诉讼的收案、结案和败诉情况，信访和12345热线的办理。',
    indicators: [
      'reconsideration_received',
      'reconsideration_decided',
      'litigation_cases',
      'litigation_lost',
      'petitions_handled',
      'hotline_handled',
    ],
    keywords: [
      ['复议', '诉讼'],
      ['复议', '应诉'],
    ],
  },
  {
    key: 'oversight',
    label: '权力监督和政务公开',
    guidance: '内部监督、审计整改、政务公开的条数和渠道。',
    indicators: ['disclosures'],
    keywords: [['主动公开信息'], ['主动公开政府信息'], ['政务公开', '主动公开'], ['依申请公开']],
  },
  {
    key: 'emergencies',
    label: '校园安全和突发事件应对',
    guidance: '应急预案的制定和演练，突发事件依法处置的情况。',
    indicators: [],
    keywords: [['突发事件'], ['应急预案'], ['应急演练']],
  },
  {
    key: 'digital',
    label: '数字法治政府',
    guidance: '执法信息系统、网上办事、数据共享的建设和使用。',
    indicators: [],
    keywords: [['数字法治'], ['执法信息系统'], ['一网通办']],
  },
  {
    key: 'vice_principals',
    label: '法治副校长',
    guidance: '配备率和进校授课场次；注意用“法治副校长”，不是“法制副校长”。',
    indicators: ['vice_principal_rate', 'vice_principal_lectures'],
    keywords: [['法治副校长']],
  },
  {
    key: 'law_education',
    label: '普法和青少年法治教育',
    guidance: '“谁执法谁普法”责任制，宪法宣传周、民法典宣传月等活动场次，依法治校示范校创建。',
    indicators: ['law_education_activities'],
    keywords: [
      ['普法', '活动'],
      ['普法', '宣传'],
      ['谁执法谁普法'],
      ['法治教育', '开展'],
      ['宪法宣传'],
      ['民法典宣传'],
    ],
  },
];

export const LEADERSHIP_MENU: readonly MenuItem[] = [
  {
    key: 'leader_meetings',
    label: '专题研究法治工作',
    guidance: '主要负责人主持召开了哪些会议、研究了哪些法治议题，写出次数和时间。',
    indicators: [],
    keywords: [
      ['专题研究', '法治'],
      ['主持召开', '法治工作'],
      ['主持召开', '法治建设'],
      ['主持召开', '法治政府建设'],
    ],
  },
  {
    key: 'leader_study',
    label: '带头学法',
    guidance: '主要负责人带头参加集体学法、讲法治课的次数。',
    indicators: ['study_sessions'],
    keywords: [['学法'], ['法治课'], ['法治讲座']],
  },
  {
    key: 'leader_review',
    label: '重大事项把关',
    guidance: '重大决策、规范性文件和重大执法决定由主要负责人审签把关的情况。',
    indicators: [],
    keywords: [['审签'], ['签批'], ['把关', '重大']],
  },
  {
    key: 'leader_report',
    label: '述法和考核',
    guidance: '年终述法、把法治建设纳入班子和干部考核的情况。',
    indicators: [],
    keywords: [['述法'], ['考核', '法治']],
  },
];

export const PLANS_MENU: readonly MenuItem[] = [
  {
    key: 'plans_answer_shortcomings',
    label: '针对不足的整改措施',
    guidance: '每一条不足都应有对应的改进安排。',
    indicators: [],
    keywords: [
      ['针对', '不足'],
      ['针对', '问题'],
      ['针对', '短板'],
    ],
  },
  {
    key: 'plans_concrete',
    label: '可检验的具体安排',
    guidance: '至少三项，写明做什么、做到什么程度、何时完成。',
    indicators: [],
    keywords: [],
  },
];
