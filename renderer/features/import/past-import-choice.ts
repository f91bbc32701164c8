import type { Deadlines } from '../../../shared/report/deadlines-for';
import { formatIssueDate } from '../../../shared/report/format-issue-date';
import { parseIssueDate } from '../../../shared/report/parse-issue-date';
import { pastRecordDay } from '../../../shared/report/past-record-day';
import type { PastReportRecord } from '../../../shared/report/status-moves';
import type { SubmissionChannel } from '../../../shared/report/submission-channel';

/**
 * What the import review holds for 这是往年已报送的报告. `to` and `dateText` stay unset until the
 * clerk picks one, so the proposal follows the year and the 成文日期 as they are corrected.
 */
export interface PastImportChoice {
  ticked: boolean;
  to?: PastReportRecord['to'];
  dateText?: string;
  channel?: SubmissionChannel;
}

/** Proposed ticked: last year's report is imported to base this year's on, and it went out long ago. */
export const FIRST_PAST_IMPORT_CHOICE: PastImportChoice = { ticked: true };

/**
 * 已报送并已公开 once the publishing deadline has passed too: the report had to be published by then,
 * and recording only 已报送 would leave it showing 公开已逾期 for ever.
 */
export function pastChoiceTo(choice: PastImportChoice, deadlines: Deadlines): PastReportRecord['to'] {
  return choice.to ?? (deadlines.publish.level === 'late' ? 'published' : 'submitted');
}

/** The date the field shows: the clerk's, or the day proposed from the deadline and the 成文日期. */
export function pastDateText(choice: PastImportChoice, deadlines: Deadlines, issuedOn: string | null, today: string) {
  if (choice.dateText !== undefined) return choice.dateText;
  const deadline = pastChoiceTo(choice, deadlines) === 'published' ? deadlines.publish.date : deadlines.submit.date;
  return formatIssueDate(pastRecordDay(deadline, issuedOn, today));
}

/** The record 确认导入 sends, or the Chinese message of a date that cannot be read. */
export function pastRecordOf(
  choice: PastImportChoice,
  deadlines: Deadlines,
  dateText: string,
): { record: PastReportRecord } | { error: string } {
  const to = pastChoiceTo(choice, deadlines);
  const happenedOn = parseIssueDate(dateText);
  if (!happenedOn)
    return {
      error: `请把${to === 'published' ? '公开' : '报送'}日期写成“2025年3月1日”的形式，或去掉“这是往年已报送的报告”的勾选。`,
    };
  return { record: { to, happenedOn, channel: choice.channel } };
}
