import type { Deadlines } from '../../../shared/status/deadlines-for';
import { pastRecordDay } from '../../../shared/status/past-record-day';
import type { PastReportRecord } from '../../../shared/status/status-moves';
import type { SubmissionChannel } from '../../../shared/status/submission-channel';

/**
 * What the import review holds for 这是往年已报送的报告. `to` and `date` stay unset until the
 * clerk picks one, so the proposal follows the year and the 成文日期 as they are corrected.
 */
export interface PastImportChoice {
  ticked: boolean;
  to?: PastReportRecord['to'];
  /** YYYY-MM-DD; null once the clerk empties the field. */
  date?: string | null;
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

/** The date the field shows (YYYY-MM-DD): the clerk's, or the day proposed from the deadline and the 成文日期. */
export function pastDate(
  choice: PastImportChoice,
  deadlines: Deadlines,
  issuedOn: string | null,
  today: string,
): string | null {
  if (choice.date !== undefined) return choice.date;
  const deadline = pastChoiceTo(choice, deadlines) === 'published' ? deadlines.publish.date : deadlines.submit.date;
  return pastRecordDay(deadline, issuedOn, today);
}

/** The record 确认导入 sends, or the Chinese message of a date that cannot be read. */
export function pastRecordOf(
  choice: PastImportChoice,
  deadlines: Deadlines,
  happenedOn: string | null,
): { record: PastReportRecord } | { error: string } {
  const to = pastChoiceTo(choice, deadlines);
  if (!happenedOn)
    return { error: `请填写${to === 'published' ? '公开' : '报送'}日期，或去掉“这是往年已报送的报告”的勾选。` };
  return { record: { to, happenedOn, channel: choice.channel } };
}
