import type { CheckData } from './check-data';

/** Tuned on the sample reports of 2022–2024 education bureaus. */
export const CHECK_DATA_2025: CheckData = {
  version: '2025.1',
  thinParts: { measures: 1500, shortcomings: 150, leadership: 200, plans: 300 },
  causeWords: ['原因', '由于', '主要是', '导致', '影响', '造成', '源于', '根源', '因为', '受限于'],
  achievementWords: ['取得', '成效显著', '圆满完成', '显著成效', '成绩突出', '明显提升', '全面完成', '硕果'],
  leadershipActs: ['主持召开', '专题研究', '听取', '述法', '带头学法', '带头', '审签', '批示', '部署', '督办', '讲授', '亲自'],
  partHints: {
    leadership: /第一责任人|主要负责人/,
    shortcomings: /不足|存在的问题|短板|差距/,
    plans: /下一步|下一年度|工作计划|工作安排|工作思路|工作打算/,
  },
  minPlanItems: 3,
  longSentence: 150,
  placeholders: /[XＸ]{2,}|×{2,}|＊{2,}|\*{2,}|待补充|待定|TODO|？{2,}|\?{2,}|【\s*】|○○/,
  terms: [
    { wrong: /法制副校长/, right: '法治副校长', why: '现行规定的称谓是“法治副校长”' },
    { wrong: /习近平法制思想/, right: '习近平法治思想', why: '固定提法是“习近平法治思想”' },
    { wrong: /习近平新时代特色社会主义思想/, right: '习近平新时代中国特色社会主义思想', why: '固定提法不可缺字' },
    { wrong: /党的20大/, right: '党的二十大', why: '固定提法用汉字' },
    { wrong: /党的二十届3中全会/, right: '党的二十届三中全会', why: '固定提法用汉字' },
    {
      wrong: /《?法治政府建设实施纲要[（(]2021\s*[-－~～至]\s*2025年?[）)]》?/,
      right: '《法治政府建设实施纲要（2021—2025年）》',
      why: '文件名称要用书名号，年份之间用一字线“—”',
    },
    { wrong: /行政执法三项制度/, right: '行政执法“三项制度”', why: '“三项制度”应加引号' },
    { wrong: /(?<!“)八五普法/, right: '“八五”普法', why: '“八五”应加引号' },
  ],
  junk: [
    { pattern: /\[bookmark:[^\]]*\]/, what: 'Word 书签残留' },
    { pattern: /^\S{0,20}\.(?:png|jpe?g|gif|bmp)$/i, what: '图片文件名（原文此处是图片）' },
    { pattern: /[[【]纠错[\]】]/, what: '网站“纠错”按钮' },
    { pattern: /首页\s*>>|站群导航|信息报送|^\s*(?:登录|注册|关闭|打印|返回顶部)\s*$|登录\s+注册/, what: '网站导航文字', wholeLine: true },
    { pattern: /来源[:：]|发布时间|累计次数|字体[:：]?\s*[大中小]|浏览次数|\d{4}-\d{2}-\d{2}\s+\d{2}:\d{2}/, what: '网页发布信息' },
    { pattern: /[初复终]审[:：]/, what: '网站审核人信息' },
    { pattern: /人民政府网|政府网\s/, what: '网站页眉', wholeLine: true },
  ],
  coreIndicators: ['certified_officers', 'penalty_cases', 'reconsideration_received', 'litigation_cases', 'normative_docs_issued', 'legal_advisers', 'study_sessions', 'vice_principal_rate'],
  indicatorWords: {
    certified_officers: ['持证执法人员', '持证行政执法人员', '执法证'],
    penalty_cases: ['行政处罚案件', '行政处罚'],
    legal_advisers: ['法律顾问'],
    study_sessions: ['集体学法', '中心组学法'],
  },
};
