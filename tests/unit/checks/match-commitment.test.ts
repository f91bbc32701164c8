import { describe, expect, it } from 'vitest';
import { matchCommitment } from '../../../shared/checks/match-commitment';
import { documentFromReport } from '../../../shared/checks/document-from-report';
import { runChecks } from '../../../shared/checks/run-checks';
import { CURRENT_OUTLINE } from '../../../shared/outline/outlines';
import { findingsOf, reportDoc } from './report-doc';

const MEASURES = ['（一）强化组织领导', '全年召开专题会议4次。', '建成智慧校园安防平台，覆盖全县中小学。'].map(
  (text) => ({
    text,
  }),
);

describe("last year's promises against this year's measures", () => {
  it('finds the paragraph that reports on a promise', () => {
    expect(matchCommitment('一是建设智慧校园安防平台。', MEASURES)).toEqual({
      reported: true,
      paragraph: 2,
      onlyCarriedOver: false,
    });
  });

  it('says when nothing reports on it', () => {
    expect(matchCommitment('二是修订教育行政处罚裁量基准。', MEASURES)).toEqual({
      reported: false,
      paragraph: null,
      onlyCarriedOver: false,
    });
  });

  it("is not fulfilled by last year's paragraph carried over and never edited", () => {
    const carried = [
      { text: '（一）强化组织领导' },
      { text: '启动智慧校园安防平台建设，完成方案论证。', carriedOver: true },
    ];
    expect(matchCommitment('一是建设智慧校园安防平台。', carried)).toEqual({
      reported: false,
      paragraph: null,
      onlyCarriedOver: true,
    });
    const edited = [carried[0]!, { text: '建成智慧校园安防平台，覆盖全县中小学。' }];
    expect(matchCommitment('一是建设智慧校园安防平台。', edited).reported).toBe(true);
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
    const blocks = { measures: MEASURES.map(({ text }) => ({ text, heading: false })) };
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

describe('commitment-unreported', () => {
  const plans = ['建设智慧校园安防平台'];
  const measures = ['（一）强化组织领导', '启动智慧校园安防平台建设，完成方案论证。'];

  it("says so when only last year's unedited words mention the promise", () => {
    const doc = reportDoc(
      { measures: ['一、2023年主要工作', ...measures] },
      { previousPlans: plans, carriedOver: [{ part: 'measures', paragraph: 1 }] },
    );
    const found = findingsOf(doc, 'commitment-unreported');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('沿用');
  });

  it('counts the same paragraph once it is this year’s text', () => {
    const doc = reportDoc({ measures: ['一、2023年主要工作', ...measures] }, { previousPlans: plans, carriedOver: [] });
    expect(findingsOf(doc, 'commitment-unreported')).toEqual([]);
  });
});
