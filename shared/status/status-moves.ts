import { z } from 'zod';
import { formatIssueDate } from '../report/format-issue-date';
import type { ReportStatus } from './report-status';
import { REPORT_STATUS_LABELS } from './report-status-labels';
import { latestReviews, stagePassed, type Review, type ReviewStage } from './review';
import { SUBMISSION_CHANNEL_LABELS, SubmissionChannel } from './submission-channel';

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
  'record-past',
  'import-package',
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

/**
 * What a move says about the world beyond the app: the day it happened and how the report was sent.
 * 标记为已报送 needs both (the clerk marks it days later; the office asks how it went out).
 */
export const MoveDetails = z.object({
  happenedOn: z.iso.date({ message: '请填写有效的日期，如 2026年1月7日' }).optional(),
  channel: SubmissionChannel.optional(),
});
export type MoveDetails = z.infer<typeof MoveDetails>;

/**
 * 这是往年已报送的报告: a report written and sent before the app, imported or typed in, recorded as
 * 已报送 or 已公开 in one step. Its own kind of move, so the record never shows sign-offs nobody gave.
 */
export const PastReportRecord = z.object({
  to: z.enum(['submitted', 'published']),
  happenedOn: z.iso.date({ message: '请填写日期，如 2026年1月7日' }),
  channel: SubmissionChannel.optional(),
  note: z.string().max(500, { message: '说明不能超过 500 字' }).default(''),
});
export type PastReportRecord = z.input<typeof PastReportRecord>;

export const RECORD_PAST_LABEL = '这是往年已报送的报告';

/**
 * 覆盖 with a 报告包, recorded as this office's decision when it answers the import's question: the
 * text and the package's records replace the report's, and a new round of sign-offs begins.
 */
export const IMPORT_PACKAGE_LABEL = '用报告包覆盖';

/** What the status record calls each move. */
export function moveLabel(key: StatusMoveKey): string {
  if (key === 'record-past') return '记为往年已报送';
  if (key === 'import-package') return IMPORT_PACKAGE_LABEL;
  return STATUS_MOVES.find((move) => move.key === key)!.label;
}

/** The day and the way a move records, for the status record: （2026-02-20，电子公文系统）. */
export function moveDetailsText({ happenedOn, channel }: { happenedOn?: string | null; channel?: string | null }) {
  const parts = [
    happenedOn ? formatIssueDate(happenedOn) : undefined,
    channel ? SUBMISSION_CHANNEL_LABELS[channel as SubmissionChannel] : undefined,
  ].filter(Boolean);
  return parts.join('，');
}

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
  details: MoveDetails = {},
  today?: string,
): string | undefined {
  const move = STATUS_MOVES.find((candidate) => candidate.key === key);
  if (key === 'import-package') return `“${IMPORT_PACKAGE_LABEL}”只在导入报告包、回答“覆盖”时记录。`;
  if (!move) return `请用“${RECORD_PAST_LABEL}”记录往年报告。`;
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
  if (key === 'submit') {
    if (!details.happenedOn) return '请填写报送日期。';
    if (today && details.happenedOn > today) return `报送日期 ${details.happenedOn} 还没到。请填写实际报送的那一天。`;
    if (!details.channel) return '请选择报送方式：纸质、电子公文系统、邮件或其他。';
  }
  return undefined;
}

/**
 * Why a report cannot be recorded as sent before the app, or undefined when it can. Only once its
 * submission deadline has passed: this year's report still goes through the sign-offs, so the
 * 审签记录 of a report sent from here is never a shortcut.
 */
export function pastRecordRefusal(
  report: { status: ReportStatus; year: number },
  record: { to: 'submitted' | 'published'; happenedOn: string },
  submitDeadline: string,
  today: string,
): string | undefined {
  if (report.status === 'submitted' || report.status === 'published')
    return `报告已经是“${REPORT_STATUS_LABELS[report.status]}”。`;
  if (today <= submitDeadline)
    return `${report.year}年度报告的报送截止日期（${submitDeadline}）还没过，请按“形成讨论稿 → 送审签 → 审签定稿 → 标记为已报送”办理，审签会记入审签记录。`;
  if (record.happenedOn > today)
    return `日期 ${record.happenedOn} 还没到，请填写实际${record.to === 'published' ? '公开' : '报送'}的那一天。`;
  if (record.happenedOn < `${report.year + 1}-01-01`)
    return `${report.year}年度报告在 ${report.year + 1} 年才能报送，请检查日期 ${record.happenedOn}。`;
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
