import { describe, expect, it } from 'vitest';
import type { ReportStatus } from '../../../shared/status/report-status';
import { REPORT_STATUSES } from '../../../shared/status/report-status-labels';
import type { Review } from '../../../shared/status/review';
import { awaitedStage, isFrozen, moveRefusal, movesFrom, STATUS_MOVES } from '../../../shared/status/status-moves';

const review = (stage: Review['stage'], result: Review['result'], id = 1): Review => ({
  id,
  stage,
  reviewer: '张三',
  reviewedOn: '2025-02-20',
  result,
  comment: '',
  privacyFindings: [],
  createdAt: `2025-02-20T0${id}:00:00.000Z`,
  fromPackage: false,
});

describe('status moves', () => {
  it('goes forward one step at a time from 草稿 to 已公开', () => {
    const path: ReportStatus[] = ['draft'];
    for (;;) {
      const forward = movesFrom(path.at(-1)!).find(
        (move) => REPORT_STATUSES.indexOf(move.to) > REPORT_STATUSES.indexOf(move.from),
      );
      if (!forward) break;
      path.push(forward.to);
    }
    expect(path).toEqual([...REPORT_STATUSES]);
  });

  it('allows 退回 from 待审签 and 重新打开 from 已定稿, both back to 讨论稿 and both with a reason', () => {
    expect(STATUS_MOVES.find((move) => move.key === 'return')).toMatchObject({
      from: 'review',
      to: 'discussion',
      needsNote: true,
    });
    expect(STATUS_MOVES.find((move) => move.key === 'reopen')).toMatchObject({
      from: 'final',
      to: 'discussion',
      needsNote: true,
    });
    expect(moveRefusal('final', 'reopen', [], '')).toMatch(/请写明原因/);
    expect(moveRefusal('final', 'reopen', [], '领导要求补充数据')).toBeUndefined();
  });

  it('refuses a move that does not start from the present status and says what is possible', () => {
    expect(moveRefusal('draft', 'finalize', [], '')).toBe('报告现在是“草稿”，不能“审签定稿”。现在可以：“形成讨论稿”。');
    expect(moveRefusal('draft', 'submit', [], '')).toMatch(/不能“标记为已报送”/);
    expect(moveRefusal('published', 'reopen', [], '想改')).toMatch(/现在可以：“撤销公开标记”/);
    expect(moveRefusal('discussion', 'circulate', [], '')).toBe(
      '报告现在是“讨论稿”，不能“形成讨论稿”。现在可以：“送审签”。',
    );
  });

  it('finalizes only after 终审 通过, judged by the latest 终审 record', () => {
    expect(moveRefusal('review', 'finalize', [], '')).toMatch(/终审 通过/);
    expect(moveRefusal('review', 'finalize', [review('final', 'returned')], '')).toMatch(/终审 通过/);
    expect(
      moveRefusal('review', 'finalize', [review('final', 'returned', 1), review('final', 'passed', 2)], ''),
    ).toBeUndefined();
    expect(
      moveRefusal('review', 'finalize', [review('final', 'passed', 1), review('final', 'returned', 2)], ''),
    ).toMatch(/终审 通过/);
  });

  it('publishes only after a passed 保密审查', () => {
    expect(moveRefusal('submitted', 'publish', [review('final', 'passed')], '')).toMatch(/保密审查/);
    expect(moveRefusal('submitted', 'publish', [review('confidentiality', 'passed')], '')).toBeUndefined();
  });

  it('awaits 初审, 复审 and 终审 in order while 待审签, by the latest record of each, then 保密审查', () => {
    expect(awaitedStage('review', [])).toBe('first');
    expect(awaitedStage('review', [review('first', 'passed')])).toBe('second');
    expect(awaitedStage('review', [review('first', 'passed', 1), review('first', 'returned', 2)])).toBe('first');
    expect(awaitedStage('review', [review('first', 'passed', 1), review('second', 'passed', 2)])).toBe('final');
    const signed = [review('first', 'passed', 1), review('second', 'passed', 2), review('final', 'passed', 3)];
    expect(awaitedStage('review', signed)).toBe('confidentiality');
    // Outside 待审签 only 保密审查 is recorded, whatever the round holds.
    expect(awaitedStage('submitted', [])).toBe('confidentiality');
    expect(awaitedStage('draft', [review('first', 'passed')])).toBe('confidentiality');
  });

  it('counts no sign-off that came in a 报告包: it is the sending office’s record, not this one’s', () => {
    const fromPackage = (stage: Review['stage'], id: number) => ({ ...review(stage, 'passed', id), fromPackage: true });
    const signedElsewhere = [fromPackage('first', 1), fromPackage('second', 2), fromPackage('final', 3)];
    expect(awaitedStage('review', signedElsewhere)).toBe('first');
    expect(moveRefusal('review', 'finalize', signedElsewhere, '')).toMatch(/终审 通过/);
    expect(moveRefusal('submitted', 'publish', [fromPackage('confidentiality', 1)], '')).toMatch(/保密审查/);
    // This office's own later record counts as always.
    expect(awaitedStage('review', [...signedElsewhere, review('first', 'passed', 4)])).toBe('second');
  });

  it('freezes the text from 已定稿 on', () => {
    expect(REPORT_STATUSES.filter(isFrozen)).toEqual(['final', 'submitted', 'published']);
  });
});
