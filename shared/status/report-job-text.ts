import { PART_LABELS } from '../outline/part-labels';
import { DEADLINE_DEFAULTS } from './deadline-defaults';
import type { DeadlineRules } from './deadline-rules';
import { monthDayText } from './deadline-text';

/**
 * The job in one line, for the first screen: the five contents the 督察工作规定 asks for (the
 * outline's parts after the opening) and when the report is due. Built from the outline's labels
 * and the deadline rules, so a changed rule changes this line too.
 */
export function reportJobText(rules: DeadlineRules = DEADLINE_DEFAULTS): string {
  const parts = Object.entries(PART_LABELS)
    .filter(([key]) => key !== 'preface')
    .map(([, label]) => label);
  const count = ['', '一', '二', '三', '四', '五', '六', '七', '八'][parts.length] ?? String(parts.length);
  const day = (monthDay: string) => monthDayText(`2000-${monthDay}`);
  return `年度报告按法定提纲写${count}项内容（${parts.join('、')}），次年${day(rules.submitBy)}前报送、${day(rules.publishBy)}前向社会公开。`;
}
