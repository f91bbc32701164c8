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
