import type { CheckData } from './check-data';

/** Tuned on the sample reports of 2022–2024 education bureaus. */
export const CHECK_DATA_2025: CheckData = {
  version: '2025.1',
  thinParts: { measures: 1500, shortcomings: 150, leadership: 200, plans: 300 },
  causeWords: ['原因', '由于', '主要是', '导致', '影响', '造成', '源于', '根源', '因为', '受限于'],
  achievementWords: ['取得', '成效显著', '圆满完成', '显著成效', '成绩突出', '明显提升', '全面完成', '硕果'],
  leadershipActs: [
    '主持召开',
    '专题研究',
    '听取',
    '述法',
    '带头学法',
    '带头',
    '审签',
    '批示',
    '部署',
    '督办',
    '讲授',
    '亲自',
  ],
  partHints: {
    leadership: /第一责任人|主要负责人/,
    // A heading's own words: 补齐短板 or 缩小差距 heads a measure, not the shortcomings.
    shortcomings: /存在的?(?:主要)?(?:问题|不足)|不足之处|问题(?:和|与|及)不足|不足(?:和|与|及)原因/,
    plans: /下一步|下一年度|工作计划|工作安排|工作思路|工作打算|\d{4}年(?:工作)?(?:重点|计划|安排|打算)/,
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
    // 法制审核 (重大执法决定法制审核), 法制机构 and 法制办 are the right words and are not listed.
    {
      wrong: /法制(政府|宣传|国家|社会|文化|思维)/,
      right: '法治$1',
      why: '“法治政府”“法治宣传”等是固定提法，用“治”不用“制”',
    },
    // The national outline only: a local 《某某区法治政府建设实施纲要》 keeps its own name (wording-form
    // still looks at its dash and 年).
    {
      wrong: /(?<![省市县区州旗盟镇乡师团])《?法治政府建设实施纲要[（(]2021\s*[-－–‐‑−~～至]\s*2025年?[）)]》?/,
      right: '《法治政府建设实施纲要（2021—2025年）》',
      why: '文件名称要用书名号，年份之间用一字线“—”',
    },
    {
      wrong: /法治政府建设与责任落实督查工作规定/,
      right: '法治政府建设与责任落实督察工作规定',
      why: '2019年中办、国办印发的规定名称是“督察”',
    },
  ],
  wordings: [
    {
      wrong:
        /截止(?=\s*(?:\d{4}|[〇零一二三四五六七八九]{4}|\d{1,2}月|[一二三四五六七八九十]{1,2}月|目前|今年|去年|本年|当年|上年|年底|年末|当前|现在))/,
      right: '截至',
      cue: /截止/,
      why: '表示“到某时为止”用“截至”；“截止”用在时间之后，如“报名截止”“截止日期”',
    },
    {
      wrong: /(?<=[\u4e00-\u9fff])[[［【(（]\s*((?:19|20)\d{2})\s*[\]］】)）](?=\s*第?\d+\s*号)/,
      right: '〔$1〕',
      cue: /号/,
      why: '发文字号中的年份用六角括号“〔〕”',
    },
    {
      wrong: /(?<![\d/.A-Za-z-])((?:19|20)\d{2})\s*[-－–‐‑−]\s*((?:19|20)\d{2})(?![\d-])/,
      right: '$1—$2',
      cue: /[-－–‐‑−]/,
      why: '年份起止之间用一字线“—”',
    },
    {
      wrong: /(?<=[（(](?:19|20)\d{2}\s*[-－–‐‑−—~～至]\s*)((?:19|20)\d{2})(?=[）)]》)/,
      right: '$1年',
      cue: /》/,
      why: '文件名称中的起止年份写作“（2021—2025年）”',
    },
    { wrong: /(?<![“"])八五普法/, right: '“八五”普法', why: '“八五”一般加引号', cue: /八五普法/ },
  ],
  names: {
    surnames:
      '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤高',
    titles: ['律师', '同志', '老师', '主任'],
    notGiven: '的了和与及等或在为是对把被将由从以名位个些各全每该本此其之于也都还就所上下内外多少并兼专驻某',
    notNames: ['顾问', '高级', '高中', '高校', '高职', '金牌', '周末', '武术', '田径', '程序', '方面'],
    notAfterTitle: [
      '事务所',
      '协会',
      '函',
      '费',
      '团队',
      '队伍',
      '行业',
      '服务',
      '咨询',
      '见证',
      '工作室',
      '们',
      '会议',
    ],
  },
  junk: [
    { pattern: /\[bookmark:[^\]]*\]/, what: 'Word 书签残留' },
    { pattern: /^\S{0,20}\.(?:png|jpe?g|gif|bmp)$/i, what: '图片文件名（原文此处是图片）' },
    { pattern: /[[【]纠错[\]】]/, what: '网站“纠错”按钮' },
    {
      pattern: /首页\s*>>|站群导航|信息报送|^\s*(?:登录|注册|关闭|打印|返回顶部)\s*$|登录\s+注册/,
      what: '网站导航文字',
      wholeLine: true,
    },
    {
      // 来源 and 发布时间 as page furniture open a line or carry a colon: 案件来源登记 is report text.
      pattern:
        /^\s*(?:信息)?来源[:：]|发布时间[:：]|累计次数|字体[:：]?\s*[大中小]|浏览次数|\d{4}-\d{2}-\d{2}\s+\d{2}:\d{2}/,
      what: '网页发布信息',
    },
    { pattern: /[初复终]审[:：]/, what: '网站审核人信息' },
    { pattern: /人民政府网|政府网\s/, what: '网站页眉', wholeLine: true },
  ],
  coreIndicators: [
    'certified_officers',
    'penalty_cases',
    'reconsideration_received',
    'litigation_cases',
    'normative_docs_issued',
    'legal_advisers',
    'study_sessions',
    'vice_principal_rate',
  ],
  indicatorWords: {
    certified_officers: ['持证执法人员', '持证行政执法人员', '执法证'],
    penalty_cases: ['行政处罚案件', '行政处罚'],
    legal_advisers: ['法律顾问'],
    study_sessions: ['集体学法', '中心组学法'],
  },
  unitFamilies: [['人', '名', '位'], ['件', '起', '宗'], ['次', '场'], ['项'], ['份'], ['条'], ['%', '％']],
  notTotal: /率|比例|覆盖|占|增长|下降|新增|增加|减少|同比|较|平均|人均|每|其中|不予|免予|村|社区|学校|企业/,
};
