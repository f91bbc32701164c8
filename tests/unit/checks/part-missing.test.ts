import { describe, expect, it } from 'vitest';
import { findingsOf, reportDoc } from './report-doc';

const SHORTCOMINGS = ['二、存在问题', '（一）执法力量不足。主要是编制少、兼职多，检查覆盖面不够。'];
const PLANS = ['三、下一步工作计划', '（一）充实执法力量。', '（二）完善制度建设。', '（三）深化普法宣传。'];

describe('part-missing for a part written inside another', () => {
  it('says where leadership sits when it is the first sub-item of the measures, as a warning', () => {
    const doc = reportDoc({
      measures: [
        '一、工作开展情况',
        '（一）党政主要负责人履行推进法治建设第一责任人职责情况',
        '局主要负责人主持召开专题会议3次，带头讲授法治课1次，审签规范性文件2件。',
        '（二）推进严格规范公正文明执法',
        '全年办理行政处罚案件12件，开展“双随机、一公开”抽查40次。',
      ],
      shortcomings: SHORTCOMINGS,
      plans: PLANS,
    });
    const found = findingsOf(doc, 'part-missing');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.part).toBe('leadership');
    expect(found[0]!.message).toContain('写在了“一、工作开展情况”的第（一）项');
    expect(found[0]!.message).toContain('党政主要负责人履行推进法治建设第一责任人职责情况');
    expect(found[0]!.message).toContain('建议单列');
    expect(found[0]!.message).not.toContain('缺少');
  });

  it('names the sub-section a deeper item stands under', () => {
    const doc = reportDoc({
      measures: [
        '一、主要举措和成效',
        '（一）加强组织领导',
        '1.落实法治建设第一责任人职责。局长主持召开专题会议2次，审签重大决策1项。',
      ],
      shortcomings: SHORTCOMINGS,
      plans: PLANS,
    });
    const [found] = findingsOf(doc, 'part-missing');
    expect(found!.message).toContain('“（一）加强组织领导”的第1项“落实法治建设第一责任人职责”');
  });

  it('is an error when the content is nowhere, and a word in passing does not count as the part', () => {
    const doc = reportDoc({
      measures: [
        '一、主要举措和成效',
        '（一）补齐工作短板',
        '2.明确工作体系。明确法治建设工作思路和下一步目标，主要负责人参加培训。',
      ],
      plans: PLANS,
    });
    const found = findingsOf(doc, 'part-missing');
    expect(found.map((finding) => [finding.part, finding.severity])).toEqual([
      ['leadership', 'error'],
      ['shortcomings', 'error'],
    ]);
    expect(found.every((finding) => finding.message.includes('缺少'))).toBe(true);
    expect(found.some((finding) => finding.message.includes('写在'))).toBe(false);
  });
});
