import { describe, expect, it } from 'vitest';
import { defaultReportYear } from '../../../shared/report/default-report-year';

describe('defaultReportYear', () => {
  it('proposes last year while the report is being written, in January–February', () => {
    expect(defaultReportYear(new Date(2027, 0, 5))).toBe(2026);
    expect(defaultReportYear(new Date(2027, 1, 28))).toBe(2026);
  });

  it('proposes last year until the end of August', () => {
    expect(defaultReportYear(new Date(2026, 5, 30))).toBe(2025);
    expect(defaultReportYear(new Date(2026, 7, 31, 23, 59))).toBe(2025);
  });

  it('proposes this year from September on, when the clerk prepares this year’s report', () => {
    expect(defaultReportYear(new Date(2026, 8, 1))).toBe(2026);
    expect(defaultReportYear(new Date(2026, 11, 2))).toBe(2026);
  });
});
