import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../shared/checks/apply-fix';
import { findingsOf, matchedBy, measuresDoc } from './report-doc';

const terms = (...paragraphs: string[]) => matchedBy(measuresDoc(...paragraphs), 'term-form');
const wordings = (...paragraphs: string[]) => matchedBy(measuresDoc(...paragraphs), 'wording-form');

/** The paragraph after applying every fix the rule offers, one at a time from the last. */
function fixedBy(id: string, paragraph: string): string {
  let doc = measuresDoc(paragraph);
  for (;;) {
    const finding = findingsOf(doc, id).find((candidate) => candidate.fix);
    if (!finding) return doc.parts[0]!.paragraphs[0]!.text;
    doc = applyFix(doc, finding.fix!);
  }
}

describe('term-form: fixed formulations', () => {
  it('accepts 行政执法三项制度 with or without quotation marks', () => {
    expect(terms('全面落实行政执法三项制度，推行行政执法“三项制度”。')).toEqual([]);
  });

  it('finds 法制 where the fixed term is 法治, but not in 法制审核 or 法制机构', () => {
    expect(terms('扎实推进法制政府建设，开展法制宣传进校园活动。')).toEqual(['法制政府', '法制宣传']);
    expect(terms('落实重大执法决定法制审核制度，由法制机构负责审核。')).toEqual([]);
  });

  it('finds the 2019 rule named with 督查', () => {
    expect(fixedBy('term-form', '对照《法治政府建设与责任落实督查工作规定》开展自查。')).toBe(
      '对照《法治政府建设与责任落实督察工作规定》开展自查。',
    );
  });

  it('rewrites the national outline to its exact title', () => {
    expect(fixedBy('term-form', '深入贯彻法治政府建设实施纲要（2021-2025）的部署。')).toBe(
      '深入贯彻《法治政府建设实施纲要（2021—2025年）》的部署。',
    );
  });

  it('never rewrites a local outline into the national title', () => {
    const local = '认真落实《某某区法治政府建设实施纲要（2021-2025）》各项任务。';
    expect(terms(local)).toEqual([]);
    expect(fixedBy('wording-form', local)).toBe('认真落实《某某区法治政府建设实施纲要（2021—2025年）》各项任务。');
    expect(findingsOf(measuresDoc(local), 'wording-form').every((finding) => finding.severity === 'warning')).toBe(
      true,
    );
  });
});

describe('wording-form: usage a reviewer corrects', () => {
  it('finds 截止 before a time, and leaves 截止日期 and 报名截止 alone', () => {
    expect(wordings('截止2023年底，共受理申请56件；截止目前已全部办结。')).toEqual(['截止', '截止']);
    expect(wordings('申报截止日期为3月31日，逾期报名截止后不再受理，截至12月底全部完成。')).toEqual([]);
    expect(fixedBy('wording-form', '截止2023年底，共受理申请56件。')).toBe('截至2023年底，共受理申请56件。');
  });

  it('puts the year of a document number in 〔〕', () => {
    expect(fixedBy('wording-form', '印发《实施意见》（某教发[2022]3号）和某政办发(2021)15号文件。')).toBe(
      '印发《实施意见》（某教发〔2022〕3号）和某政办发〔2021〕15号文件。',
    );
    expect(wordings('印发《实施意见》（某教发〔2022〕3号），全年办理（2023）届毕业生事项。')).toEqual([]);
  });

  it('finds a hyphen, full-width minus or en dash between years', () => {
    expect(wordings('编制《教育事业发展规划（2020－2025年）》，落实2021-2025年任务和2022–2023学年安排。')).toEqual([
      '2020－2025',
      '2021-2025',
      '2022–2023',
    ]);
    expect(wordings('编制《教育事业发展规划（2020—2025年）》，执行GB/T 9704-2012标准，统计2022～2023学年。')).toEqual(
      [],
    );
  });

  it('is a warning, each with a one-span fix', () => {
    const found = findingsOf(measuresDoc('截止2023年底，执行2021-2025年规划。'), 'wording-form');
    expect(found.map((finding) => finding.severity)).toEqual(['warning', 'warning']);
    for (const finding of found) expect(finding.fix!.edits).toHaveLength(1);
  });
});
