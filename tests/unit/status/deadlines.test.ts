import { describe, expect, it } from 'vitest';
import { deadlineText } from '../../../shared/status/deadline-text';
import { deadlinesFor, localDate } from '../../../shared/status/deadlines-for';

describe('deadlines', () => {
  it('puts a Y report due on 1 March and 1 April of Y+1', () => {
    const { submit, publish } = deadlinesFor(2024, undefined, '2025-01-10');
    expect(submit).toEqual({ kind: 'submit', date: '2025-03-01', daysLeft: 50, level: 'ok' });
    expect(publish).toMatchObject({ date: '2025-04-01', daysLeft: 81, level: 'ok' });
  });

  it('counts 29 February in a leap year', () => {
    // 2024 is a leap year: 1 Feb → 1 Mar is 29 days; in 2025 it is 28.
    expect(deadlinesFor(2023, undefined, '2024-02-01').submit.daysLeft).toBe(29);
    expect(deadlinesFor(2024, undefined, '2025-02-01').submit.daysLeft).toBe(28);
    // 2100 is not a leap year (divisible by 100), 2000 was (divisible by 400).
    expect(deadlinesFor(2099, undefined, '2100-02-01').submit.daysLeft).toBe(28);
    expect(deadlinesFor(1999, undefined, '2000-02-01').submit.daysLeft).toBe(29);
  });

  it('turns amber at 14 days, red on the day and late after it', () => {
    expect(deadlinesFor(2024, undefined, '2025-02-14').submit).toMatchObject({ daysLeft: 15, level: 'ok' });
    expect(deadlinesFor(2024, undefined, '2025-02-15').submit).toMatchObject({ daysLeft: 14, level: 'amber' });
    expect(deadlinesFor(2024, undefined, '2025-03-01').submit).toMatchObject({ daysLeft: 0, level: 'red' });
    const late = deadlinesFor(2024, undefined, '2025-03-04').submit;
    expect(late).toMatchObject({ daysLeft: -3, level: 'late' });
    expect(deadlineText(late)).toBe('报送已逾期 3 天（3月1日）');
    expect(deadlineText(deadlinesFor(2024, undefined, '2025-03-01').submit)).toBe('今天是报送截止日（3月1日）');
    expect(deadlineText(deadlinesFor(2024, undefined, '2025-02-15').publish)).toBe('距公开截止还有 45 天（4月1日）');
  });

  it("uses an organization's own dates, and the last day of February for 02-29 in a common year", () => {
    const local = { submitBy: '01-31', publishBy: '03-15' };
    expect(deadlinesFor(2024, local, '2025-01-20')).toMatchObject({
      submit: { date: '2025-01-31', daysLeft: 11, level: 'amber' },
      publish: { date: '2025-03-15' },
    });
    const endOfFebruary = { submitBy: '02-29', publishBy: '03-31' };
    expect(deadlinesFor(2024, endOfFebruary, '2025-02-01').submit.date).toBe('2025-02-28');
    expect(deadlinesFor(2023, endOfFebruary, '2024-02-01').submit.date).toBe('2024-02-29');
  });

  it('calls a deadline done once the step is taken, late or not', () => {
    const after = deadlinesFor(2024, undefined, '2025-03-20', 'submitted');
    expect(after.submit.level).toBe('done');
    expect(after.publish.level).toBe('amber');
    expect(deadlineText(after.submit)).toBe('已报送');
    expect(deadlinesFor(2024, undefined, '2025-05-01', 'published').publish.level).toBe('done');
  });

  it('reads today from the local clock, not UTC', () => {
    // 00:30 local time on 1 March is 1 March here whatever the UTC date is.
    expect(localDate(new Date(2025, 2, 1, 0, 30))).toBe('2025-03-01');
    expect(localDate(new Date(2025, 1, 28, 23, 59))).toBe('2025-02-28');
  });
});
