import type { Deadline, Deadlines } from './deadlines-for';

/** The report's next deadline not yet met: 报送 until it is sent, then 公开; none once published. */
export function openDeadline(deadlines: Deadlines): Deadline | undefined {
  return [deadlines.submit, deadlines.publish].find((deadline) => deadline.level !== 'done');
}

/**
 * Orders reports by how urgent they are: the one whose open deadline is nearest to today first, in
 * either direction — a report overdue by 4 days comes before next year's, and this spring's report
 * due in 19 days before a draft left overdue for years. Reports with nothing left to do come last.
 */
export function compareUrgency(a: Deadlines, b: Deadlines): number {
  const distance = (deadlines: Deadlines) => {
    const open = openDeadline(deadlines);
    return open ? Math.abs(open.daysLeft) : Number.POSITIVE_INFINITY;
  };
  const [da, db] = [distance(a), distance(b)];
  if (da !== db) return da < db ? -1 : 1;
  return 0;
}
