import type { Outline } from './outline';

/**
 * The five contents mandated by the 2019 督察工作规定, as used with the 2021–2025 implementation
 * outline. Menus and guidance for each part join this data with the guided-writing work.
 */
export const outline2021: Outline = {
  version: '2021-2025',
  name: '法治政府建设实施纲要（2021—2025年）',
  parts: [
    { key: 'preface', heading: '前言', required: false },
    { key: 'measures', heading: '{Y}年度推进法治政府建设的主要举措和成效', required: true },
    { key: 'shortcomings', heading: '{Y}年度推进法治政府建设存在的不足和原因', required: true },
    {
      key: 'leadership',
      heading: '{Y}年度党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况',
      required: true,
    },
    { key: 'plans', heading: '{Y+1}年推进法治政府建设的主要安排', required: true },
    { key: 'other', heading: '其他需要报告的情况', required: false },
  ],
};
