import { describe, expect, it } from 'vitest';
import { DEADLINE_DEFAULTS } from '../../../shared/status/deadline-defaults';
import { reportJobText } from '../../../shared/status/report-job-text';

describe('reportJobText', () => {
  it('names the five contents and the national dates', () => {
    expect(reportJobText()).toBe(
      '年度报告按法定提纲写五项内容（举措和成效、不足和原因、第一责任人职责、下一年度安排、其他），次年3月1日前报送、4月1日前向社会公开。',
    );
  });

  it('follows the deadline rules it is given, not dates of its own', () => {
    expect(reportJobText({ ...DEADLINE_DEFAULTS, submitBy: '02-20' })).toContain('次年2月20日前报送、4月1日前');
  });
});
