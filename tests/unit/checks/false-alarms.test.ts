import { describe, expect, it } from 'vitest';
import { findingsOf, matchedBy, measuresDoc, reportDoc } from './report-doc';

describe('stale-year in a 2022 report', () => {
  const stale = (...paragraphs: string[]) =>
    matchedBy(reportDoc({ measures: ['一、主要工作', ...paragraphs] }, { year: 2022 }), 'stale-year');

  it('accepts the legitimate ways of naming an earlier year', () => {
    expect(
      stale(
        '2021年以来，我局持续推进依法治校。',
        '自2021年起，全面推行权责清单管理。',
        '2021—2022学年，全县新建幼儿园3所。',
        '全年受理申请156件，较2021年增长12%。',
        '2021年度报告发布后，我局逐项整改。',
      ),
    ).toEqual([]);
  });

  it('still finds an earlier year opening a sentence as the current one', () => {
    expect(stale('2021年，我局召开专题会议4次。')).toEqual(['2021']);
  });
});

describe('shortcomings-as-achievements', () => {
  const claims = (...paragraphs: string[]) =>
    matchedBy(reportDoc({ shortcomings: ['二、存在的问题和不足', ...paragraphs] }), 'shortcomings-as-achievements');

  it('accepts the usual concessive opening and achievements denied', () => {
    expect(
      claims(
        '虽然取得了一定成效，但对照上级要求仍有差距。',
        '一年来，法治建设工作取得明显进展，但也存在一些不足：',
        '部分学校普法活动未取得明显成效，主要是形式单一。',
      ),
    ).toEqual([]);
  });

  it('still finds achievements written into the shortcomings', () => {
    expect(claims('（一）执法队伍建设取得显著成效，全年培训12次。')).toEqual(['取得', '显著成效']);
  });
});

describe('indicator-mismatch compares like with like', () => {
  const mismatched = (text: string) =>
    matchedBy(
      {
        ...measuresDoc(text),
        indicators: [
          { key: 'legal_advisers', value: 3, notApplicable: false },
          { key: 'certified_officers', value: 18, notApplicable: false },
          { key: 'penalty_cases', value: 12, notApplicable: false },
        ],
      },
      'indicator-mismatch',
    );

  it('takes no rate, share or change for the count', () => {
    expect(mismatched('村（社区）法律顾问覆盖率100%，聘请法律顾问3名。')).toEqual([]);
    expect(mismatched('法律顾问出具意见21份，新增持证执法人员5人，持证执法人员较上年增加2人。')).toEqual([]);
    expect(mismatched('为全县村（社区）配备法律顾问120名，不予行政处罚案件37件。')).toEqual([]);
  });

  it('still finds a count that differs from the table', () => {
    expect(mismatched('全局持证执法人员15名，聘请法律顾问3名。')).toEqual(['持证执法人员15名']);
  });
});

describe('plans-too-few counts plans written as lead sentences', () => {
  it('counts each paragraph that opens with a short lead sentence as an item', () => {
    const doc = reportDoc({
      plans: [
        '三、2024年工作计划',
        '强化学法用法。持续开展领导干部集体学法，全年不少于4次，推动学法常态化。',
        '规范执法行为。修订行政处罚裁量基准，开展案卷评查，提升执法质量。',
        '深化法治教育。配齐配强法治副校长，每校每学期开展法治课不少于2次。',
      ],
    });
    expect(findingsOf(doc, 'plans-too-few')).toEqual([]);
  });

  it('still warns on a single sentence of plans', () => {
    const doc = reportDoc({ plans: ['三、下一步工作打算', '下一步，我局将继续推进法治政府建设。'] });
    expect(findingsOf(doc, 'plans-too-few')).toHaveLength(1);
  });
});

describe('conversion-junk never takes the report for junk', () => {
  it('leaves a preface or a first heading that landed outside the report', () => {
    const doc = reportDoc(
      { measures: ['二、存在问题', '执法力量不足。'] },
      {
        title: '',
        outside: [
          '2023年，某某县交通运输局坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：',
          '一、工作开展情况',
          '（一）加强组织领导',
          '某某县交通运输局关于2023年度法治政府建设情况的报告',
          '首页>>政务公开>>法治政府建设',
        ],
      },
    );
    expect(findingsOf(doc, 'conversion-junk').map((finding) => finding.excerpt)).toEqual([
      '首页>>政务公开>>法治政府建设',
    ]);
  });

  it('does not take 来源 or 发布时间 in a sentence for page furniture', () => {
    expect(
      matchedBy(measuresDoc('规范案件来源登记，明确信息发布时间和审核程序。经费来源：县级财政。'), 'conversion-junk'),
    ).toEqual([]);
  });
});
