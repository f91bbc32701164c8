import { describe, expect, it } from 'vitest';
import { matchCommitment } from '../../../shared/checks/match-commitment';
import { documentFromReport } from '../../../shared/checks/document-from-report';
import { runChecks } from '../../../shared/checks/run-checks';
import { CURRENT_OUTLINE } from '../../../shared/outline/outlines';

const MEASURES = ['（一）强化组织领导', '全年召开专题会议4次。', '建成智慧校园安防平台，覆盖全县中小学。'];

describe("last year's promises against this year's measures", () => {
  it('finds the paragraph that reports on a promise', () => {
    expect(matchCommitment('一是建设智慧校园安防平台。', MEASURES)).toEqual({ reported: true, paragraph: 2 });
  });

  it('says when nothing reports on it', () => {
    expect(matchCommitment('二是修订教育行政处罚裁量基准。', MEASURES)).toEqual({ reported: false, paragraph: null });
  });

  it('agrees with the commitment-unreported check', () => {
    const plans = ['一是建设智慧校园安防平台。', '二是修订教育行政处罚裁量基准。'];
    const report = {
      year: 2024,
      title: '某县教育局关于2024年度法治政府建设情况的报告',
      addressee: '',
      signature: '',
      issuedOn: null,
      parts: [{ key: 'measures' as const, heading: '举措', contentJson: null, plainText: '', updatedAt: '' }],
    };
    const blocks = { measures: MEASURES.map((text) => ({ text, heading: false })) };
    const context = { outline: CURRENT_OUTLINE, indicators: [], checklist: [], previousPlans: plans };
    const unreported = runChecks(documentFromReport(report, blocks, context)).findings.filter(
      (finding) => finding.id === 'commitment-unreported',
    );
    expect(unreported.map((finding) => finding.excerpt)).toEqual(
      plans.filter((plan) => !matchCommitment(plan, MEASURES).reported),
    );
    expect(unreported).toHaveLength(1);
  });
});
