import type { PartKey } from '../../shared/outline/part-key';

export interface BatchReportShape {
  organization: string;
  year?: number;
  /** Parts left out altogether. */
  omit?: PartKey[];
  /** Shortcomings listed without a word on their causes. */
  noCauses?: boolean;
  /** The year the plans heading names; Y+1 unless told. */
  plansYear?: number;
  /** 成文日期 as written; 1月15日 of Y+1 unless told. */
  date?: string;
  /** The leadership part in general words, with neither acts nor figures. */
  vagueLeadership?: boolean;
  /** The shortcomings written as a paragraph inside the measures instead of a part of their own. */
  shortcomingsInside?: boolean;
  /** Measures paragraphs to add, to reach a given length. */
  extraMeasures?: number;
}

const MEASURES = [
  '全年组织机关干部集中学法{n}次，邀请高校法学教师专题讲解行政复议法修订内容。',
  '对{n}份规范性文件和重大合同开展合法性审核，提出修改意见全部采纳。',
  '推行行政执法公示制度，在门户网站公开执法结果{n}条，做到应公开尽公开。',
  '开展“法律明白人”培训{n}场，在社区和村组设立普法宣传栏。',
  '受理群众来信来访{n}件，按期办结，未发生因程序违法被纠错的情况。',
  '聘请{n}名法律顾问参与重大决策论证，出具书面意见并存档备查。',
];

/** A report in the shapes departments really send, in our own words (none of the samples' sentences). */
export function batchReportLines(shape: BatchReportShape): string[] {
  const year = shape.year ?? 2024;
  const omit = new Set(shape.omit ?? []);
  const number = ['一', '二', '三', '四', '五'];
  let part = 0;
  const heading = (text: string) => `${number[part++]}、${text}`;
  const measures = Array.from(
    { length: 6 + (shape.extraMeasures ?? 0) },
    (_, index) =>
      MEASURES[index % MEASURES.length]!.replace('{n}', String(4 + ((index * 11) % 70))) +
      MEASURES[(index + 2) % MEASURES.length]!.replace('{n}', String(3 + index)),
  );
  const lines = [
    `${shape.organization}关于${year}年度法治政府建设情况的报告`,
    '县委、县政府：',
    `${year}年，${shape.organization}围绕依法行政目标，扎实推进各项工作。现将有关情况报告如下：`,
  ];
  if (!omit.has('measures')) {
    lines.push(heading(`${year}年度推进法治政府建设的主要举措和成效`));
    measures.forEach((text, index) => {
      if (index % 3 === 0)
        lines.push(`（${number[index / 3]}）${['健全制度机制', '规范执法行为', '加强普法宣传'][(index / 3) % 3]}`);
      lines.push(text);
    });
    if (shape.shortcomingsInside)
      lines.push('存在的不足方面，执法人员专业力量仍然偏弱，主要是近年招录的法律专业人员较少。');
  }
  if (!omit.has('shortcomings') && !shape.shortcomingsInside) {
    lines.push(heading(`${year}年度推进法治政府建设存在的不足和原因`));
    lines.push(
      shape.noCauses
        ? '一是执法人员法律专业背景人员占比偏低。二是部分基层站所执法文书填写不够规范。三是普法形式比较单一。'
        : '一是执法人员法律专业背景人员占比偏低，主要原因是编制有限、招录专业人员渠道不多。二是部分基层站所执法文书填写不够规范，原因在于培训覆盖不够、案卷评查频次偏少。',
    );
  }
  if (!omit.has('leadership')) {
    lines.push(heading(`${year}年度党政主要负责人履行推进法治建设第一责任人职责情况`));
    lines.push(
      shape.vagueLeadership
        ? '主要负责人高度重视法治建设，切实履行第一责任人职责，始终把依法行政摆在重要位置。'
        : '主要负责人全年主持召开党组会议专题研究法治工作4次，带头学法2次，审签重大执法决定15件，年底向县委述法。',
    );
  }
  if (!omit.has('plans')) {
    lines.push(heading(`${shape.plansYear ?? year + 1}年推进法治政府建设的主要安排`));
    lines.push('一是引进和培养法律专业执法人员，提高执法队伍专业化水平。');
    lines.push('二是每季度开展一次执法案卷评查，规范基层站所执法文书。');
    lines.push('三是丰富普法形式，推进以案释法进社区、进企业。');
  }
  lines.push(shape.organization, shape.date ?? `${year + 1}年1月15日`);
  return lines;
}
