import { describe, expect, it } from 'vitest';
import { pastRecordDay } from '../../../shared/status/past-record-day';

describe('pastRecordDay', () => {
  it('proposes the deadline for a report signed before it, the 成文日期 for one signed after, never a day to come', () => {
    expect(pastRecordDay('2025-03-01', '2025-01-07', '2026-12-02')).toBe('2025-03-01');
    expect(pastRecordDay('2025-03-01', null, '2026-12-02')).toBe('2025-03-01');
    expect(pastRecordDay('2025-03-01', '2025-03-10', '2026-12-02')).toBe('2025-03-10');
    expect(pastRecordDay('2026-04-01', null, '2026-03-20')).toBe('2026-03-20');
  });
});
