import { z } from 'zod';
import { DEADLINE_DEFAULTS, DEADLINE_WARNING_DAYS } from './deadline-defaults';
import type { DeadlineRules } from './deadline-rules';
import type { ReportStatus } from './report-status';
import { REPORT_STATUSES } from './report-status-labels';

export const DeadlineLevel = z.enum(['ok', 'amber', 'red', 'late', 'done']);
export type DeadlineLevel = z.infer<typeof DeadlineLevel>;

export const Deadline = z.object({
  kind: z.enum(['submit', 'publish']),
  /** YYYY-MM-DD, a local calendar day. */
  date: z.iso.date(),
  /** Calendar days from today to the date: 0 on the day itself, negative once it has passed. */
  daysLeft: z.number().int(),
  /** ok; amber within 14 days; red on the last day; late after it; done once the step is taken. */
  level: DeadlineLevel,
});
export type Deadline = z.infer<typeof Deadline>;

export const Deadlines = z.object({ submit: Deadline, publish: Deadline });
export type Deadlines = z.infer<typeof Deadlines>;

const pad = (n: number) => String(n).padStart(2, '0');

/** The clerk's calendar day, read from the local clock (not UTC: 1 March starts at local midnight). */
export function localDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** MM-DD in a given year; 02-29 falls on 28 February when the year has no 29th. */
function dayIn(year: number, monthDay: string): string {
  const [month, day] = monthDay.split('-').map(Number) as [number, number];
  return `${year}-${pad(month)}-${pad(month === 2 && day === 29 && !isLeap(year) ? 28 : day)}`;
}

/** Whole days between two calendar dates, counted on the calendar so no clock change can shift it. */
function daysBetween(from: string, to: string): number {
  const utc = (date: string) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

function levelOf(daysLeft: number, done: boolean): DeadlineLevel {
  if (done) return 'done';
  if (daysLeft < 0) return 'late';
  if (daysLeft === 0) return 'red';
  return daysLeft <= DEADLINE_WARNING_DAYS ? 'amber' : 'ok';
}

const reached = (status: ReportStatus, step: ReportStatus) =>
  REPORT_STATUSES.indexOf(status) >= REPORT_STATUSES.indexOf(step);

/**
 * A report's two dates in year+1, with the days left from `today` (YYYY-MM-DD, local) and how
 * urgent each is. A step already taken (已报送, 已公开) is done whatever the date.
 */
export function deadlinesFor(
  year: number,
  rules: DeadlineRules = DEADLINE_DEFAULTS,
  today: string,
  status: ReportStatus = 'draft',
): Deadlines {
  const deadline = (kind: 'submit' | 'publish', monthDay: string, step: ReportStatus): Deadline => {
    const date = dayIn(year + 1, monthDay);
    const daysLeft = daysBetween(today, date);
    return { kind, date, daysLeft, level: levelOf(daysLeft, reached(status, step)) };
  };
  return {
    submit: deadline('submit', rules.submitBy, 'submitted'),
    publish: deadline('publish', rules.publishBy, 'published'),
  };
}
