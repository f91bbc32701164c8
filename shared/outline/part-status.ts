export type PartStatus = 'empty' | 'in-progress' | 'written';

export const PART_STATUS_LABELS: Record<PartStatus, string> = {
  empty: '未写',
  'in-progress': '撰写中',
  written: '已写',
};

/** A part is written once it reaches its target length; the targets are outline data. */
export function partStatus(chars: number, targetChars: number): PartStatus {
  if (chars === 0) return 'empty';
  return chars >= targetChars ? 'written' : 'in-progress';
}

/**
 * The required parts counted by their state, for the dashboard: 必写部分 4 项：已写 2、撰写中 2. A part
 * below its target is 撰写中, never 未写 — the same state the outline shows.
 */
export function requiredPartsSummary(
  parts: readonly { chars: number; targetChars: number; required: boolean }[],
): string {
  const required = parts.filter((part) => part.required);
  const counts = (['written', 'in-progress', 'empty'] as const)
    .map(
      (state) => [state, required.filter((part) => partStatus(part.chars, part.targetChars) === state).length] as const,
    )
    .filter(([, count]) => count > 0)
    .map(([state, count]) => `${PART_STATUS_LABELS[state]} ${count}`);
  return `必写部分 ${required.length} 项：${counts.join('、')}`;
}
