import { describe, expect, it } from 'vitest';
import { closingGuidance } from '../../../shared/outline/closing-guidance';
import { outline2021 } from '../../../shared/outline/outline-2021';
import { runChecks } from '../../../shared/checks/run-checks';
import { reportDoc } from './report-doc';

const DATE_RULES = ['date-missing', 'date-malformed', 'date-format', 'date-implausible'];

describe('example dates agree with the date rules for the report’s year', () => {
  it.each([2023, 2025, 2026])('the closing guidance of a %i report', (year) => {
    const guidance = closingGuidance(outline2021, year).join('\n');
    const example = /如“(\d{4}年\d{1,2}月\d{1,2}日)”/.exec(guidance)?.[1];
    expect(example).toBe(`${year + 1}年1月7日`);
    expect(guidance).toContain(`${year}年度结束之后、${year + 1}年3月1日报送截止之前`);
    expect(guidance).not.toMatch(/\{/);
    // The example itself passes every date rule for that year.
    const findings = runChecks(reportDoc({}, { year, date: example! })).findings;
    expect(findings.filter((finding) => DATE_RULES.includes(finding.id))).toEqual([]);
  });

  it('the check messages show a date of the year after the report', () => {
    const messages = runChecks(reportDoc({}, { year: 2025, date: '2026年0107' })).findings.map((f) => f.message);
    expect(messages.join('\n')).toContain('请写成“2026年1月7日”的形式');
    const missing = runChecks(reportDoc({}, { year: 2025, date: '' })).findings.map((f) => f.message);
    expect(missing.join('\n')).toContain('如“2026年1月7日”');
  });
});
