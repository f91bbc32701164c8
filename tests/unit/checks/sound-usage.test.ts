import { describe, expect, it } from 'vitest';
import { findingsOf, reportDoc } from './report-doc';

const PLANS_HEADING = '四、2024年推进法治政府建设的主要安排';

describe('no error on sound official usage', () => {
  it('plans-wrong-year: a plan over several years that includes the next one', () => {
    const doc = reportDoc({
      plans: ['四、2024—2025年工作打算', '2024—2025年，持续推进依法治校示范创建。', '（一）完善制度。'],
    });
    expect(findingsOf(doc, 'plans-wrong-year')).toEqual([]);
    const copied = reportDoc({ plans: [PLANS_HEADING, '2023年，我局将继续推进依法治校。'] });
    expect(findingsOf(copied, 'plans-wrong-year')).toHaveLength(1);
  });

  it('numbering-level: 1. straight under 一、 is a warning (many style guides allow skipping a level)', () => {
    const doc = reportDoc({
      plans: [PLANS_HEADING, '1.完善制度体系。年内完成文件清理。', '2.提升执法能力。组织轮训2期。'],
    });
    expect(findingsOf(doc, 'numbering-level').map((finding) => finding.severity)).toEqual(['warning']);
    const mixed = reportDoc({
      plans: [
        PLANS_HEADING,
        '（一）完善制度',
        '（1）清理文件。年内完成。',
        '（2）修订办法。年内完成。',
        '（三）开展评查。全年2次。',
      ],
    });
    const continued = findingsOf(mixed, 'numbering-level').filter((finding) => finding.excerpt.startsWith('（三）'));
    expect(continued.map((finding) => finding.severity)).toEqual(['error']);
  });

  it('unbalanced-pairs: a list number written 1） is a numbering matter, not an unpaired bracket', () => {
    const doc = reportDoc({
      measures: ['一、主要举措', '主要做法：1）规范审批流程；2）压缩办理时限。', '一）加强组织领导。全年研究4次。'],
    });
    expect(findingsOf(doc, 'unbalanced-pairs')).toEqual([]);
    const unpaired = reportDoc({ measures: ['一、主要举措', '印发《实施办法，全年办理案件3件（含简易程序。'] });
    expect(findingsOf(unpaired, 'unbalanced-pairs')).toHaveLength(2);
  });
});
