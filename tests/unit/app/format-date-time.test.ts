import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../../renderer/app/format-date-time';

describe('formatDateTime', () => {
  it('prints local time as zh-CN does, with two-digit month, day, hour and minute', () => {
    const iso = new Date(2025, 0, 7, 9, 5).toISOString();
    expect(formatDateTime(iso)).toBe('2025/01/07 09:05');
    const zhCN = new Intl.DateTimeFormat('zh-CN', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    });
    expect(formatDateTime(iso)).toBe(zhCN.format(new Date(iso)));
  });

  it('writes midnight as 00, on the day it begins', () => {
    expect(formatDateTime(new Date(2025, 11, 31, 0, 0).toISOString())).toBe('2025/12/31 00:00');
  });
});
