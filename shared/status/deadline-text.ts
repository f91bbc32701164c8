import type { Deadline } from './deadlines-for';

const KIND_LABELS: Record<Deadline['kind'], { verb: string; done: string }> = {
  submit: { verb: '报送', done: '已报送' },
  publish: { verb: '公开', done: '已公开' },
};

/** 3月1日 */
export function monthDayText(date: string): string {
  const [, month, day] = date.split('-').map(Number);
  return `${month}月${day}日`;
}

/** What a badge says, plainly: 距报送截止还有 12 天, 今天是报送截止日, 报送已逾期 3 天. */
export function deadlineText(deadline: Deadline): string {
  const { verb, done } = KIND_LABELS[deadline.kind];
  const on = `（${monthDayText(deadline.date)}）`;
  if (deadline.level === 'done') return done;
  if (deadline.daysLeft < 0) return `${verb}已逾期 ${-deadline.daysLeft} 天${on}`;
  if (deadline.daysLeft === 0) return `今天是${verb}截止日${on}`;
  return `距${verb}截止还有 ${deadline.daysLeft} 天${on}`;
}
