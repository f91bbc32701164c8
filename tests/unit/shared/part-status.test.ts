import { describe, expect, it } from 'vitest';
import { partStatus, requiredPartsSummary } from '../../../shared/outline/part-status';

describe('the state of a part, one definition for the outline and the dashboard (issue 16 point 14)', () => {
  it('calls a part below its target 撰写中, not 未写', () => {
    expect(partStatus(0, 1500)).toBe('empty');
    expect(partStatus(900, 1500)).toBe('in-progress');
    expect(partStatus(1500, 1500)).toBe('written');
  });

  it('counts the required parts by that state on the dashboard', () => {
    const parts = [
      { chars: 2000, targetChars: 1500, required: true },
      { chars: 400, targetChars: 300, required: true },
      { chars: 250, targetChars: 300, required: true },
      { chars: 200, targetChars: 400, required: true },
      { chars: 0, targetChars: 100, required: false },
    ];
    expect(requiredPartsSummary(parts)).toBe('必写部分 4 项：已写 2、撰写中 2');
    expect(requiredPartsSummary([...parts, { chars: 0, targetChars: 300, required: true }])).toBe(
      '必写部分 5 项：已写 2、撰写中 2、未写 1',
    );
  });
});
