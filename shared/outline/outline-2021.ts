import type { Outline } from './outline';
import { INDICATORS_2021 } from './data-2021/indicators-2021';
import { LEADERSHIP_MENU, MEASURES_MENU, PLANS_MENU } from './data-2021/menus-2021';

/**
 * The five contents mandated by the 2019 督察工作规定, as written under the 2021–2025 implementation
 * outline. A new national outline is a new file like this one, listed in outlines.ts.
 */
export const outline2021: Outline = {
  version: '2021-2025',
  name: '法治政府建设实施纲要（2021—2025年）',
  indicators: INDICATORS_2021,
  parts: [
    {
      key: 'preface',
      heading: '前言',
      required: false,
      guidance: [
        '一段话概括全年法治政府建设的总体情况和指导思想。',
        '以“现将有关情况报告如下：”结尾，注意用全角冒号。',
      ],
      targetChars: 80,
      suggestedHeadings: [],
      menu: [],
    },
    {
      key: 'measures',
      heading: '{Y}年度推进法治政府建设的主要举措和成效',
      required: true,
      guidance: [
        '按工作体系分成若干小标题，每个小标题下先写做法、再写成效。',
        '多用事实和数字：件数、次数、比例、文件名称，少用“扎实推进”“成效显著”一类空话。',
        '数字要与“数据指标”中填写的一致。',
        '所写年份应是报告年度，不要把上一年的数字原样照搬。',
      ],
      targetChars: 1500,
      suggestedHeadings: [
        '学习贯彻习近平法治思想',
        '加强党的领导，完善推进机制',
        '健全政府机构职能体系',
        '健全依法行政制度体系',
        '健全行政决策制度体系',
        '健全行政执法工作体系',
        '健全突发事件应对体系',
        '健全社会矛盾纠纷行政预防调处化解体系',
        '健全行政权力制约和监督体系',
        '健全法治政府建设科技保障体系',
      ],
      menu: MEASURES_MENU,
    },
    {
      key: 'shortcomings',
      heading: '{Y}年度推进法治政府建设存在的不足和原因',
      required: true,
      guidance: [
        '逐条写出具体的不足，每一条都要分析原因（如“主要是……”“由于……”）。',
        '不要在这一部分写成绩，也不要只写两三句话。',
        '每一条不足，都应在“主要安排”中有对应的改进措施。',
      ],
      targetChars: 150,
      suggestedHeadings: [],
      menu: [],
    },
    {
      key: 'leadership',
      heading: '{Y}年度党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况',
      required: true,
      guidance: [
        '写主要负责人本人的具体行动：主持了哪些会议、研究了哪些事项、带头学法几次、审签了什么。',
        '用时间和数字说话，避免只写“高度重视”。',
      ],
      targetChars: 200,
      suggestedHeadings: [],
      menu: LEADERSHIP_MENU,
    },
    {
      key: 'plans',
      heading: '{Y+1}年推进法治政府建设的主要安排',
      required: true,
      guidance: [
        '写下一年度（报告年度的次年）的安排，年份不要写错。',
        '至少三项具体安排，回应前面写到的不足。',
        '明年的报告会逐条对照这些安排写落实情况，请写可以检验的内容。',
      ],
      targetChars: 300,
      suggestedHeadings: [],
      menu: PLANS_MENU,
    },
    {
      key: 'other',
      heading: '其他需要报告的情况',
      required: false,
      guidance: ['如有法治督察反馈问题的整改、上级交办事项等需要报告的情况，写在这里；没有可以不写。'],
      targetChars: 0,
      suggestedHeadings: [],
      menu: [],
    },
  ],
  closingGuidance: [
    '落款写单位全称（发文机关署名），下一行写成文日期，用阿拉伯数字，如“{Y+1}年1月7日”。',
    '成文日期应在{Y}年度结束之后、{Y+1}年{submitBy}报送截止之前。',
  ],
};
