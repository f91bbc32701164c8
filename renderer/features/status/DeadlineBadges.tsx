import { deadlineText } from '../../../shared/status/deadline-text';
import type { Deadline, Deadlines } from '../../../shared/status/deadlines-for';
import './status.css';

function Badge({ deadline }: { deadline: Deadline }) {
  return (
    <span className={`deadline-badge level-${deadline.level}`} data-kind={deadline.kind} data-level={deadline.level}>
      {deadline.level === 'late' && <strong>逾期 </strong>}
      {deadlineText(deadline)}
    </span>
  );
}

/**
 * Days left to 报送 and 公开: amber within 14 days, red on the day and after. `compact` shows only
 * the next step still to take (the list and the header have little room).
 */
export function DeadlineBadges({ deadlines, compact = false }: { deadlines: Deadlines; compact?: boolean }) {
  const pending = [deadlines.submit, deadlines.publish].filter((deadline) => deadline.level !== 'done');
  const shown = compact
    ? pending.length
      ? pending.slice(0, 1)
      : [deadlines.publish]
    : [deadlines.submit, deadlines.publish];
  return (
    <span className="deadline-badges">
      {shown.map((deadline) => (
        <Badge key={deadline.kind} deadline={deadline} />
      ))}
    </span>
  );
}
