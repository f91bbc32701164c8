import { z } from 'zod';
import { REPORT_STATUS_LABELS, type ReportStatus } from './report-status';
import { latestReviews, stagePassed, type Review, type ReviewStage } from './review';

export const STATUS_MOVE_KEYS = [
  'circulate',
  'send',
  'return',
  'finalize',
  'reopen',
  'submit',
  'unsubmit',
  'publish',
  'unpublish',
] as const;
export const StatusMoveKey = z.enum(STATUS_MOVE_KEYS);
export type StatusMoveKey = z.infer<typeof StatusMoveKey>;

export interface StatusMove {
  key: StatusMoveKey;
  from: ReportStatus;
  to: ReportStatus;
  /** What the button says. */
  label: string;
  /** Moves backwards undo someone's decision, so the clerk writes down why. */
  needsNote: boolean;
}

/**
 * Every move a report may make, forward and back; anything not listed is refused. Going back from
 * 已报送 or 已公开 only corrects a mark set by mistake — the text opens again only through 重新打开.
 */
export const STATUS_MOVES: readonly StatusMove[] = [
  { key: 'circulate', from: 'draft', to: 'discussion', label: '形成讨论稿', needsNote: false },
  { key: 'send', from: 'discussion', to: 'review', label: '送审签', needsNote: false },
  { key: 'return', from: 'review', to: 'discussion', label: '退回修改', needsNote: true },
  { key: 'finalize', from: 'review', to: 'final', label: '审签定稿', needsNote: false },
  { key: 'reopen', from: 'final', to: 'discussion', label: '重新打开', needsNote: true },
  { key: 'submit', from: 'final', to: 'submitted', label: '标记为已报送', needsNote: false },
  { key: 'unsubmit', from: 'submitted', to: 'final', label: '撤销报送标记', needsNote: true },
  { key: 'publish', from: 'submitted', to: 'published', label: '标记为已公开', needsNote: false },
  { key: 'unpublish', from: 'published', to: 'submitted', label: '撤销公开标记', needsNote: true },
];

/** From 已定稿 on, the text is what the leader signed: changing it needs an explicit 重新打开. */
export function isFrozen(status: ReportStatus): boolean {
  return status === 'final' || status === 'submitted' || status === 'published';
}

export function frozenMessage(status: ReportStatus): string {
  return status === 'final'
    ? '报告已定稿，如需修改请先“重新打开”。'
    : `报告${REPORT_STATUS_LABELS[status]}，正文已锁定。如确需修改，请先撤销${status === 'published' ? '公开和报送' : '报送'}标记，再“重新打开”。`;
}

export function movesFrom(status: ReportStatus): StatusMove[] {
  return STATUS_MOVES.filter((move) => move.from === status);
}

/**
 * Why a move cannot be made now, in Chinese, or undefined when it can. `reviews` are those of the
 * current round (recorded since the report was last sent for review).
 */
export function moveRefusal(
  status: ReportStatus,
  key: StatusMoveKey,
  reviews: readonly Review[],
  note: string,
): string | undefined {
  const move = STATUS_MOVES.find((candidate) => candidate.key === key)!;
  if (move.from !== status) {
    const allowed = movesFrom(status).map((candidate) => `“${candidate.label}”`);
    return `报告现在是“${REPORT_STATUS_LABELS[status]}”，不能“${move.label}”。${allowed.length ? `现在可以：${allowed.join('、')}。` : ''}`;
  }
  if (move.needsNote && note.trim().length < 2) return `“${move.label}”请写明原因，会记入状态记录。`;
  // 终审 is the leader's signature: without it there is nothing to call 定稿.
  if (key === 'finalize' && !stagePassed(reviews, 'final'))
    return '还没有记录“终审 通过”。请先在“审签记录”中记录领导终审的结果，再定稿。';
  if (key === 'publish' && !stagePassed(reviews, 'confidentiality'))
    return '公开前须经保密审查。请先记录“保密审查 通过”，再标记为已公开。';
  return undefined;
}

/**
 * The sign-off the report waits for: while 待审签, the first of 初审/复审/终审 not yet passed in this round;
 * otherwise (and once all three are signed) 保密审查, the one check that comes before 公开.
 */
export function awaitedStage(status: ReportStatus, reviews: readonly Review[]): ReviewStage {
  if (status !== 'review') return 'confidentiality';
  const latest = latestReviews(reviews);
  return (
    (['first', 'second', 'final'] as const).find((stage) => latest[stage]?.result !== 'passed') ?? 'confidentiality'
  );
}
