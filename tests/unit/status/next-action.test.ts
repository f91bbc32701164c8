import { describe, expect, it } from 'vitest';
import { nextAction, type NextActionInput, type PartProgress } from '../../../shared/status/next-action';
import type { Review } from '../../../shared/status/review';

const WRITTEN: PartProgress[] = [
  { key: 'preface', chars: 90, targetChars: 80, required: false },
  { key: 'measures', chars: 1600, targetChars: 1500, required: true },
  { key: 'shortcomings', chars: 200, targetChars: 150, required: true },
  { key: 'leadership', chars: 250, targetChars: 200, required: true },
  { key: 'plans', chars: 400, targetChars: 300, required: true },
  { key: 'other', chars: 0, targetChars: 0, required: false },
];
const base: NextActionInput = {
  status: 'draft',
  parts: WRITTEN,
  openErrors: 0,
  reviews: [],
  exportedSinceStatus: false,
};
const review = (stage: Review['stage'], result: Review['result'], comment = ''): Review => ({
  id: 1,
  stage,
  reviewer: '李四',
  reviewedOn: '2025-02-20',
  result,
  comment,
  privacyFindings: [],
  createdAt: '2025-02-20T01:00:00.000Z',
  fromPackage: false,
});
const withParts = (key: PartProgress['key'], chars: number) =>
  WRITTEN.map((part) => (part.key === key ? { ...part, chars } : part));

describe('next action', () => {
  it('asks for an empty required part first, then a thin one, then the errors', () => {
    expect(nextAction({ ...base, parts: withParts('shortcomings', 0) })).toMatchObject({
      text: '补写不足和原因',
      panel: 'guidance',
      part: 'shortcomings',
    });
    expect(nextAction({ ...base, parts: withParts('measures', 400) })).toMatchObject({
      text: '补写举措和成效',
      detail: expect.stringContaining('400 字'),
    });
    expect(nextAction({ ...base, openErrors: 2 })).toMatchObject({ text: '修改 2 个错误', panel: 'checks' });
  });

  it('moves a written draft to discussion, and a discussion draft to review', () => {
    expect(nextAction(base)).toMatchObject({ text: '形成讨论稿', move: 'circulate' });
    expect(nextAction({ ...base, status: 'discussion' })).toMatchObject({ text: '送审', move: 'send' });
  });

  it('walks the sign-offs while 待审签, and sends a returned report back', () => {
    const status = 'review' as const;
    expect(nextAction({ ...base, status })).toMatchObject({ text: '记录初审', panel: 'status' });
    expect(nextAction({ ...base, status, reviews: [review('first', 'passed')] })).toMatchObject({ text: '记录复审' });
    expect(
      nextAction({ ...base, status, reviews: [review('first', 'passed'), review('second', 'passed')] }),
    ).toMatchObject({ text: '记录终审' });
    expect(nextAction({ ...base, status, reviews: [review('final', 'passed')] })).toMatchObject({
      text: '定稿',
      move: 'finalize',
    });
    expect(nextAction({ ...base, status, reviews: [review('second', 'returned', '数据不全')] })).toMatchObject({
      text: '退回修改',
      detail: '复审退回：数据不全',
      move: 'return',
    });
  });

  it('asks for 报送版 once final, then for the mark', () => {
    expect(nextAction({ ...base, status: 'final' })).toMatchObject({ text: '导出报送版', panel: 'export' });
    expect(nextAction({ ...base, status: 'final', exportedSinceStatus: true })).toMatchObject({
      text: '标记为已报送',
      move: 'submit',
    });
  });

  it('asks for 保密审查 after submission, then 公开版, then the mark', () => {
    const status = 'submitted' as const;
    expect(nextAction({ ...base, status })).toMatchObject({ text: '保密审查', panel: 'status' });
    expect(nextAction({ ...base, status, reviews: [review('confidentiality', 'returned')] })).toMatchObject({
      text: '按保密审查意见修改',
    });
    expect(nextAction({ ...base, status, reviews: [review('confidentiality', 'passed')] })).toMatchObject({
      text: '导出公开版',
      panel: 'export',
    });
    expect(
      nextAction({ ...base, status, reviews: [review('confidentiality', 'passed')], exportedSinceStatus: true }),
    ).toMatchObject({ text: '标记为已公开', move: 'publish' });
  });

  it('has nothing left to do once published', () => {
    expect(nextAction({ ...base, status: 'published' })).toMatchObject({
      text: '本年度报告已完成',
      panel: null,
      move: null,
    });
  });
});
